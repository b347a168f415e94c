import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../state/listRows';

/** The list toolbar's tag filter; it matches on the rows' tag ids in memory, never decrypting. */
export const TagFilter = ({
  filter,
  onChange,
  tags,
}: {
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
  tags: { key: string; label: string }[];
}) => {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('tags.filter')}
      value={filter.tag ?? ''}
      onChange={(event) => onChange({ ...filter, tag: event.target.value })}
      sx={{ flex: 1, minWidth: 160 }}
      slotProps={{
        inputLabel: { shrink: true },
        select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'tag-filter' } as object },
      }}
    >
      <MenuItem value="">{t('tags.filterAll')}</MenuItem>
      {tags.map((tag) => (
        <MenuItem key={tag.key} value={tag.key}>
          {tag.label}
        </MenuItem>
      ))}
    </TextField>
  );
};
