import type { KontaktEvent } from '../../../shared/model';
import { formatDate } from '../common/formatting';

/** "12.3.2027 9:00 – 13.3.2027 16:00", or shorter when the event is a single day or has no times. */
export const formatEventWhen = (
  event: Pick<KontaktEvent, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
  language: string,
): string => {
  const start = [formatDate(event.startDate, language), event.startTime].filter(Boolean).join(' ');
  const isSameDay = event.endDate === '' || event.endDate === event.startDate;
  const end = isSameDay
    ? event.endTime
    : [formatDate(event.endDate, language), event.endTime].filter(Boolean).join(' ');
  return end ? `${start}–${end}` : start;
};

/** An event is past once its last day is before today. */
export const isPastEvent = (event: Pick<KontaktEvent, 'startDate' | 'endDate'>, today: string): boolean =>
  (event.endDate || event.startDate) < today;
