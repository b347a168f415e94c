import { useSyncExternalStore } from 'react';
import { eventRouteToHash, parseEventRoute } from '../ui/events/eventRoutes';

/**
 * A hash route keeps the place across reloads and works the same under
 * Electron's app:// scheme and a plain web server, with no router dependency.
 */
export type Route =
  | { page: 'people' }
  | { page: 'personNew' }
  | { page: 'person'; id: string }
  | { page: 'personEdit'; id: string }
  | { page: 'organisations' }
  | { page: 'organisationNew' }
  | { page: 'organisation'; id: string }
  | { page: 'organisationEdit'; id: string }
  | { page: 'settings' }
  | { page: 'import' }
  | { page: 'conflicts' }
  | { page: 'admin' }
  | { page: 'privacyNotice' }
  | { page: 'lists' }
  | { page: 'list'; id: string }
  | { page: 'events' }
  | { page: 'eventNew' }
  | { page: 'event'; id: string }
  | { page: 'eventEdit'; id: string }
  | { page: 'eventReport' }
  | { page: 'statistics' }
  | { page: 'tasks' }
  | { page: 'retentionReview' }
  | { page: 'requests' };

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, action] = parts;
  if (section === 'organisations') {
    if (id === 'new') return { page: 'organisationNew' };
    if (id) return action === 'edit' ? { page: 'organisationEdit', id } : { page: 'organisation', id };
    return { page: 'organisations' };
  }
  if (section === 'settings') return { page: 'settings' };
  if (section === 'import') return { page: 'import' };
  if (section === 'conflicts') return { page: 'conflicts' };
  if (section === 'admin') return { page: 'admin' };
  if (section === 'privacy-notice') return { page: 'privacyNotice' };
  if (section === 'lists') return id ? { page: 'list', id } : { page: 'lists' };
  if (section === 'events') return parseEventRoute(id, action);
  if (section === 'statistics') return { page: 'statistics' };
  if (section === 'tasks') return { page: 'tasks' };
  if (section === 'retention') return { page: 'retentionReview' };
  if (section === 'requests') return { page: 'requests' };
  if (section === 'people' && id) {
    if (id === 'new') return { page: 'personNew' };
    return action === 'edit' ? { page: 'personEdit', id } : { page: 'person', id };
  }
  return { page: 'people' };
};

export const routeToHash = (route: Route): string => {
  switch (route.page) {
    case 'people':
      return '#/people';
    case 'personNew':
      return '#/people/new';
    case 'person':
      return `#/people/${encodeURIComponent(route.id)}`;
    case 'personEdit':
      return `#/people/${encodeURIComponent(route.id)}/edit`;
    case 'organisations':
      return '#/organisations';
    case 'organisationNew':
      return '#/organisations/new';
    case 'organisation':
      return `#/organisations/${encodeURIComponent(route.id)}`;
    case 'organisationEdit':
      return `#/organisations/${encodeURIComponent(route.id)}/edit`;
    case 'settings':
      return '#/settings';
    case 'import':
      return '#/import';
    case 'conflicts':
      return '#/conflicts';
    case 'admin':
      return '#/admin';
    case 'privacyNotice':
      return '#/privacy-notice';
    case 'lists':
      return '#/lists';
    case 'list':
      return `#/lists/${encodeURIComponent(route.id)}`;
    case 'events':
    case 'eventNew':
    case 'event':
    case 'eventEdit':
    case 'eventReport':
      return eventRouteToHash(route);
    case 'statistics':
      return '#/statistics';
    case 'tasks':
      return '#/tasks';
    case 'retentionReview':
      return '#/retention';
    case 'requests':
      return '#/requests';
  }
};

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

export const navigate = (route: Route, options: { replace?: boolean } = {}) => {
  const hash = routeToHash(route);
  if (options.replace) window.history.replaceState(null, '', hash);
  else window.location.hash = hash;
  if (options.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
};

export const useHashRoute = (): [Route, typeof navigate] => {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return [parseRoute(hash), navigate];
};
