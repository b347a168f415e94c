import { useEffect, useState } from 'react';
import { useStore, useSync, useSyncStatus } from '../app/AppContext';

/**
 * Whether the category list on screen is the one to edit: always in a local register; on a connected
 * one only once the categories' first pull is done, so an admin's first edit (which moves this
 * device's settings list into records when there are none) cannot race the server's vocabulary.
 */
export const useCategoriesReady = (): boolean => {
  const store = useStore();
  const sync = useSync();
  const status = useSyncStatus();
  const serverUrl = store.settings().sync.serverUrl;
  const isSyncing = status.kind === 'syncing' || status.kind === 'upToDate';
  const [readyFor, setReadyFor] = useState<string | null>(null);
  useEffect(() => {
    if (serverUrl === '' || !isSyncing || readyFor === serverUrl) return;
    let isCurrent = true;
    void sync.awaitInitialSync('categories').then((isDone) => {
      if (isCurrent && isDone) setReadyFor(serverUrl);
    });
    return () => {
      isCurrent = false;
    };
  }, [serverUrl, isSyncing, readyFor, sync]);
  return serverUrl === '' || readyFor === serverUrl;
};
