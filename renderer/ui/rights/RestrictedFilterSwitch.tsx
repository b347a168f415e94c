import { FormControlLabel, Switch } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The people list leaves restricted people out unless this is on. */
export const RestrictedFilterSwitch = ({
  isShown,
  count,
  onChange,
}: {
  isShown: boolean;
  count: number;
  onChange: (isShown: boolean) => void;
}) => {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <FormControlLabel
      control={
        <Switch
          checked={isShown}
          onChange={(event) => onChange(event.target.checked)}
          slotProps={{ input: { 'data-testid': 'show-restricted' } as object }}
        />
      }
      label={t('rights.restriction.showRestricted', { count })}
    />
  );
};
