import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SessionUser } from '../../shared/sync/syncProtocol';
import { useSync, useSyncStatus } from '../app/AppContext';
import { createAdminApi, type AdminApi } from './adminApi';

type Entry = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'known'; user: SessionUser };

// One answer of /auth/me per unlocked session (controller), server and username, shared by the
// navigation, the admin view and the detail pages, so a page with all three asks once; unlocking
// again asks again.
const entriesByController = new WeakMap<object, Map<string, Entry>>();
const entriesOf = (controller: object) => {
  let entries = entriesByController.get(controller);
  if (!entries) {
    entries = new Map();
    entriesByController.set(controller, entries);
  }
  return entries;
};
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export type ServerUser =
  | { kind: 'signedOut' }
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown; retry: () => void }
  | {
      kind: 'known';
      user: SessionUser;
      isAdmin: boolean;
      serverUrl: string;
      api: AdminApi;
      refresh: () => void;
    };

/**
 * The user this register is signed in to the company server as, with their role, read through the
 * sync controller's session (its token never leaves the controller's HTTP client).
 */
export const useServerUser = (): ServerUser => {
  const sync = useSync();
  const statusKind = useSyncStatus().kind;
  const session = sync.serverSession();
  const entries = entriesOf(sync);
  const key = session ? `${session.serverUrl}\u0000${sync.settings().username}` : '';
  const entry = useSyncExternalStore(subscribe, () => entries.get(key));
  // Stable per controller and session, so views can load data in effects keyed on it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the session
  const api = useMemo(() => (session ? createAdminApi(session.http) : null), [sync, key]);

  const load = () => {
    const current = sync.serverSession();
    if (!current || key === '') return;
    entries.set(key, { kind: 'loading' });
    notify();
    createAdminApi(current.http)
      .me()
      .then((user) => entries.set(key, { kind: 'known', user }))
      .catch((error: unknown) => entries.set(key, { kind: 'failed', error }))
      .finally(notify);
  };

  useEffect(() => {
    const existing = entries.get(key);
    // A failure is retried when the sync status changes (back online, signed in again).
    if (existing === undefined || existing.kind === 'failed') load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key and status decide when to ask again
  }, [key, statusKind]);

  if (!session || !api) return { kind: 'signedOut' };
  if (entry === undefined || entry.kind === 'loading') return { kind: 'loading' };
  if (entry.kind === 'failed') return { kind: 'failed', error: entry.error, retry: load };
  return {
    kind: 'known',
    user: entry.user,
    isAdmin: entry.user.role === 'admin',
    serverUrl: session.serverUrl,
    api,
    refresh: load,
  };
};
