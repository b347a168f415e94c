import { Autocomplete, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactLanguages } from '../../../shared/model';
import { segmentConditionKinds } from '../../../shared/segments/segmentConditionKinds';
import type { SegmentCondition, SegmentConditionKind } from '../../../shared/segments/segmentTypes';
import { useStore } from '../../app/AppContext';
import { useCategoryOptions } from '../common/useCategoryOptions';
import { conditionKindLabelKey, emptyRecordCondition, RecordConditionValues } from './RecordConditionValues';

export const conditionKinds = Object.keys(segmentConditionKinds) as SegmentConditionKind[];

/** A fresh condition of a kind, with values a user then fills in. */
export const emptyCondition = (kind: SegmentConditionKind): SegmentCondition => {
  switch (kind) {
    case 'category':
      return { kind, categories: [] };
    case 'status':
      return { kind, status: 'active' };
    case 'contactLanguage':
      return { kind, languages: [] };
    case 'nationality':
      return { kind, countries: [] };
    case 'created':
    case 'updated':
      return { kind, from: '', to: '' };
    case 'hasEmail':
      return { kind, isPresent: true };
    case 'organisation':
      return { kind, organisationIds: [] };
    case 'tag':
    case 'relation':
    case 'consent':
    case 'event':
      return emptyRecordCondition(kind);
  }
};

const MultiSelect = ({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: readonly string[];
  options: readonly { key: string; label: string }[];
  onChange: (value: string[]) => void;
  testId: string;
}) => (
  <TextField
    fullWidth={false}
    select
    size="small"
    label={label}
    value={value}
    sx={{ minWidth: 220, flex: 1 }}
    onChange={(event) => onChange(event.target.value as unknown as string[])}
    slotProps={{
      select: {
        multiple: true,
        renderValue: (selected) =>
          (selected as string[])
            .map((key) => options.find((option) => option.key === key)?.label ?? key)
            .join(', '),
        SelectDisplayProps: { 'data-testid': testId } as object,
      },
    }}
  >
    {options.map((option) => (
      <MenuItem key={option.key} value={option.key}>
        {option.label}
      </MenuItem>
    ))}
  </TextField>
);

/** One condition: its kind and the values it takes. */
export const SegmentConditionEditor = ({
  condition,
  onChange,
  testId,
}: {
  condition: SegmentCondition;
  onChange: (condition: SegmentCondition) => void;
  testId: string;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const categories = useCategoryOptions('person', true);
  const organisations = useMemo(
    () =>
      [...store.organisations.values()]
        .map((organisation) => ({ id: organisation.id, label: organisation.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [store.organisations, store.organisations.size], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const values = (() => {
    switch (condition.kind) {
      case 'category':
        return (
          <MultiSelect
            label={t('stats.segments.values')}
            value={condition.categories}
            options={categories}
            onChange={(next) => onChange({ ...condition, categories: next })}
            testId={`${testId}-values`}
          />
        );
      case 'status':
        return (
          <TextField
            fullWidth={false}
            select
            size="small"
            label={t('stats.segments.values')}
            value={condition.status}
            sx={{ minWidth: 220 }}
            onChange={(event) =>
              onChange({ ...condition, status: event.target.value as 'active' | 'passive' })
            }
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${testId}-values` } as object } }}
          >
            <MenuItem value="active">{t('stats.segments.active')}</MenuItem>
            <MenuItem value="passive">{t('stats.segments.passive')}</MenuItem>
          </TextField>
        );
      case 'contactLanguage':
        return (
          <MultiSelect
            label={t('stats.segments.values')}
            value={condition.languages}
            options={contactLanguages.map((language) => ({
              key: language,
              label: t(`contactLanguages.${language || 'none'}` as never),
            }))}
            onChange={(next) => onChange({ ...condition, languages: next as typeof condition.languages })}
            testId={`${testId}-values`}
          />
        );
      case 'nationality':
        return (
          <TextField
            fullWidth={false}
            size="small"
            label={t('stats.segments.values')}
            helperText={t('stats.segments.countriesHelp')}
            defaultValue={condition.countries.join(', ')}
            sx={{ minWidth: 220, flex: 1 }}
            slotProps={{ htmlInput: { 'data-testid': `${testId}-values`, autoComplete: 'off' } }}
            onChange={(event) =>
              onChange({
                ...condition,
                countries: event.target.value
                  .split(',')
                  .map((country) => country.trim().toUpperCase())
                  .filter(Boolean),
              })
            }
          />
        );
      case 'created':
      case 'updated':
        return (
          <Stack direction="row" spacing={1}>
            {(['from', 'to'] as const).map((bound) => (
              <TextField
                fullWidth={false}
                key={bound}
                type="date"
                size="small"
                label={t(`stats.segments.${bound}`)}
                value={condition[bound]}
                onChange={(event) => onChange({ ...condition, [bound]: event.target.value })}
                slotProps={{
                  inputLabel: { shrink: true },
                  htmlInput: { 'data-testid': `${testId}-${bound}` },
                }}
              />
            ))}
          </Stack>
        );
      case 'hasEmail':
        return (
          <TextField
            fullWidth={false}
            select
            size="small"
            label={t('stats.segments.values')}
            value={condition.isPresent ? 'yes' : 'no'}
            sx={{ minWidth: 220 }}
            onChange={(event) => onChange({ ...condition, isPresent: event.target.value === 'yes' })}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${testId}-values` } as object } }}
          >
            <MenuItem value="yes">{t('stats.segments.hasEmailYes')}</MenuItem>
            <MenuItem value="no">{t('stats.segments.hasEmailNo')}</MenuItem>
          </TextField>
        );
      case 'organisation':
        return (
          <Autocomplete
            multiple
            size="small"
            sx={{ minWidth: 260, flex: 1 }}
            options={organisations}
            value={organisations.filter((option) => condition.organisationIds.includes(option.id))}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            onChange={(_event, next) =>
              onChange({ ...condition, organisationIds: next.map((item) => item.id) })
            }
            renderInput={(params) => (
              <TextField {...params} label={t('stats.segments.values')} data-testid={`${testId}-values`} />
            )}
          />
        );
      case 'tag':
      case 'relation':
      case 'consent':
      case 'event':
        return <RecordConditionValues condition={condition} onChange={onChange} testId={testId} />;
    }
  })();
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'flex-start', flex: 1 }}
    >
      <TextField
        fullWidth={false}
        select
        size="small"
        label={t('stats.segments.conditionKind')}
        value={condition.kind}
        sx={{ minWidth: 240 }}
        onChange={(event) => onChange(emptyCondition(event.target.value as SegmentConditionKind))}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${testId}-kind` } as object } }}
      >
        {conditionKinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(conditionKindLabelKey(kind) as never)}
          </MenuItem>
        ))}
      </TextField>
      {values}
    </Stack>
  );
};
