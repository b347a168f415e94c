import { Autocomplete, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypes } from '../../../shared/model';
import { relationTypesOf } from '../../../shared/relations/relationTypes';
import {
  segmentConsentStates,
  segmentEventModes,
  type SegmentCondition,
} from '../../../shared/segments/segmentTypes';
import { useStore } from '../../app/AppContext';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { useLiveRecords } from '../../state/useLiveRecords';
import { personDisplayName } from '../../state/recordLabels';
import { useTags } from '../../tags/useTags';
import { useRelationLabel } from '../relations/RelationsPanel';

type RecordCondition = Extract<SegmentCondition, { kind: 'tag' | 'relation' | 'consent' | 'event' }>;

export const recordConditionKinds: readonly RecordCondition['kind'][] = [
  'tag',
  'relation',
  'consent',
  'event',
];

export const emptyRecordCondition = (kind: RecordCondition['kind']): RecordCondition => {
  switch (kind) {
    case 'tag':
      return { kind, tagIds: [] };
    case 'relation':
      return { kind, typeKey: 'boardMemberOf', targetId: '' };
    case 'consent':
      return { kind, purpose: 'newsletter', state: 'given' };
    case 'event':
      return { kind, mode: 'registered', eventId: '', eventType: '' };
  }
};

/** The translation key of a condition kind's name: these kinds' names live in the tags texts. */
export const conditionKindLabelKey = (kind: SegmentCondition['kind']): string =>
  recordConditionKinds.includes(kind as RecordCondition['kind'])
    ? `tags.segments.${kind}`
    : `stats.segments.kinds.${kind}`;

const Select = ({
  label,
  value,
  onChange,
  testId,
  children,
  multiple = false,
}: {
  label: string;
  value: string | string[];
  onChange: (value: string) => void;
  testId: string;
  children: ReactNode;
  multiple?: boolean;
}) => (
  <TextField
    fullWidth={false}
    select
    size="small"
    label={label}
    value={value}
    sx={{ minWidth: 200 }}
    onChange={(event) => onChange(event.target.value)}
    slotProps={{ select: { multiple, SelectDisplayProps: { 'data-testid': testId } as object } }}
  >
    {children}
  </TextField>
);

/** Only the first matches of a large register are offered; typing narrows them. */
const maxTargetOptions = 50;

/** The values of the conditions over records beyond the person: tags, relations, consents, events. */
export const RecordConditionValues = ({
  condition,
  onChange,
  testId,
}: {
  condition: RecordCondition;
  onChange: (condition: SegmentCondition) => void;
  testId: string;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { tags } = useTags('person');
  const { purposes, labelOf: purposeLabel } = useConsentPurposes();
  const relationLabel = useRelationLabel();
  const { records: events } = useLiveRecords('events');
  const version = store.version();
  const targets = useMemo(
    () =>
      condition.kind !== 'relation'
        ? []
        : [
            ...[...store.organisations.values()].map((o) => ({ id: o.id, label: o.name })),
            ...[...store.people.values()].map((p) => ({ id: p.id, label: personDisplayName(p) })),
          ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the register's version says when records changed
    [condition.kind, store, version],
  );
  switch (condition.kind) {
    case 'tag':
      return (
        <Select
          multiple
          label={t('tags.field')}
          value={condition.tagIds}
          onChange={(next) => onChange({ ...condition, tagIds: next as unknown as string[] })}
          testId={`${testId}-values`}
        >
          {tags.map((tag) => (
            <MenuItem key={tag.id} value={tag.id}>
              {tag.label}
            </MenuItem>
          ))}
        </Select>
      );
    case 'relation': {
      const types = relationTypesOf(store.settings());
      const target = targets.find((option) => option.id === condition.targetId) ?? null;
      return (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, flex: 1 }}>
          <Select
            label={t('tags.segments.relationType')}
            value={condition.typeKey}
            onChange={(typeKey) => onChange({ ...condition, typeKey })}
            testId={`${testId}-relation-type`}
          >
            {types.map((type) => (
              <MenuItem key={type.key} value={type.key}>
                {relationLabel(type, true, type.key)}
              </MenuItem>
            ))}
          </Select>
          <Autocomplete
            size="small"
            sx={{ minWidth: 240, flex: 1 }}
            options={targets}
            value={target}
            filterOptions={(options, state) =>
              options
                .filter((option) => option.label.toLowerCase().includes(state.inputValue.toLowerCase()))
                .slice(0, maxTargetOptions)
            }
            isOptionEqualToValue={(option, value) => option.id === value.id}
            onChange={(_event, next) => onChange({ ...condition, targetId: next?.id ?? '' })}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('tags.segments.relationTarget')}
                placeholder={t('tags.segments.anyTarget')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            )}
          />
        </Stack>
      );
    }
    case 'consent':
      return (
        <Stack direction="row" spacing={1}>
          <Select
            label={t('tags.segments.purpose')}
            value={condition.purpose}
            onChange={(purpose) => onChange({ ...condition, purpose })}
            testId={`${testId}-purpose`}
          >
            {purposes.map((purpose) => (
              <MenuItem key={purpose.key} value={purpose.key}>
                {purposeLabel(purpose.key)}
              </MenuItem>
            ))}
          </Select>
          <Select
            label={t('tags.segments.consentState')}
            value={condition.state}
            onChange={(state) => onChange({ ...condition, state: state as typeof condition.state })}
            testId={`${testId}-consent-state`}
          >
            {segmentConsentStates.map((state) => (
              <MenuItem key={state} value={state}>
                {t(`tags.segments.states.${state}`)}
              </MenuItem>
            ))}
          </Select>
        </Stack>
      );
    case 'event': {
      // One select for "this event" or "any event of this type": values `event:<id>` and `type:<type>`.
      const target = condition.eventId ? `event:${condition.eventId}` : `type:${condition.eventType}`;
      return (
        <Stack direction="row" spacing={1}>
          <Select
            label={t('tags.segments.eventMode')}
            value={condition.mode}
            onChange={(mode) => onChange({ ...condition, mode: mode as typeof condition.mode })}
            testId={`${testId}-event-mode`}
          >
            {segmentEventModes.map((mode) => (
              <MenuItem key={mode} value={mode}>
                {t(`tags.segments.${mode === 'registered' ? 'registeredFor' : 'attended'}`)}
              </MenuItem>
            ))}
          </Select>
          <Select
            label={t('tags.segments.eventTarget')}
            value={target}
            onChange={(value) =>
              onChange(
                value.startsWith('event:')
                  ? { ...condition, eventId: value.slice(6), eventType: '' }
                  : { ...condition, eventId: '', eventType: value.slice(5) as typeof condition.eventType },
              )
            }
            testId={`${testId}-event`}
          >
            <MenuItem value="type:">{t('tags.segments.anyEvent')}</MenuItem>
            {eventTypes.map((type) => (
              <MenuItem key={type} value={`type:${type}`}>
                {t('tags.segments.anyEventOfType', { type: t(`events.types.${type}`) })}
              </MenuItem>
            ))}
            {[...events]
              .sort((a, b) => b.startDate.localeCompare(a.startDate))
              .map((event) => (
                <MenuItem key={event.id} value={`event:${event.id}`}>
                  {event.name}
                </MenuItem>
              ))}
          </Select>
        </Stack>
      );
    }
  }
};
