import { Autocomplete, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '../../../shared/validation/normaliseCountry';
import { countryName } from './formatting';

export const CountryField = ({
  label,
  value,
  onChange,
  error,
  name,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  name: string;
}) => {
  const { i18n } = useTranslation();
  const options = useMemo(
    () =>
      countryCodes
        .map((code) => ({ code, label: countryName(code, i18n.language) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );
  const selected = options.find((option) => option.code === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, option) => onChange(option?.code ?? '')}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, current) => option.code === current.code}
      autoHighlight
      renderInput={(params) => (
        <TextField {...params} label={label} name={name} error={Boolean(error)} helperText={error} />
      )}
    />
  );
};
