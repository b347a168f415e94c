import { foldText } from './foldText';

/**
 * In-memory search over decrypted records, built after unlock. All haystacks
 * live in one string so a query token is found with the engine's native
 * indexOf (fast even for 100 000 records) instead of a per-record loop.
 *
 * Records are numbered (ordinals) each time the combined string is rebuilt;
 * `generation` says which numbering is current, so callers may cache
 * ordinals of their own rows and filter with a byte mask per keystroke.
 */
export type SearchIndex = {
  has: (id: string) => boolean;
  search: (query: string, limit?: number) => string[];
  /** Ordinals of matching records, or null when the query has no tokens (everything matches). */
  searchOrdinals: (query: string) => Int32Array | null;
  ordinalOf: (id: string) => number;
  generation: () => number;
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

/** True when every token of `previous` lies inside some token of `next`: then next's matches are a subset. */
const isRefinementOf = (next: readonly string[], previous: readonly string[]): boolean =>
  previous.length > 0 && previous.every((old) => next.some((token) => token.includes(old)));

export const createSearchIndex = (): SearchIndex => {
  const haystacks = new Map<string, string>();
  let combined: string | null = null;
  let offsets: number[] = [];
  let ids: string[] = [];
  let haystackList: string[] = [];
  let ordinals = new Map<string, number>();
  let currentGeneration = 0;
  // The last answer, so typing one more letter only re-checks what matched before.
  let lastAnswer: { generation: number; tokens: string[]; ordinals: Int32Array } | null = null;

  const rebuild = () => {
    ids = [...haystacks.keys()];
    haystackList = ids.map((id) => haystacks.get(id)!);
    ordinals = new Map(ids.map((id, index) => [id, index]));
    offsets = new Array<number>(ids.length + 1);
    let position = 0;
    haystackList.forEach((haystack, index) => {
      offsets[index] = position;
      position += haystack.length + 1;
    });
    offsets[ids.length] = position;
    combined = haystackList.join(separator);
    currentGeneration += 1;
  };
  const ensureBuilt = () => {
    if (combined === null) rebuild();
  };

  const scan = (tokens: readonly string[], limit: number): Int32Array => {
    const text = combined!;
    const [first, ...rest] = tokens as [string, ...string[]];
    // A typed array of the worst-case size avoids growing a JS array by 100 000 pushes.
    const found = new Int32Array(Math.min(ids.length, limit));
    let count = 0;
    let from = 0;
    let index = 0;
    while (count < found.length) {
      const hit = text.indexOf(first, from);
      if (hit < 0) break;
      // Hits only move forward, so walking the offsets costs at most one pass per query in total.
      while (offsets[index + 1]! <= hit) index += 1;
      if (rest.length === 0 || rest.every((token) => haystackList[index]!.includes(token))) {
        found[count] = index;
        count += 1;
      }
      // Continue after this record so one record is reported once.
      from = offsets[index + 1]!;
      index += 1;
    }
    return found.subarray(0, count);
  };

  return {
    has: (id) => haystacks.has(id),
    size: () => haystacks.size,
    generation: () => {
      ensureBuilt();
      return currentGeneration;
    },
    ordinalOf: (id) => {
      ensureBuilt();
      return ordinals.get(id) ?? -1;
    },
    upsert: (id, parts) => {
      haystacks.set(id, toHaystack(parts));
      combined = null;
    },
    remove: (id) => {
      if (haystacks.delete(id)) combined = null;
    },
    searchOrdinals: (query) => {
      const tokens = toQueryTokens(query);
      if (tokens.length === 0) return null;
      ensureBuilt();
      const isSameGeneration = lastAnswer?.generation === currentGeneration;
      if (isSameGeneration && lastAnswer!.tokens.join(' ') === tokens.join(' ')) return lastAnswer!.ordinals;
      let answer: Int32Array;
      // Re-checking a large previous answer record by record is slower than one indexOf walk over the
      // combined string (contiguous memory), so refine only answers that already narrowed the register.
      const isNarrowed = isSameGeneration && lastAnswer!.ordinals.length * 3 < ids.length;
      if (isNarrowed && isRefinementOf(tokens, lastAnswer!.tokens)) {
        const previous = lastAnswer!.ordinals;
        const narrowed = new Int32Array(previous.length);
        let count = 0;
        for (const ordinal of previous)
          if (tokens.every((token) => haystackList[ordinal]!.includes(token))) {
            narrowed[count] = ordinal;
            count += 1;
          }
        answer = narrowed.subarray(0, count);
      } else {
        answer = scan(tokens, Number.POSITIVE_INFINITY);
      }
      lastAnswer = { generation: currentGeneration, tokens, ordinals: answer };
      return answer;
    },
    search: (query, limit = Number.POSITIVE_INFINITY) => {
      const tokens = toQueryTokens(query);
      if (tokens.length === 0) return [...haystacks.keys()];
      ensureBuilt();
      return Array.from(scan(tokens, limit), (index) => ids[index]!);
    },
  };
};
