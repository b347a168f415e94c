import { useMemo } from 'react';
import { isProcessingRestricted, restrictedPersonIds } from '../../shared/rights/processingRestriction';
import { useLiveRecords } from '../state/useLiveRecords';

/** Ids of every person whose processing is restricted, live. */
export const useRestrictedPersonIds = (): ReadonlySet<string> => {
  const { records } = useLiveRecords('rightsRequests');
  return useMemo(() => restrictedPersonIds(records), [records]);
};

/** Whether one person's processing is restricted, live; `isLoading` until the log has been read. */
export const useIsProcessingRestricted = (
  personId: string,
): { isRestricted: boolean; isLoading: boolean } => {
  const { records, isLoading } = useLiveRecords('rightsRequests', { personId }, personId);
  return { isRestricted: isProcessingRestricted(personId, records), isLoading };
};
