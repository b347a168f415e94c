import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const erasureMarkerKinds = ['key', 'marker'] as const;
export type ErasureMarkerKind = (typeof erasureMarkerKinds)[number];

/**
 * What is left of an erased person so a later import can warn before adding them again: keyed
 * hashes (HMAC-SHA-256) of their e-mail addresses and phone numbers and the date, nothing else.
 * The same collection carries the HMAC keys (kind `key`, one per owning unit, `secret` set), so every
 * client that can see a unit's markers also receives the key they were made with (see
 * shared/rights/erasureMarkerHash.ts and docs/ARCHITECTURE.md for why the key lives here).
 */
export type ErasureMarker = RecordMeta & {
  kind: ErasureMarkerKind;
  /** For a marker: the id of the key record its hashes were made with. */
  keyId: string;
  /** For a key: 32 random bytes, base64url. */
  secret: string;
  hashes: string[];
  erasedOn: string;
  createdBy: string;
  updatedBy: string;
};

export const erasureMarkerDefinition: RecordDefinition<ErasureMarker> = {
  collection: 'erasureMarkers',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    kind: { kind: 'choice', options: erasureMarkerKinds, isRequired: true },
    keyId: { kind: 'text', maxLength: 40 },
    secret: { kind: 'text', maxLength: 64 },
    hashes: { kind: 'textList', maxLength: 64, maxItems: 40 },
    erasedOn: { kind: 'date' },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};
