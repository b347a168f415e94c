import { useEffect, useRef } from 'react';
import { useServerUser } from '../admin/useServerUser';
import { useStore, useSyncStatus } from '../app/AppContext';
import { mayMoveSettingsCategories } from '../categories/categoryActions';
import { moveSettingsFeatures } from './registerConfigActions';

/**
 * Moves this device's synced feature configuration (relation types, consent purposes, retention rules,
 * register description, event settings) into `registerConfigs` records once, under the same rule as the
 * categories: at once in a local register; on a connected one only for a signed-in admin whose first
 * exchange is done, so the server's configuration, when it has one, has arrived and wins.
 * Mounted once, in the app shell.
 */
export const useSettingsFeatureMove = (): void => {
  const store = useStore();
  const status = useSyncStatus();
  const serverUser = useServerUser();
  const serverUrl = store.localSettings().sync.serverUrl;
  const isAllowed = mayMoveSettingsCategories({
    isConnected: serverUrl !== '',
    isAdmin: serverUser.kind === 'known' && serverUser.isAdmin,
    isUpToDate: status.kind === 'upToDate',
  });
  // Once per connection state: a local register that signs in may move again (as an admin, see
  // parkLocalRegisterConfigs), without leaving the app shell.
  const ranFor = useRef<string | null>(null);
  useEffect(() => {
    if (!isAllowed || ranFor.current === serverUrl) return;
    ranFor.current = serverUrl;
    moveSettingsFeatures(store.database, store.localSettings()).catch((error: unknown) => {
      // The settings stay the fallback, so nothing is lost; the next unlock tries again.
      console.error('Moving the feature configuration out of the settings failed', error);
    });
  }, [isAllowed, serverUrl, store]);
};
