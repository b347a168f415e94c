export type EventRoute =
  | { page: 'events' }
  | { page: 'eventNew' }
  | { page: 'event'; id: string }
  | { page: 'eventEdit'; id: string }
  | { page: 'eventReport' };

/** `#/events`, `#/events/new`, `#/events/report`, `#/events/<id>` and `#/events/<id>/edit`. */
export const parseEventRoute = (id: string | undefined, action: string | undefined): EventRoute => {
  if (!id) return { page: 'events' };
  if (id === 'new') return { page: 'eventNew' };
  if (id === 'report') return { page: 'eventReport' };
  return action === 'edit' ? { page: 'eventEdit', id } : { page: 'event', id };
};

export const eventRouteToHash = (route: EventRoute): string => {
  switch (route.page) {
    case 'events':
      return '#/events';
    case 'eventNew':
      return '#/events/new';
    case 'eventReport':
      return '#/events/report';
    case 'event':
      return `#/events/${encodeURIComponent(route.id)}`;
    case 'eventEdit':
      return `#/events/${encodeURIComponent(route.id)}/edit`;
  }
};
