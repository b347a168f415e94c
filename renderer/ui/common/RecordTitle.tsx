import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RecordStatus } from '../../../shared/model';

/** A record's name with a passive badge, as every detail page heads it. */
export const RecordTitle = ({ name, status }: { name: string; status: RecordStatus }) => {
  const { t } = useTranslation();
  return (
    <>
      {name}{' '}
      {status === 'passive' ? (
        <Chip label={t('status.passive')} size="small" color="warning" sx={{ verticalAlign: 'middle' }} />
      ) : null}
    </>
  );
};
