import { useMemo, useState } from 'react';
import { computeStatistics } from '../../shared/stats/computeStatistics';
import type { StatisticResult } from '../../shared/stats/statisticTypes';
import { useStore } from '../app/AppContext';
import { useLiveRecords } from '../state/useLiveRecords';
import { statisticInputOf } from './statisticInputOf';

/** Every available statistic for the period, recomputed when the register changes. */
export const useStatistics = (year: number | null): StatisticResult[] => {
  const store = useStore();
  const version = store.version();
  const consentEvents = useLiveRecords('consentEvents').records;
  const marketingBans = useLiveRecords('marketingBans').records;
  const events = useLiveRecords('events').records;
  const registrations = useLiveRecords('registrations').records;
  const tags = useLiveRecords('tags').records;
  // "The last 24 months" end with the month the page was opened in.
  const [now] = useState(() => Date.now());
  return useMemo(
    () =>
      computeStatistics(
        statisticInputOf(store, year, now, { consentEvents, marketingBans, events, registrations, tags }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the records do.
    [store, version, year, now, consentEvents, marketingBans, events, registrations, tags],
  );
};
