import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { centsToInput, parseEuros } from '../../../shared/events/money';
import { validateEvent } from '../../../shared/events/validateEventRecords';
import { eventTypes, type KontaktEvent } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { saveEvent } from '../../events/eventActions';
import { todayIso, validationContextFor } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { FieldRow, FormSection } from '../common/FormSection';
import { NotFound } from '../common/NotFound';
import { RecordFormFrame } from '../common/RecordFormFrame';
import { useRecordForm } from '../common/useRecordForm';
import { personNames } from './personNames';

/** Form values as typed: money and counts stay text until saving, so "1 234,50" can be typed freely. */
type EventFormValues = {
  name: string;
  type: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  priceCents: string;
  capacity: string;
  description: string;
};

const toFormValues = (event: KontaktEvent | undefined, language: string): EventFormValues => ({
  name: event?.name ?? '',
  type: event?.type ?? 'course',
  startDate: event?.startDate ?? todayIso(),
  startTime: event?.startTime ?? '',
  endDate: event?.endDate ?? '',
  endTime: event?.endTime ?? '',
  place: event?.place ?? '',
  priceCents: centsToInput(event?.priceCents ?? null, language),
  capacity: event?.capacity === null || event?.capacity === undefined ? '' : String(event.capacity),
  description: event?.description ?? '',
});

/**
 * The typed values in the model's shape. A price that is no sum of euros (letters, a third decimal)
 * goes on as NaN, which the model reports as "not a number" rather than as a fraction of a cent.
 */
const toInput = (values: EventFormValues) => {
  const price = parseEuros(values.priceCents);
  return { ...values, priceCents: price === 'invalid' ? Number.NaN : price };
};

export const EventFormPage = ({ id }: { id?: string }) => {
  const { t } = useTranslation();
  const { records, isLoading } = useLiveRecords('events', id ? { id } : { id: '' }, id ?? '');
  if (!id) return <EventForm existing={undefined} />;
  if (isLoading) return null;
  const existing = records[0];
  if (!existing || existing.status === 'passive')
    return <NotFound text={existing ? t('detail.passiveBanner') : t('events.notFound')} />;
  return <EventForm existing={existing} />;
};

const EventForm = ({ existing }: { existing: KontaktEvent | undefined }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const form = useRecordForm<EventFormValues>(toFormValues(existing, i18n.language));
  const { values, setField, messageFor } = form;

  // Checked when the user leaves a field, so a mistake shows at the field before saving.
  const checkField = (name: keyof EventFormValues) => {
    const outcome = validateEvent(toInput(values), validationContextFor(store));
    const own = outcome.issues.filter((issue) => issue.path === name);
    form.setIssues([...form.issues.filter((issue) => issue.path !== name), ...own]);
  };

  const field = (
    name: keyof EventFormValues,
    props: { isRequired?: boolean; type?: string; multiline?: boolean; helper?: string } = {},
  ) => (
    <TextField
      name={name}
      label={t(`events.fields.${name === 'priceCents' ? 'price' : name}`)}
      value={values[name]}
      type={props.type}
      onChange={(event) => setField(name, event.target.value)}
      onBlur={() => checkField(name)}
      required={props.isRequired}
      multiline={props.multiline}
      minRows={props.multiline ? 4 : undefined}
      error={Boolean(messageFor(name))}
      helperText={messageFor(name) ?? props.helper}
      autoComplete="off"
      slotProps={props.type ? { inputLabel: { shrink: true } } : undefined}
    />
  );

  return (
    <RecordFormFrame
      title={existing ? t('events.editTitle') : t('events.createTitle')}
      isDirty={form.isDirty}
      onSave={async () => {
        const result = await saveEvent(store, existing, toInput(values));
        if (result.isSaved && result.promoted && result.promoted.length > 0)
          notify(t('events.promoted', { names: personNames(store, result.promoted) }), 'info');
        return result;
      }}
      onSaved={(id) => {
        form.setDirty(false);
        navigate({ page: 'event', id }, { replace: !existing });
      }}
      onCancel={() =>
        existing ? navigate({ page: 'event', id: existing.id }) : navigate({ page: 'events' })
      }
      onIssues={form.setIssues}
    >
      <FormSection title={t('events.sections.basic')}>
        {field('name', { isRequired: true })}
        <TextField
          select
          name="type"
          label={t('events.fields.type')}
          value={values.type}
          onChange={(event) => setField('type', event.target.value)}
          required
          error={Boolean(messageFor('type'))}
          helperText={messageFor('type')}
        >
          {eventTypes.map((key) => (
            <MenuItem key={key} value={key}>
              {t(`events.types.${key}`)}
            </MenuItem>
          ))}
        </TextField>
      </FormSection>
      <FormSection title={t('events.sections.time')}>
        <FieldRow>
          {field('startDate', { isRequired: true, type: 'date' })}
          {field('startTime', { type: 'time' })}
        </FieldRow>
        <FieldRow>
          {field('endDate', { type: 'date' })}
          {field('endTime', { type: 'time' })}
        </FieldRow>
        {field('place')}
      </FormSection>
      <FormSection title={t('events.sections.registration')}>
        <FieldRow>
          {field('priceCents', { helper: t('events.fields.priceHelp') })}
          {field('capacity', { helper: t('events.fields.capacityHelp') })}
        </FieldRow>
      </FormSection>
      <FormSection title={t('events.sections.description')}>
        {field('description', { multiline: true })}
      </FormSection>
    </RecordFormFrame>
  );
};
