import { normaliseEmail, normalisePhone } from '../validation';

/**
 * HMAC-SHA-256 of a text under one register key, as lower-case hex. The renderer binds WebCrypto to the
 * key (renderer/rights/erasureKeys.ts); shared/ stays free of platform crypto.
 */
export type KeyedHash = (input: string) => Promise<string>;

/**
 * The values an erasure marker remembers, normalised the way the register stores them so that a later
 * import matches however the address was typed: e-mail lower-cased (normaliseEmail), phone in E.164 with
 * Finland as the default country (normalisePhone). Prefixed by kind, so an e-mail can never collide with
 * a phone. Values that do not normalise are left out: they could not be matched anyway.
 */
export const markerInputsOf = (contact: {
  emails: readonly { address: string }[];
  phones: readonly { number: string }[];
}): string[] => {
  const inputs = new Set<string>();
  for (const { address } of contact.emails) {
    const result = normaliseEmail(address);
    if (result.isValid) inputs.add(`email:${result.value}`);
  }
  for (const { number } of contact.phones) {
    const result = normalisePhone(number, 'FI');
    if (result.isValid) inputs.add(`phone:${result.value}`);
  }
  return [...inputs].sort();
};

/** Keyed hashes (hex) of the inputs: without the key, a marker cannot be tested against a list of addresses. */
export const markerHashesOf = (inputs: readonly string[], hash: KeyedHash): Promise<string[]> =>
  Promise.all(inputs.map(hash));

export type ErasureMarkerIndex = {
  /** The date of the erasure whose marker holds any of these hashes, or null. */
  erasedOn: (hashes: readonly string[]) => string | null;
};

/** Markers by hash, for checking many import rows at once. */
export const indexErasureMarkers = (
  markers: readonly { hashes: readonly string[]; erasedOn: string }[],
): ErasureMarkerIndex => {
  const byHash = new Map<string, string>();
  for (const marker of markers) for (const hash of marker.hashes) byHash.set(hash, marker.erasedOn);
  return {
    erasedOn: (hashes) => {
      for (const hash of hashes) {
        const date = byHash.get(hash);
        if (date !== undefined) return date;
      }
      return null;
    },
  };
};
