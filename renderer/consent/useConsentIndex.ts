import { useMemo } from 'react';
import { buildConsentIndex, type ConsentIndex } from '../../shared/consent/consentIndex';
import { useLiveRecords } from '../state/useLiveRecords';

/** Every person's consent and ban events, live, grouped by person. */
export const useConsentIndex = (): { index: ConsentIndex; isLoading: boolean } => {
  const consents = useLiveRecords('consentEvents');
  const bans = useLiveRecords('marketingBans');
  const index = useMemo(
    () => buildConsentIndex(consents.records, bans.records),
    [consents.records, bans.records],
  );
  return { index, isLoading: consents.isLoading || bans.isLoading };
};
