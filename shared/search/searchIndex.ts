import { foldText } from './foldText';

/**
 * In-memory search over decrypted records, built after unlock. All haystacks
 * live in one string so a query token is found with the engine's native
 * indexOf (fast even for 100 000 records) instead of a per-record loop.
 */
export type SearchIndex = {
  has: (id: string) => boolean;
  search: (query: string, limit?: number) => string[];
  upsert: (id: string, parts: readonly string[]) => void;
  remove: (id: string) => void;
  size: () => number;
};

const separator = '\u0001';

const phoneVariants = (part: string): string[] => {
  const digits = part.replace(/[^\d]/g, '');
  // +358401234567 should be found as "040 123 4567" too.
  if (part.startsWith('+358') && digits.length > 4) return [digits, `0${digits.slice(3)}`];
  if (part.startsWith('+46') && digits.length > 3) return [digits, `0${digits.slice(2)}`];
  return digits.length >= 5 ? [digits] : [];
};

export const toHaystack = (parts: readonly string[]): string =>
  parts
    .filter((part) => part !== '')
    .flatMap((part) =>
      /^\+?[\d\s()-]{5,}$/.test(part) ? [foldText(part), ...phoneVariants(part)] : [foldText(part)],
    )
    .join(' ')
    .replaceAll(separator, ' ');

/** Splits a query into folded tokens; a query that looks like a phone number becomes one digit token. */
export const toQueryTokens = (query: string): string[] => {
  const trimmed = query.trim();
  if (/^\+?[\d\s()-]{3,}$/.test(trimmed)) {
    const digits = trimmed.replace(/[^\d]/g, '');
    return [trimmed.startsWith('+') ? digits : digits];
  }
  return foldText(trimmed)
    .split(/\s+/)
    .filter((token) => token !== '')
    .sort((a, b) => b.length - a.length);
};

export const createSearchIndex = (): SearchIndex => {
  const haystacks = new Map<string, string>();
  let combined: string | null = null;
  let offsets: number[] = [];
  let ids: string[] = [];
  let haystackList: string[] = [];

  const rebuild = () => {
    ids = [...haystacks.keys()];
    haystackList = ids.map((id) => haystacks.get(id)!);
    offsets = new Array<number>(ids.length + 1);
    let position = 0;
    haystackList.forEach((haystack, index) => {
      offsets[index] = position;
      position += haystack.length + 1;
    });
    offsets[ids.length] = position;
    combined = haystackList.join(separator);
  };

  return {
    has: (id) => haystacks.has(id),
    size: () => haystacks.size,
    upsert: (id, parts) => {
      haystacks.set(id, toHaystack(parts));
      combined = null;
    },
    remove: (id) => {
      if (haystacks.delete(id)) combined = null;
    },
    search: (query, limit = Number.POSITIVE_INFINITY) => {
      const tokens = toQueryTokens(query);
      if (tokens.length === 0) return [...haystacks.keys()];
      if (combined === null) rebuild();
      const text = combined!;
      const [first, ...rest] = tokens as [string, ...string[]];
      const found: string[] = [];
      let from = 0;
      let index = 0;
      while (found.length < limit) {
        const hit = text.indexOf(first, from);
        if (hit < 0) break;
        // Hits only move forward, so walking the offsets costs at most one pass per query in total.
        while (offsets[index + 1]! <= hit) index += 1;
        if (rest.length === 0 || rest.every((token) => haystackList[index]!.includes(token)))
          found.push(ids[index]!);
        // Continue after this record so one record is reported once.
        from = offsets[index + 1]!;
        index += 1;
      }
      return found;
    },
  };
};
