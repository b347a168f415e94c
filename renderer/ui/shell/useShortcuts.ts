import { useEffect, useRef } from 'react';
import { useApp } from '../../app/AppContext';
import { navigate, parseRoute, routeToHash, type Route } from '../../app/useHashRoute';
import type { MenuCommand } from '../../../shared/platform/PlatformApi';
import { focusSearchEvent } from '../common/ListToolbar';
import { leaveUnsavedChanges } from '../common/unsavedChangesGuard';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Keyboard shortcuts in the page and the desktop menu's commands lead to the
 * same actions. Browsers reserve Ctrl+N, so the in-page shortcut for "new" is N.
 */
export const useShortcuts = (route: Route, lockNow: () => void) => {
  const { platform } = useApp();
  const stateRef = useRef({ route, lockNow });
  useEffect(() => {
    stateRef.current = { route, lockNow };
  });

  useEffect(() => {
    // The address, not the last render: a key pressed right after a navigation click means the new page.
    const currentRoute = () => parseRoute(window.location.hash);
    // Going elsewhere asks first when a form has unsaved changes; going to the page already shown does not.
    const go = (route: Route, then?: () => void) => {
      if (routeToHash(route) === routeToHash(currentRoute())) return then?.();
      leaveUnsavedChanges(() => {
        navigate(route);
        then?.();
      });
    };
    const focusSearch = () => window.setTimeout(() => window.dispatchEvent(new Event(focusSearchEvent)), 50);
    const run = (command: MenuCommand) => {
      const current = currentRoute();
      switch (command) {
        case 'newPerson':
          return go({ page: 'personNew' });
        case 'newOrganisation':
          return go({ page: 'organisationNew' });
        case 'showPeople':
          return go({ page: 'people' });
        case 'showOrganisations':
          return go({ page: 'organisations' });
        case 'openSettings':
          return go({ page: 'settings' });
        case 'lockNow':
          // Locking is never held up: it protects the register, and an open form's changes go with the key.
          return stateRef.current.lockNow();
        case 'search':
          return go(
            { page: current.page.startsWith('organisation') ? 'organisations' : 'people' },
            focusSearch,
          );
      }
    };
    const onKey = (event: KeyboardEvent) => {
      const isCtrl = event.ctrlKey || event.metaKey;
      if (isCtrl && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        return run('search');
      }
      if (isCtrl && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        return run('lockNow');
      }
      if (isCtrl || event.altKey || isTyping(event.target) || document.querySelector('[role="dialog"]'))
        return;
      if (event.key === '/') {
        event.preventDefault();
        return run('search');
      }
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        return run(currentRoute().page.startsWith('organisation') ? 'newOrganisation' : 'newPerson');
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = platform.onMenuCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [platform]);
};
