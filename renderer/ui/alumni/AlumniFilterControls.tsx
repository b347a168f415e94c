import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { cooperationInterests, type CooperationInterest } from '../../../shared/model';
import type { AlumniFilter } from '../../alumni/alumniFilter';

/** Degree programme, graduation year range and cooperation interest filters of the people list. */
export const AlumniFilterControls = ({
  filter,
  onChange,
}: {
  filter: AlumniFilter;
  onChange: (next: AlumniFilter) => void;
}) => {
  const { t } = useTranslation();
  const year = (key: 'graduatedFrom' | 'graduatedTo') => (
    <TextField
      size="small"
      name={`alumniFilter.${key}`}
      label={t(`alumni.filter.${key}`)}
      value={filter[key]}
      onChange={(event) => onChange({ ...filter, [key]: event.target.value.replace(/\D/g, '').slice(0, 4) })}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      sx={{ width: 200 }}
    />
  );
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="alumni-filters">
      <TextField
        size="small"
        name="alumniFilter.programme"
        label={t('alumni.programme')}
        value={filter.programme}
        onChange={(event) => onChange({ ...filter, programme: event.target.value })}
        sx={{ width: 180 }}
      />
      {year('graduatedFrom')}
      {year('graduatedTo')}
      <TextField
        select
        size="small"
        name="alumniFilter.interest"
        label={t('alumni.filter.interest')}
        value={filter.interest}
        onChange={(event) =>
          onChange({ ...filter, interest: event.target.value as CooperationInterest | '' })
        }
        sx={{ width: 200 }}
      >
        <MenuItem value="">{t('alumni.filter.anyInterest')}</MenuItem>
        {cooperationInterests.map((key) => (
          <MenuItem key={key} value={key}>
            {t(`alumni.interest.${key}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
