import type { RxCollection } from 'rxdb';
import { defaultSyncSettings, registerSettingsId, type SyncSettings } from '../../shared/model';
import type { PlatformApi } from '../../shared/platform/PlatformApi';
import { retryDelay } from '../../shared/sync/retryBackoff';
import { normaliseServerUrl } from '../../shared/sync/serverUrl';
import {
  syncCollections,
  type LoginRequest,
  type LoginResponse,
  type SyncCollection,
} from '../../shared/sync/syncProtocol';
import {
  displayedSyncStatus,
  initialSyncState,
  reduceSyncState,
  type DisplayedSyncStatus,
  type SyncEvent,
  type SyncState,
} from '../../shared/sync/syncStatus';
import { parkLocalCategories } from '../categories/categoryActions';
import { parkLocalRegisterConfigs } from '../registerConfig/registerConfigActions';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import { replicateRegisterCollection, type CollectionReplication } from './replicateRegisterCollection';
import { polledCollections } from './pollingStream';
import { createSessionTokenVault } from './sessionTokenVault';
import { createSyncHttpClient, SyncRequestError, type SyncHttpClient } from './syncHttpClient';
import { countUnpushedChanges } from './unpushedChanges';
import { countOpenRefusals, isRefusalInForce } from '../../shared/sync/pushRefusals';
import { createRefusalBook, settleRefusal, type RefusalOutcome } from './refusalBook';

export type SignInOutcome =
  | { isSignedIn: true }
  | {
      isSignedIn: false;
      reason:
        | 'urlRequired'
        | 'urlInvalid'
        | 'httpsRequired'
        | 'invalidCredentials'
        | 'tooManyAttempts'
        | 'unreachable'
        | 'outdated'
        | 'forbidden'
        | 'serverError';
    };

export type SyncController = {
  state: () => SyncState;
  status: () => DisplayedSyncStatus;
  subscribe: (listener: () => void) => () => void;
  settings: () => SyncSettings;
  start: () => Promise<void>;
  signIn: (serverUrl: string, username: string, password: string) => Promise<SignInOutcome>;
  /** Local writes not yet confirmed by the server (what a wipe would lose). */
  unpushedChanges: () => Promise<number>;
  signOut: (mode: 'keep' | 'wipe') => Promise<void>;
  /** Retries at once instead of waiting for the backoff (the user pressed "Sync now"). */
  syncNow: () => void;
  /** Stops replication; called when the register locks. */
  stop: () => Promise<void>;
  /** Resolves when every collection has pushed and pulled what it knows of (tests, benchmarks). */
  awaitInSync: () => Promise<void>;
  /**
   * The user's answer to a change the server refused (a `refused` record in `conflicts`): push it
   * again, keep it locally without the notice, or replace it by the server's version.
   */
  settleRefusal: (
    refusalId: string,
    choice: 'tryAgain' | 'keepLocal' | 'discard',
  ) => Promise<RefusalOutcome | null>;
  /**
   * Resolves true once the collection's first pull (and push) since replication started is done, false
   * when it does not replicate now. The status can read "up to date" before a timer-pulled collection's
   * first poll has answered, so whoever must see the server's copy first waits for this.
   */
  awaitInitialSync: (name: SyncCollection) => Promise<boolean>;
  /** The signed-in session for other server features (administration): its address and a client using its token. */
  serverSession: () => { serverUrl: string; http: SyncHttpClient } | null;
};

const baseRetryMs = 1_000;

/**
 * Sync for one unlocked register: sign-in, the replications of every synced collection, the status
 * the app bar shows and sign-out. Lives as long as the unlocked session.
 */
