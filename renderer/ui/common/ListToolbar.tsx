import { Search } from '@mui/icons-material';
import { InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../state/listRows';
import { TagFilter } from '../tags/TagFilter';

export const focusSearchEvent = 'kontakt:focus-search';

export const ListToolbar = ({
  filter,
  onChange,
  searchLabel,
  categories,
  tags = [],
}: {
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
  searchLabel: string;
  categories: { key: string; label: string }[];
  /** The tag vocabulary of the list's scope; the tag filter shows only when there are tags. */
  tags?: { key: string; label: string }[];
}) => {
  const { t } = useTranslation();
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const focus = () => searchRef.current?.focus();
    window.addEventListener(focusSearchEvent, focus);
    return () => window.removeEventListener(focusSearchEvent, focus);
  }, []);
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5}>
      <TextField
        inputRef={searchRef}
        type="search"
        value={filter.query}
        onChange={(event) => onChange({ ...filter, query: event.target.value })}
        placeholder={searchLabel}
        slotProps={{
          htmlInput: { 'aria-label': searchLabel, 'data-testid': 'list-search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
        sx={{ flex: 2 }}
      />
      <TextField
        select
        label={t('list.status')}
        value={filter.status}
        onChange={(event) => onChange({ ...filter, status: event.target.value as ListFilter['status'] })}
        sx={{ flex: 1, minWidth: 140 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'status-filter' } as object } }}
      >
        <MenuItem value="active">{t('list.statusActive')}</MenuItem>
        <MenuItem value="passive">{t('list.statusPassive')}</MenuItem>
        <MenuItem value="all">{t('list.statusAll')}</MenuItem>
      </TextField>
      <TextField
        select
        label={t('list.category')}
        value={filter.category}
        onChange={(event) => onChange({ ...filter, category: event.target.value })}
        sx={{ flex: 1, minWidth: 180 }}
        slotProps={{
          inputLabel: { shrink: true },
          select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'category-filter' } as object },
        }}
      >
        <MenuItem value="">{t('list.allCategories')}</MenuItem>
        {categories.map((category) => (
          <MenuItem key={category.key} value={category.key}>
            {category.label}
          </MenuItem>
        ))}
      </TextField>
      {tags.length > 0 && <TagFilter filter={filter} onChange={onChange} tags={tags} />}
    </Stack>
  );
};
