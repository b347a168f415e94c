import { useEffect, useRef } from 'react';
import { categoryScopes } from '../../shared/model';
import { useServerUser } from '../admin/useServerUser';
import { useStore, useSyncStatus } from '../app/AppContext';
import { mayMoveSettingsCategories, moveSettingsCategories } from './categoryActions';

/**
 * Moves this device's settings categories into synced records once, when it may (see
 * `mayMoveSettingsCategories`): at once in a local register, and on a connected one when a signed-in
 * admin's first exchange is done and the server had no categories. Mounted once, in the app shell.
 */
export const useSettingsCategoryMove = (): void => {
  const store = useStore();
  const status = useSyncStatus();
  const serverUser = useServerUser();
  const isConnected = store.settings().sync.serverUrl !== '';
  const isAllowed = mayMoveSettingsCategories({
    isConnected,
    isAdmin: serverUser.kind === 'known' && serverUser.isAdmin,
    isUpToDate: status.kind === 'upToDate',
  });
  const hasRun = useRef(false);
  useEffect(() => {
    if (!isAllowed || hasRun.current) return;
    hasRun.current = true;
    void (async () => {
      for (const scope of categoryScopes)
        await moveSettingsCategories(store.database, store.settings(), scope);
    })().catch((error: unknown) => {
      // The settings list stays the fallback, so nothing is lost; the next unlock tries again.
      console.error('Moving the categories out of the settings failed', error);
    });
  }, [isAllowed, store]);
};