export const createSyncController = ({
  database,
  platform,
  registerId,
  clientVersion,
}: {
  database: RegisterDatabase;
  platform: PlatformApi;
  registerId: string;
  clientVersion: string;
}): SyncController => {
  let state: SyncState = initialSyncState;
  let status = displayedSyncStatus(state);
  const listeners = new Set<() => void>();
  const dispatch = (event: SyncEvent) => {
    const next = reduceSyncState(state, event);
    if (next === state) return;
    state = next;
    status = displayedSyncStatus(state);
    listeners.forEach((listener) => listener());
  };

  const vault = createSessionTokenVault(platform, database, registerId);
  let token: string | null = null;
  let replications: { name: SyncCollection; collection: RxCollection; replication: CollectionReplication }[] =
    [];
  const failures = new Map<SyncCollection, number>();
  let subscriptions: { unsubscribe: () => void }[] = [];
  let isHalted = false;
  const refusalBook = createRefusalBook(database.conflicts, async () => (await readSettings()).username);
  let refusalSubscription: { unsubscribe: () => void } | null = null;

  const readSettings = async (): Promise<SyncSettings> => {
    const document = await database.settings.findOne(registerSettingsId).exec();
    return { ...defaultSyncSettings, ...document?.sync };
  };
  let settingsCache: SyncSettings = defaultSyncSettings;
  const writeSettings = async (patch: Partial<SyncSettings>) => {
    const document = await database.settings.findOne(registerSettingsId).exec();
    if (!document) return;
    const written = await document.incrementalModify((current) => ({
      ...current,
      updatedAt: Date.now(),
      sync: { ...defaultSyncSettings, ...current.sync, ...patch },
    }));
    settingsCache = { ...defaultSyncSettings, ...written.sync };
  };

  // Pausing keeps RxDB's meta state (and thus the count of unpushed changes) until sign-out.
  const halt = async () => {
    isHalted = true;
    await Promise.all(replications.map(({ replication }) => replication.pause()));
  };

  const onFailure = (name: SyncCollection) => (error: SyncRequestError) => {
    if (isHalted) return;
    const count = (failures.get(name) ?? 0) + 1;
    failures.set(name, count);
    const entry = replications.find((candidate) => candidate.name === name);
    if (entry) entry.replication.retryTime = retryDelay(count);
    if (error.reason === 'unauthorized') {
      dispatch({ type: 'signedOut', reason: 'expired' });
      void halt();
      return;
    }
    if (error.reason === 'outdated') void halt();
    dispatch({ type: 'failed', reason: error.reason, detail: error.code ?? error.message });
  };

  const onSuccess = (name: SyncCollection) => () => {
    if ((failures.get(name) ?? 0) === 0) return;
    failures.set(name, 0);
    const entry = replications.find((candidate) => candidate.name === name);
    if (entry) entry.replication.retryTime = baseRetryMs;
    if ([...failures.values()].every((count) => count === 0)) dispatch({ type: 'succeeded' });
  };

  const httpFor = (serverUrl: string): SyncHttpClient =>
    createSyncHttpClient({ serverUrl, token: () => token, clientVersion });

  const identifierFor = (settings: SyncSettings, name: SyncCollection) =>
    `kontakt|${settings.serverUrl}|${settings.username}|${name}`;

  const createReplications = (settings: SyncSettings, autoStart: boolean) => {
    const http = httpFor(settings.serverUrl);
    replications = syncCollections.map((name) => {
      const collection = database[name] as unknown as RxCollection;
      // A polled collection pulls every few seconds; an empty pull must not flip the status to "syncing"
      // (it would hardly ever read "up to date"), so its activity shows only once documents move.
      const isPolled = polledCollections.includes(name);
      let isPolling = false;
      let isShownActive = false;
      const replication = replicateRegisterCollection(
        collection,
        name,
        http,
        identifierFor(settings, name),
        {
          onFailure: onFailure(name),
          onSuccess: onSuccess(name),
          onConnected: onSuccess(name),
          onTransferred: (count) => {
            if (isPolled && isPolling && !isShownActive && count > 0) {
              isShownActive = true;
              dispatch({ type: 'active', collection: name, isActive: true, at: Date.now() });
            }
            dispatch({ type: 'transferred', count });
          },
          shouldRetry: (error) => error.reason !== 'unauthorized' && error.reason !== 'outdated' && !isHalted,
        },
        { autoStart, refusals: refusalBook },
      );
      subscriptions.push(
        replication.active$.subscribe((isActive) => {
          if (!isPolled) {
            dispatch({ type: 'active', collection: name, isActive, at: Date.now() });
            return;
          }
          isPolling = isActive;
          if (!isActive && isShownActive) {
            isShownActive = false;
            dispatch({ type: 'active', collection: name, isActive: false, at: Date.now() });
          }
        }),
      );
      return { name, collection, replication };
    });
  };

  const stopReplications = async () => {
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    subscriptions = [];
    const current = replications;
    replications = [];
    failures.clear();
    await Promise.all(current.map(({ replication }) => replication.cancel()));
  };

  const startReplications = async (settings: SyncSettings) => {
    await stopReplications();
    isHalted = false;
    createReplications(settings, true);
  };

  const onOnline = () => {
    dispatch({ type: 'online', isOnline: true });
    replications.forEach(({ replication }) => replication.reSync());
  };
  const onOffline = () => dispatch({ type: 'online', isOnline: false });
  const hasWindow = typeof window !== 'undefined';

  return {
    state: () => state,
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings: () => settingsCache,
    start: async () => {
      // Refusals live on the device, so the count is there after a reload or unlock, signed in or not.
      refusalSubscription ??= database.conflicts
        .find({ selector: { status: 'open' } })
        .$.subscribe((documents) =>
          dispatch({
            type: 'refusals',
            count: countOpenRefusals(documents.map((document) => document.toJSON())),
          }),
        );
      if (hasWindow) {
        window.addEventListener('online', onOnline);
        window.addEventListener('offline', onOffline);
        dispatch({ type: 'online', isOnline: navigator.onLine });
      }
      const settings = await readSettings();
      settingsCache = settings;
      if (settings.serverUrl === '') return;
      token = settings.isSignedIn ? await vault.load() : null;
      const isSignedIn = settings.isSignedIn && token !== null;
      dispatch({ type: 'configured', isSignedIn });
      if (isSignedIn) await startReplications(settings);
    },
    signIn: async (serverUrlInput, username, password) => {
      const url = normaliseServerUrl(serverUrlInput);
      if (!url.isValid) {
        const reasons = {
          required: 'urlRequired',
          invalid: 'urlInvalid',
          httpsRequired: 'httpsRequired',
        } as const;
        return { isSignedIn: false, reason: reasons[url.code] };
      }
      const previous = await readSettings();
      token = null;
      let response: LoginResponse;
      try {
        response = await httpFor(url.url).request<LoginResponse>('POST', '/auth/login', {
          username: username.trim(),
          password,
        } satisfies LoginRequest);
      } catch (error) {
        if (!(error instanceof SyncRequestError)) throw error;
        if (error.code === 'invalidCredentials' || error.reason === 'unauthorized')
          return { isSignedIn: false, reason: 'invalidCredentials' };
        if (error.code === 'tooManyAttempts') return { isSignedIn: false, reason: 'tooManyAttempts' };
        if (error.reason === 'unreachable' || error.reason === 'outdated' || error.reason === 'forbidden')
          return { isSignedIn: false, reason: error.reason };
        return { isSignedIn: false, reason: 'serverError' };
      }
      token = response.token;
      await stopReplications();
      // A register that was local until now: the server owns the category vocabulary and the
      // register-wide feature configuration from here on.
      if (previous.serverUrl === '') {
        await parkLocalCategories(database);
        await parkLocalRegisterConfigs(database);
      }
      await vault.store(response.token);
      // The token itself is written by the vault (keystore or encrypted settings), not here.
      const patch = {
        serverUrl: url.url,
        userId: response.user.id,
        username: response.user.username,
        displayName: response.user.displayName,
        isSignedIn: true,
      };
      await writeSettings(patch);
      const next: SyncSettings = { ...previous, ...patch };
      dispatch({ type: 'configured', isSignedIn: true });
      await startReplications(next);
      return { isSignedIn: true };
    },
    unpushedChanges: async () => {
      const counts = await Promise.all(
        replications.map(({ collection, replication }) => countUnpushedChanges(collection, replication)),
      );
      // RxDB counts a refused change as pushed, but it never reached the server: a wipe would lose it.
      const refused = (
        await database.conflicts.find({ selector: { status: { $in: ['open', 'dismissed'] } } }).exec()
      )
        .map((document) => document.toJSON())
        .filter(isRefusalInForce).length;
      return counts.reduce((sum, count) => sum + count, refused);
    },
    signOut: async (mode) => {
      const settings = await readSettings();
      if (token) {
        // Revoke the token on the server when it is reachable; signing out works offline too.
        await httpFor(settings.serverUrl)
          .request('POST', '/auth/logout')
          .catch(() => undefined);
      }
      if (mode === 'wipe') {
        const current = replications;
        subscriptions.forEach((subscription) => subscription.unsubscribe());
        subscriptions = [];
        replications = [];
        // remove() drops RxDB's replication meta data, so the removals below are never pushed.
        await Promise.all(current.map(({ replication }) => replication.remove()));
        for (const name of [...syncCollections, 'conflicts'] as const) {
          const collection = database[name] as unknown as RxCollection;
          const documents = await collection.find().exec();
          await collection.bulkRemove(documents.map((document) => document.primary));
          // Tombstones keep the removed data until purged; purge them now.
          await collection.cleanup(0);
        }
      } else {
        await stopReplications();
      }
      await vault.forget();
      token = null;
      await writeSettings({ isSignedIn: false, token: '' });
      dispatch({ type: 'signedOut', reason: null });
    },
    syncNow: () => {
      if (isHalted) return;
      for (const { name, replication } of replications) {
        failures.set(name, 0);
        replication.retryTime = baseRetryMs;
        replication.reSync();
      }
    },
    stop: async () => {
      refusalSubscription?.unsubscribe();
      refusalSubscription = null;
      if (hasWindow) {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
      await stopReplications();
    },
    awaitInSync: async () => {
      await Promise.all(replications.map(({ replication }) => replication.awaitInSync()));
    },
    settleRefusal: async (refusalId, choice) => {
      const outcome = await settleRefusal({
        conflicts: database.conflicts,
        collectionOf: (name) =>
          (syncCollections as readonly string[]).includes(name)
            ? (database[name as SyncCollection] as unknown as RxCollection)
            : undefined,
        http: token !== null && settingsCache.serverUrl !== '' ? httpFor(settingsCache.serverUrl) : null,
        refusalId,
        choice,
      });
      // The re-written version should not wait for a backoff that an earlier failure may have set.
      if (outcome === 'retrying') for (const { replication } of replications) replication.reSync();
      return outcome;
    },
    awaitInitialSync: async (name) => {
      const entry = replications.find((candidate) => candidate.name === name);
      if (!entry || isHalted) return false;
      await entry.replication.awaitInitialReplication();
      return replications.includes(entry) && !isHalted;
    },
    serverSession: () =>
      token !== null && state.isSignedIn && settingsCache.serverUrl !== ''
        ? { serverUrl: settingsCache.serverUrl, http: httpFor(settingsCache.serverUrl) }
        : null,
  };
};
