/**
 * What the app bar shows about sync, derived from the events the replication reports. Kept pure so
 * every transition is unit-tested; the renderer feeds it and renders `displayedSyncStatus`.
 */
export type SyncFailureReason =
  'unreachable' | 'unauthorized' | 'outdated' | 'forbidden' | 'serverError' | 'badResponse' | 'storage';

export type SyncState = {
  isConfigured: boolean;
  isSignedIn: boolean;
  /** Why the session ended when the server ended it (token expired or revoked). */
  signedOutReason: 'expired' | null;
  isOnline: boolean;
  active: Readonly<Record<string, boolean>>;
  /** Records pushed or pulled since the replication last became busy. */
  transferred: number;
  failure: { reason: SyncFailureReason; detail: string } | null;
  lastSyncedAt: number | null;
  /** Local changes the server refused that still wait for the user's decision (open refusals). */
  refused: number;
};

export type SyncEvent =
  | { type: 'configured'; isSignedIn: boolean }
  | { type: 'signedIn' }
  | { type: 'signedOut'; reason: 'expired' | null }
  | { type: 'online'; isOnline: boolean }
  | { type: 'active'; collection: string; isActive: boolean; at: number }
  | { type: 'transferred'; count: number }
  | { type: 'failed'; reason: SyncFailureReason; detail?: string }
  | { type: 'succeeded' }
  | { type: 'refusals'; count: number };

export type DisplayedSyncStatus =
  | { kind: 'notConfigured' }
  | { kind: 'signedOut'; reason: 'expired' | null }
  | { kind: 'offline'; reason: 'noNetwork' | 'unreachable' }
  | { kind: 'syncing'; count: number }
  | { kind: 'upToDate'; at: number | null }
  /** Everything else synced, but the server refused `count` local changes; the user decides. */
  | { kind: 'refused'; count: number }
  | { kind: 'error'; reason: SyncFailureReason; detail: string };

export const initialSyncState: SyncState = {
  isConfigured: false,
  isSignedIn: false,
  signedOutReason: null,
  isOnline: true,
  active: {},
  transferred: 0,
  failure: null,
  lastSyncedAt: null,
  refused: 0,
};

const isAnyActive = (active: Readonly<Record<string, boolean>>) => Object.values(active).some(Boolean);

export const reduceSyncState = (state: SyncState, event: SyncEvent): SyncState => {
  switch (event.type) {
    case 'configured':
      return {
        ...initialSyncState,
        isOnline: state.isOnline,
        // Refusals are stored on the device; signing in again does not settle them.
        refused: state.refused,
        isConfigured: true,
        isSignedIn: event.isSignedIn,
      };
    case 'signedIn':
      return {
        ...state,
        isConfigured: true,
        isSignedIn: true,
        signedOutReason: null,
        failure: null,
        active: {},
      };
    case 'signedOut':
      return {
        ...state,
        isSignedIn: false,
        signedOutReason: event.reason,
        active: {},
        transferred: 0,
        failure: null,
      };
    case 'online':
      return { ...state, isOnline: event.isOnline };
    case 'active': {
      const wasActive = isAnyActive(state.active);
      const active = { ...state.active, [event.collection]: event.isActive };
      const isActive = isAnyActive(active);
      return {
        ...state,
        active,
        transferred: !wasActive && isActive ? 0 : state.transferred,
        // Going idle without a standing failure means every collection caught up.
        lastSyncedAt: wasActive && !isActive && state.failure === null ? event.at : state.lastSyncedAt,
      };
    }
    case 'transferred':
      return { ...state, transferred: state.transferred + event.count, failure: null };
    case 'failed':
      return { ...state, failure: { reason: event.reason, detail: event.detail ?? '' } };
    case 'succeeded':
      return state.failure === null ? state : { ...state, failure: null };
    case 'refusals':
      return state.refused === event.count ? state : { ...state, refused: Math.max(0, event.count) };
  }
};

export const displayedSyncStatus = (state: SyncState): DisplayedSyncStatus => {
  if (!state.isConfigured) return { kind: 'notConfigured' };
  if (!state.isSignedIn) return { kind: 'signedOut', reason: state.signedOutReason };
  if (!state.isOnline) return { kind: 'offline', reason: 'noNetwork' };
  if (state.failure?.reason === 'unreachable') return { kind: 'offline', reason: 'unreachable' };
  if (state.failure) return { kind: 'error', reason: state.failure.reason, detail: state.failure.detail };
  // Until the first exchange has finished (leader election, first pull), it is not "up to date" yet.
  if (isAnyActive(state.active) || state.lastSyncedAt === null)
    return { kind: 'syncing', count: state.transferred };
  // Not "up to date" as if all were fine: some changes never reached the server.
  if (state.refused > 0) return { kind: 'refused', count: state.refused };
  return { kind: 'upToDate', at: state.lastSyncedAt };
};
