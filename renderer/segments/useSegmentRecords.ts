import { useMemo } from 'react';
import { useLiveRecords } from '../state/useLiveRecords';
import type { SegmentRecords } from './segmentRecordLookups';

/** The live records segment conditions read beyond people (relations, consents, registrations, events). */
export const useSegmentRecords = (): SegmentRecords => {
  const { records: relations } = useLiveRecords('relations');
  const { records: consentEvents } = useLiveRecords('consentEvents');
  const { records: registrations } = useLiveRecords('registrations');
  const { records: events } = useLiveRecords('events');
  return useMemo(
    () => ({ relations, consentEvents, registrations, events }),
    [relations, consentEvents, registrations, events],
  );
};
