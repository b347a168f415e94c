import { featureSettingsOf, type RegisterSettings } from '../model';

export type EventsSettings = {
  /** Days from invoicing to the due date when an invoice is marked without one. */
  paymentTermDays: number;
};

export const defaultEventsSettings: EventsSettings = { paymentTermDays: 14 };

/** The events feature's settings (`settings.features.events`), validated, with defaults filled in. */
export const eventsSettingsOf = (
  settings: Pick<RegisterSettings, 'features'> | undefined,
): EventsSettings => {
  const stored = featureSettingsOf(settings, 'events');
  const term =
    typeof stored === 'object' && stored !== null
      ? (stored as Record<string, unknown>).paymentTermDays
      : undefined;
  return {
    paymentTermDays:
      typeof term === 'number' && Number.isInteger(term) && term >= 0 && term <= 365
        ? term
        : defaultEventsSettings.paymentTermDays,
  };
};
