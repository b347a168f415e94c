import { useServerUser } from '../admin/useServerUser';
import { useStore } from '../app/AppContext';

/**
 * Whether this user may change the register-wide vocabularies (tags, categories) and feature
 * configuration (`registerConfigs`: relation types, consent purposes, retention rules, register
 * description): anyone in a local register, only an admin once the register is connected to a company
 * server (which enforces it). Read-only while the role is not yet known, so nothing is offered that the server would refuse.
 */
export const useMayManageVocabulary = (): boolean => {
  const store = useStore();
  const serverUser = useServerUser();
  const isConnected = store.settings().sync.serverUrl !== '';
  return !isConnected || (serverUser.kind === 'known' && serverUser.isAdmin);
};
