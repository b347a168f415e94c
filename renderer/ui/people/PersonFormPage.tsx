import { TagPicker } from '../tags/TagPicker';
import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/model';
import { contactLanguages, defaultUnit, emptyAlumniProfile } from '../../../shared/model';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { savePerson } from '../../state/registerActions';
import { AlumniFormSection } from '../alumni/AlumniFormSection';
import { CategoryField } from '../common/CategoryField';
import { CountryField } from '../common/CountryField';
import { ContactEditors } from '../common/ContactEditors';
import { FieldRow, FormSection } from '../common/FormSection';
import { NotFound } from '../common/NotFound';
import { RecordFormFrame } from '../common/RecordFormFrame';
import { TextListField } from '../common/TextListField';
import { useRecordForm } from '../common/useRecordForm';
import { useIsProcessingRestricted } from '../../rights/useRestrictedPeople';
import { RestrictionBanner } from '../rights/RestrictedBadge';

export type PersonDraft = Omit<Person, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export const emptyPerson: PersonDraft = {
  owningUnit: defaultUnit,
  firstNames: '',
  lastName: '',
  formerLastNames: [],
  preferredName: '',
  birthDate: '',
  title: '',
  categories: [],
  tags: [],
  contactLanguage: '',
  nationality: '',
  emails: [{ kind: 'work', address: '' }],
  phones: [{ kind: 'mobile', number: '' }],
  addresses: [],
  links: [],
  notes: '',
  ...emptyAlumniProfile,
  createdBy: '',
  updatedBy: '',
};

export const PersonFormPage = ({ id }: { id?: string }) => {
  const store = useStore();
  const existing = id ? store.people.get(id) : undefined;
  const { t } = useTranslation();
  const restriction = useIsProcessingRestricted(id ?? '');
  if (id && existing && (restriction.isRestricted || restriction.isLoading))
    return restriction.isLoading ? null : <RestrictionBanner />;
  if (id && (!existing || existing.status === 'passive')) {
    return existing ? (
      <NotFound text={t('detail.passiveBanner')} />
    ) : (
      <NotFound text={t('people.notFound')} />
    );
  }
  return <PersonForm existing={existing} key={existing?.id ?? 'new'} />;
};

const PersonForm = ({ existing }: { existing: Person | undefined }) => {
  const { t } = useTranslation();
  const store = useStore();
  const form = useRecordForm<PersonDraft>(existing ? { ...existing } : emptyPerson);
  const { values, setField, messageFor } = form;
  const text = (
    name: keyof PersonDraft & string,
    props: { isRequired?: boolean; multiline?: boolean; type?: string } = {},
  ) => (
    <TextField
      name={name}
      label={t(`fields.${name}` as 'fields.firstNames')}
      value={values[name] as string}
      onChange={(event) => setField(name, event.target.value as never)}
      required={props.isRequired}
      multiline={props.multiline}
      minRows={props.multiline ? 4 : undefined}
      type={props.type}
      error={Boolean(messageFor(name))}
      helperText={messageFor(name) ?? (name === 'notes' ? t('fields.notesHelp') : undefined)}
      slotProps={props.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    />
  );
  return (
    <RecordFormFrame
      title={existing ? t('people.editTitle') : t('people.createTitle')}
      isDirty={form.isDirty}
      onSave={() => savePerson(store, existing, values)}
      onSaved={(id) => {
        form.setDirty(false);
        navigate({ page: 'person', id }, { replace: !existing });
      }}
      onCancel={() =>
        existing ? navigate({ page: 'person', id: existing.id }) : navigate({ page: 'people' })
      }
      onIssues={form.setIssues}
    >
      <FormSection title={t('sections.basic')}>
        <FieldRow>
          {text('firstNames', { isRequired: true })}
          {text('lastName', { isRequired: true })}
        </FieldRow>
        <FieldRow>
          {text('preferredName')}
          <TextListField
            name="formerLastNames"
            label={t('fields.formerLastNames')}
            helperText={t('fields.formerLastNamesHelp')}
            value={values.formerLastNames}
            onChange={(next) => setField('formerLastNames', next)}
            error={messageFor('formerLastNames')}
          />
        </FieldRow>
        <FieldRow>
          {text('title')}
          {text('birthDate', { type: 'date' })}
        </FieldRow>
      </FormSection>
      <FormSection title={t('sections.contact')}>
        <ContactEditors
          values={values}
          setField={setField}
          messageFor={messageFor}
          order={['emails', 'phones', 'addresses', 'links']}
        />
        <FieldRow>
          <TextField
            select
            name="contactLanguage"
            label={t('fields.contactLanguage')}
            value={values.contactLanguage}
            onChange={(event) =>
              setField('contactLanguage', event.target.value as PersonDraft['contactLanguage'])
            }
          >
            {contactLanguages.map((language) => (
              <MenuItem key={language} value={language}>
                {t(`contactLanguages.${language || 'none'}` as 'contactLanguages.fi')}
              </MenuItem>
            ))}
          </TextField>
          <CountryField
            name="nationality"
            label={t('fields.nationality')}
            value={values.nationality}
            onChange={(code) => setField('nationality', code)}
            error={messageFor('nationality')}
          />
        </FieldRow>
      </FormSection>
      <FormSection title={t('sections.classification')}>
        <CategoryField
          scope="person"
          label={t('fields.categories')}
          value={values.categories}
          onChange={(next) => setField('categories', next)}
          error={messageFor('categories')}
        />
        <TagPicker
          scope="person"
          value={values.tags}
          onChange={(next) => setField('tags', next)}
          error={messageFor('tags')}
        />
      </FormSection>
      <FormSection title={t('sections.notes')}>{text('notes', { multiline: true })}</FormSection>
      <AlumniFormSection values={values} setField={setField} messageFor={messageFor} />
    </RecordFormFrame>
  );
};
