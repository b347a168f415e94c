import { Autocomplete, Chip, TextField } from '@mui/material';
import type { CategoryScope } from '../../../shared/model';
import { useCategoryLabel, useCategoryOptions } from './useCategoryOptions';

export const CategoryField = ({
  scope,
  label,
  value,
  onChange,
  error,
}: {
  scope: CategoryScope;
  label: string;
  value: string[];
  onChange: (keys: string[]) => void;
  error?: string;
}) => {
  const options = useCategoryOptions(scope).map((option) => option.key);
  const labelOf = useCategoryLabel(scope);
  // Keep categories the record already has even if they were turned off since.
  const allOptions = [...new Set([...options, ...value])];
  return (
    <Autocomplete
      multiple
      options={allOptions}
      value={value}
      onChange={(_event, next) => onChange(next)}
      getOptionLabel={labelOf}
      disableCloseOnSelect
      renderValue={(selected, getItemProps) =>
        selected.map((key, index) => {
          const { key: itemKey, ...itemProps } = getItemProps({ index });
          return <Chip key={itemKey} label={labelOf(key)} size="small" {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField {...params} label={label} name="categories" error={Boolean(error)} helperText={error} />
      )}
    />
  );
};
