import { useMemo } from 'react';
import { retentionSettingsOf } from '../../shared/retention/retentionSettings';
import { useStore } from '../app/AppContext';
import { personSortName } from '../state/recordLabels';
import { todayIso } from '../state/registerActions';
import { useLiveRecords } from '../state/useLiveRecords';
import { reviewRetention, type RetentionReviewRow } from './reviewRetention';

/** The retention review over the store's loaded people and the live smaller collections. */
export const useRetentionReview = (): {
  rows: RetentionReviewRow[];
  hasRules: boolean;
  today: string;
  isLoading: boolean;
} => {
  const store = useStore();
  const registrations = useLiveRecords('registrations');
  const events = useLiveRecords('events');
  const consentEvents = useLiveRecords('consentEvents');
  const activities = useLiveRecords('activities');
  const version = store.version();
  const settings = store.settings();
  const { rules } = useMemo(() => retentionSettingsOf(settings), [settings]);
  const today = todayIso();
  const isLoading =
    registrations.isLoading || events.isLoading || consentEvents.isLoading || activities.isLoading;
  const rows = useMemo(
    () =>
      isLoading
        ? []
        : reviewRetention(
            rules,
            store.people.values(),
            {
              affiliations: [...store.affiliations.values()],
              registrations: registrations.records,
              events: events.records,
              consentEvents: consentEvents.records,
              activities: activities.records,
            },
            today,
          ).sort((a, b) => personSortName(a.person).localeCompare(personSortName(b.person))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the store's records do.
    [
      rules,
      store,
      version,
      registrations.records,
      events.records,
      consentEvents.records,
      activities.records,
      today,
      isLoading,
    ],
  );
  return { rows, hasRules: rules.length > 0, today, isLoading };
};
