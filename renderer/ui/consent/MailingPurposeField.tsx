import { Alert, MenuItem, TextField } from '@mui/material';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contactability } from '../../../shared/consent/consentHistory';
import { contactabilityIn, isBannedIn } from '../../../shared/consent/consentIndex';
import { useConsentIndex } from '../../consent/useConsentIndex';
import { useConsentPurposes } from '../../consent/useConsentPurposes';

/**
 * Who a mailing list may include: nobody with a direct-marketing ban, and with a purpose chosen only
 * people with a given consent for it. An empty purpose checks the ban alone.
 */
export const useMailingContactability = (purpose: string): ((personId: string) => Contactability) => {
  const { index } = useConsentIndex();
  return useCallback(
    (personId: string) =>
      purpose === ''
        ? isBannedIn(index, personId)
          ? 'banned'
          : 'contactable'
        : contactabilityIn(index, personId, purpose),
    [index, purpose],
  );
};

/** The mailing export's purpose choice and what it leaves out. */
export const MailingPurposeField = ({
  value,
  onChange,
}: {
  value: string;
  onChange: (purpose: string) => void;
}) => {
  const { t } = useTranslation();
  const { purposes, labelOf } = useConsentPurposes();
  return (
    <>
      <TextField
        select
        label={t('consent.mailing.purpose')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'mailing-purpose' } as object } }}
      >
        <MenuItem value="">{t('consent.mailing.anyPurpose')}</MenuItem>
        {purposes
          .filter((purpose) => purpose.isEnabled)
          .map((purpose) => (
            <MenuItem key={purpose.key} value={purpose.key} data-value={purpose.key}>
              {labelOf(purpose.key)}
            </MenuItem>
          ))}
      </TextField>
      <Alert severity="info">{t('consent.mailing.note')}</Alert>
    </>
  );
};
