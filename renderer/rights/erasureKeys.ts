import type { ErasureMarker } from '../../shared/model';
import type { KeyedHash } from '../../shared/rights/erasureMarkerHash';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

const base64UrlOf = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const bytesOf = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (character) => character.charCodeAt(0));

/** HMAC-SHA-256 under one key with WebCrypto; the key is imported non-extractable. */
export const createKeyedHash = async (secret: string): Promise<KeyedHash> => {
  const key = await crypto.subtle.importKey(
    'raw',
    bytesOf(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const encoder = new TextEncoder();
  return async (input) => {
    const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(input)));
    return [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  };
};

/** Every erasure key this device can see (synced), oldest first. */
export const readErasureKeys = async (database: RegisterDatabase): Promise<ErasureMarker[]> => {
  const documents = await database.erasureMarkers.find({ selector: { status: 'active' } }).exec();
  return documents
    .map((document) => document.toJSON() as ErasureMarker)
    .filter((record) => record.kind === 'key' && record.secret !== '')
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
};

/**
 * The key a new marker of `unit` is hashed with: the oldest key of that unit this device has, or a new
 * random one. Two devices that create one offline at the same time each keep theirs: keys have random
 * ids and are never edited, so both sync, and a check hashes with every key it knows.
 */
export const erasureKeyFor = async (database: RegisterDatabase, unit: string): Promise<ErasureMarker> => {
  const existing = (await readErasureKeys(database)).find((key) => key.owningUnit === unit);
  if (existing) return existing;
  const now = Date.now();
  const key: ErasureMarker = {
    id: crypto.randomUUID(),
    status: 'active',
    owningUnit: unit,
    createdAt: now,
    updatedAt: now,
    kind: 'key',
    keyId: '',
    secret: base64UrlOf(crypto.getRandomValues(new Uint8Array(32))),
    hashes: [],
    erasedOn: '',
    createdBy: '',
    updatedBy: '',
  };
  await database.erasureMarkers.insert(key);
  return key;
};
