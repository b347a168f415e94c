import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CategoryScope, Tag } from '../../../shared/model';
import { useTags } from '../../tags/useTags';
import { TagChip } from './TagChip';

type TagPickerProps = {
  scope: CategoryScope;
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
};

/** Picks existing tags only (admins create them in Settings); an archived tag already on the record stays. */
export const TagPicker = ({ scope, value, onChange, error }: TagPickerProps) => {
  const { t } = useTranslation();
  const { tags, tagsById } = useTags(scope);
  const selected = value.flatMap((id) => tagsById.get(id) ?? []);
  const options = tags.filter((tag) => !tag.isArchived || value.includes(tag.id));
  return (
    <Autocomplete<Tag, true>
      multiple
      options={options}
      value={selected}
      getOptionLabel={(tag) => tag.label}
      getOptionDisabled={(tag) => tag.isArchived}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      onChange={(_, next) => onChange(next.map((tag) => tag.id))}
      renderValue={(chosen, getItemProps) =>
        chosen.map((tag, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <TagChip key={key} tag={tag} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('tags.field')}
          name={`tags-${scope}`}
          error={Boolean(error)}
          helperText={error}
        />
      )}
    />
  );
};
