import { unlockAllowedAt } from '../../shared/security/unlockDelay';
import type { PlatformApi } from '../../shared/platform/PlatformApi';
import {
  createKeyEnvelope,
  importDataKey,
  rewrapKeyEnvelope,
  unwrapDataKey,
  RegisterCorruptedError,
  UnsupportedEnvelopeError,
  WrongPassphraseError,
} from '../db/crypto';
import { openRegisterDatabase } from '../db/openRegisterDatabase';
import {
  clearUnlockFailures,
  createRegisterEntry,
  hasRegisterEntry,
  readRegisterEntry,
  readUnlockFailures,
  recordUnlockFailure,
  replaceEnvelope,
} from '../db/registerDirectory';
import { createRegisterStore, type RegisterStore } from '../state/registerStore';
import { updateSettings } from '../state/registerActions';
import { createSyncController, type SyncController } from '../sync/syncController';
import { pruneAccessLog } from '../accessLog/pruneAccessLog';

export type LockReason = 'manual' | 'idle';

export type SessionState =
  | { phase: 'starting' }
  | { phase: 'setup' }
  | { phase: 'locked'; reason?: LockReason }
  | { phase: 'opening' }
  // The data key (non-extractable) stays with the open session so an import worker can open the register too.
  | { phase: 'unlocked'; store: RegisterStore; registerId: string; key: CryptoKey; sync: SyncController }
  | { phase: 'failed'; kind: 'corrupted' | 'unsupported' | 'other'; message: string };

export type UnlockOutcome =
  { isUnlocked: true } | { isUnlocked: false; reason: 'wrongPassphrase' | 'wait'; retryAt: number };

/**
 * The register's lifecycle outside React: create, unlock, lock, change the
 * passphrase. The data key exists only inside an open session; locking
 * drops every reference to it and to the decrypted records.
 */
export type RegisterSession = {
  state: () => SessionState;
  subscribe: (listener: () => void) => () => void;
  start: () => Promise<void>;
  create: (passphrase: string) => Promise<void>;
  unlock: (passphrase: string, isRemembered: boolean) => Promise<UnlockOutcome>;
  lock: (reason: LockReason) => Promise<void>;
  changePassphrase: (current: string, next: string) => Promise<'changed' | 'wrongPassphrase'>;
  setRemembered: (passphrase: string | null) => Promise<'changed' | 'wrongPassphrase'>;
};

export const createRegisterSession = (platform: PlatformApi): RegisterSession => {
  let state: SessionState = { phase: 'starting' };
  const listeners = new Set<() => void>();
  const setState = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const open = async (registerId: string, rawKey: Uint8Array, isNew: boolean) => {
    setState({ phase: 'opening' });
    let database: Awaited<ReturnType<typeof openRegisterDatabase>> | null = null;
    try {
      const key = await importDataKey(rawKey);
      database = await openRegisterDatabase(registerId, key);
      // Records keep loading after unlock; damage found then must close the register just the same.
      const store = await createRegisterStore(database, (error) => {
        const current = state;
        if (current.phase !== 'unlocked' || current.store !== store) return;
        void current.sync
          .stop()
          .then(() => store.close())
          .finally(() => setState(failureState(error)));
      });
      if (isNew) await updateSettings(store, {});
      const sync = createSyncController({ database, platform, registerId, clientVersion: __APP_VERSION__ });
      // Sync starts in the background: the register opens the same with or without a network.
      void sync.start().catch((error: unknown) => console.error('[kontakt] sync did not start', error));
      setState({ phase: 'unlocked', store, registerId, key, sync });
      void pruneAccessLog(database, Date.now()).catch((error: unknown) =>
        console.error('[kontakt] pruning the access log failed', error),
      );
    } catch (error) {
      // Close without writing anything: a register that fails to open is never overwritten.
      await database?.close().catch(() => undefined);
      setState(failureState(error));
    } finally {
      rawKey.fill(0);
    }
  };

  const failureState = (error: unknown): SessionState => {
    if (error instanceof RegisterCorruptedError)
      return { phase: 'failed', kind: 'corrupted', message: error.message };
    if (error instanceof UnsupportedEnvelopeError)
      return { phase: 'failed', kind: 'unsupported', message: error.message };
    return {
      phase: 'failed',
      kind: 'other',
      message: error instanceof Error ? error.message : String(error),
    };
  };

  // Offering setup here would invite a new register over the old one's data.
  const noEntryState = (): SessionState =>
    hasRegisterEntry()
      ? { phase: 'failed', kind: 'corrupted', message: 'The register entry on this device is not readable.' }
      : { phase: 'setup' };

  return {
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async () => {
      const entry = readRegisterEntry();
      if (!entry) return setState(noEntryState());
      const availability = await platform.rememberedKey.availability();
      const remembered = availability.isAvailable
        ? await platform.rememberedKey.load(entry.registerId)
        : null;
      if (remembered) return open(entry.registerId, remembered, false);
      setState({ phase: 'locked' });
    },
    create: async (passphrase) => {
      const { envelope, rawDataKey } = await createKeyEnvelope(passphrase);
      const registerId = crypto.randomUUID();
      createRegisterEntry({ registerId, envelope });
      await open(registerId, rawDataKey, true);
    },
    unlock: async (passphrase, isRemembered) => {
      const entry = readRegisterEntry();
      if (!entry) {
        setState(noEntryState());
        return { isUnlocked: true };
      }
      const failures = readUnlockFailures();
      const retryAt = unlockAllowedAt(failures.count, failures.lastFailureAt);
      if (Date.now() < retryAt) return { isUnlocked: false, reason: 'wait', retryAt };
      let rawKey: Uint8Array;
      try {
        rawKey = await unwrapDataKey(entry.envelope, passphrase);
      } catch (error) {
        if (!(error instanceof WrongPassphraseError)) {
          setState(failureState(error));
          return { isUnlocked: true };
        }
        const next = recordUnlockFailure(Date.now());
        return {
          isUnlocked: false,
          reason: 'wrongPassphrase',
          retryAt: unlockAllowedAt(next.count, next.lastFailureAt),
        };
      }
      clearUnlockFailures();
      if (isRemembered) await platform.rememberedKey.store(entry.registerId, rawKey.slice());
      await open(entry.registerId, rawKey, false);
      return { isUnlocked: true };
    },
    lock: async (reason) => {
      const current = state;
      if (current.phase !== 'unlocked') return;
      await current.sync.stop();
      await current.store.close();
      setState({ phase: 'locked', reason });
    },
    changePassphrase: async (current, next) => {
      const entry = readRegisterEntry();
      if (!entry) throw new Error('No register on this device.');
      try {
        const envelope = await rewrapKeyEnvelope(entry.envelope, current, next);
        replaceEnvelope(entry.registerId, envelope);
        return 'changed';
      } catch (error) {
        if (error instanceof WrongPassphraseError) return 'wrongPassphrase';
        throw error;
      }
    },
    setRemembered: async (passphrase) => {
      const entry = readRegisterEntry();
      if (!entry) throw new Error('No register on this device.');
      if (passphrase === null) {
        await platform.rememberedKey.forget(entry.registerId);
        return 'changed';
      }
      try {
        const rawKey = await unwrapDataKey(entry.envelope, passphrase);
        await platform.rememberedKey.store(entry.registerId, rawKey);
        rawKey.fill(0);
        return 'changed';
      } catch (error) {
        if (error instanceof WrongPassphraseError) return 'wrongPassphrase';
        throw error;
      }
    },
  };
};
