import { useEffect, useRef } from 'react';
import { categoryScopes } from '../../shared/model';
import { useServerUser } from '../admin/useServerUser';
import { useStore, useSync, useSyncStatus } from '../app/AppContext';
import { mayMoveSettingsCategories, moveSettingsCategories } from './categoryActions';

/**
 * Moves this device's settings categories into synced records once, when it may (see
 * `mayMoveSettingsCategories`): at once in a local register, and on a connected one when a signed-in
 * admin's first exchange is done and the server had no categories. Mounted once, in the app shell.
 */
export const useSettingsCategoryMove = (): void => {
  const store = useStore();
  const sync = useSync();
  const status = useSyncStatus();
  const serverUser = useServerUser();
  const serverUrl = store.settings().sync.serverUrl;
  const isConnected = serverUrl !== '';
  const isAllowed = mayMoveSettingsCategories({
    isConnected,
    isAdmin: serverUser.kind === 'known' && serverUser.isAdmin,
    isUpToDate: status.kind === 'upToDate',
  });
  // Once per connection state: a local register that signs in may move again (as an admin, see
  // parkLocalCategories), without leaving the app shell.
  const ranFor = useRef<string | null>(null);
  useEffect(() => {
    if (!isAllowed || ranFor.current === serverUrl) return;
    ranFor.current = serverUrl;
    void (async () => {
      // The server's vocabulary must have arrived first, or this device's list would race it.
      if (serverUrl !== '' && !(await sync.awaitInitialSync('categories'))) {
        ranFor.current = null;
        return;
      }
      for (const scope of categoryScopes)
        await moveSettingsCategories(store.database, store.settings(), scope);
    })().catch((error: unknown) => {
      // The settings list stays the fallback, so nothing is lost; the next unlock tries again.
      console.error('Moving the categories out of the settings failed', error);
    });
  }, [isAllowed, serverUrl, store, sync]);
};
