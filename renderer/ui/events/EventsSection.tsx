import type { EventRoute } from './eventRoutes';
import { AttendanceReportPage } from './AttendanceReportPage';
import { EventDetailPage } from './EventDetailPage';
import { EventFormPage } from './EventFormPage';
import { EventListPage } from './EventListPage';

/** The pages of the events feature, mounted by the app shell for every `#/events…` route. */
export const EventsSection = ({ route }: { route: EventRoute }) => {
  switch (route.page) {
    case 'events':
      return <EventListPage />;
    case 'eventNew':
      return <EventFormPage />;
    case 'eventEdit':
      return <EventFormPage id={route.id} key={route.id} />;
    case 'event':
      return <EventDetailPage id={route.id} key={route.id} />;
    case 'eventReport':
      return <AttendanceReportPage />;
  }
};
