import type { KeyEnvelope } from './crypto';

/**
 * Where this device keeps the register's key envelope and unlock bookkeeping.
 * Nothing here is personal: the envelope holds only the wrapped data key.
 */
export type RegisterEntry = { registerId: string; envelope: KeyEnvelope };
export type UnlockFailures = { count: number; lastFailureAt: number };

const registerKey = 'kontakt.register';
const failuresKey = 'kontakt.unlockFailures';

const readJson = <T>(key: string): T | null => {
  const raw = localStorage.getItem(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
};

export const readRegisterEntry = (): RegisterEntry | null => readJson<RegisterEntry>(registerKey);

/** True when an entry is stored, readable or not: an unreadable one is a damaged register, not a new device. */
export const hasRegisterEntry = (): boolean => localStorage.getItem(registerKey) !== null;

/** Refuses to replace an existing register: a failed unlock must never lead to a new, empty register. */
export const createRegisterEntry = (entry: RegisterEntry): void => {
  if (localStorage.getItem(registerKey) !== null)
    throw new Error('A register already exists on this device.');
  localStorage.setItem(registerKey, JSON.stringify(entry));
};

export const replaceEnvelope = (registerId: string, envelope: KeyEnvelope): void => {
  const current = readRegisterEntry();
  if (current?.registerId !== registerId)
    throw new Error('The register changed while the passphrase was being changed.');
  localStorage.setItem(registerKey, JSON.stringify({ registerId, envelope } satisfies RegisterEntry));
};

export const readUnlockFailures = (): UnlockFailures =>
  readJson<UnlockFailures>(failuresKey) ?? { count: 0, lastFailureAt: 0 };

export const recordUnlockFailure = (now: number): UnlockFailures => {
  const next = { count: readUnlockFailures().count + 1, lastFailureAt: now };
  localStorage.setItem(failuresKey, JSON.stringify(next));
  return next;
};

export const clearUnlockFailures = (): void => localStorage.removeItem(failuresKey);
