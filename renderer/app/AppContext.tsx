import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PlatformApi } from '../../shared/platform/PlatformApi';
import type { RegisterStore } from '../state/registerStore';
import type { Preferences } from './preferences';
import type { SyncController } from '../sync/syncController';
import type { RegisterSession } from './registerSession';

export type AppContextValue = {
  platform: PlatformApi;
  session: RegisterSession;
  preferences: Preferences;
  setPreferences: (next: Preferences) => void;
  notify: (message: string, severity?: 'success' | 'info' | 'warning' | 'error') => void;
};

export const AppContext = createContext<AppContextValue | null>(null);

export const useApp = (): AppContextValue => {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
};

export const StoreContext = createContext<RegisterStore | null>(null);

/** The open register; re-renders the caller whenever any record changes. */
export const useStore = (): RegisterStore => {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside an unlocked register');
  useSyncExternalStore(store.subscribe, store.version);
  return store;
};

export const SyncContext = createContext<SyncController | null>(null);

export const useSync = (): SyncController => {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error('useSync outside an unlocked register');
  return sync;
};

/** The sync status; re-renders the caller when it changes. */
export const useSyncStatus = () => {
  const sync = useSync();
  return useSyncExternalStore(sync.subscribe, sync.status);
};
