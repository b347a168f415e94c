import { TagPicker } from '../tags/TagPicker';
import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/model';
import { defaultUnit, sectors } from '../../../shared/model';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { saveOrganisation } from '../../state/registerActions';
import { CategoryField } from '../common/CategoryField';
import { ContactEditors } from '../common/ContactEditors';
import { FieldRow, FormSection } from '../common/FormSection';
import { NotFound } from '../common/NotFound';
import { RecordFormFrame } from '../common/RecordFormFrame';
import { TextListField } from '../common/TextListField';
import { useRecordForm } from '../common/useRecordForm';

export type OrganisationDraft = Omit<Organisation, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export const emptyOrganisation: OrganisationDraft = {
  owningUnit: defaultUnit,
  name: '',
  businessId: '',
  sector: '',
  industry: '',
  departments: [],
  categories: [],
  tags: [],
  emails: [{ kind: 'work', address: '' }],
  phones: [{ kind: 'work', number: '' }],
  addresses: [{ kind: 'postal', street: '', postalCode: '', city: '', country: 'FI' }],
  links: [{ kind: 'website', url: '' }],
  notes: '',
  createdBy: '',
  updatedBy: '',
};

export const OrganisationFormPage = ({ id }: { id?: string }) => {
  const store = useStore();
  const { t } = useTranslation();
  const existing = id ? store.organisations.get(id) : undefined;
  if (id && (!existing || existing.status === 'passive')) {
    return <NotFound text={existing ? t('detail.passiveBanner') : t('organisations.notFound')} />;
  }
  return <OrganisationForm existing={existing} key={existing?.id ?? 'new'} />;
};

const OrganisationForm = ({ existing }: { existing: Organisation | undefined }) => {
  const { t } = useTranslation();
  const store = useStore();
  const form = useRecordForm<OrganisationDraft>(existing ? { ...existing } : emptyOrganisation);
  const { values, setField, messageFor } = form;
  const text = (
    name: 'name' | 'businessId' | 'industry' | 'notes',
    props: { isRequired?: boolean; multiline?: boolean } = {},
  ) => (
    <TextField
      name={name}
      label={t(`fields.${name}`)}
      value={values[name]}
      onChange={(event) => setField(name, event.target.value)}
      required={props.isRequired}
      multiline={props.multiline}
      minRows={props.multiline ? 4 : undefined}
      error={Boolean(messageFor(name))}
      helperText={messageFor(name) ?? (name === 'notes' ? t('fields.notesHelp') : undefined)}
    />
  );
  return (
    <RecordFormFrame
      title={existing ? t('organisations.editTitle') : t('organisations.createTitle')}
      isDirty={form.isDirty}
      onSave={() => saveOrganisation(store, existing, values)}
      onSaved={(id) => {
        form.setDirty(false);
        navigate({ page: 'organisation', id }, { replace: !existing });
      }}
      onCancel={() =>
        existing ? navigate({ page: 'organisation', id: existing.id }) : navigate({ page: 'organisations' })
      }
      onIssues={form.setIssues}
    >
      <FormSection title={t('sections.basic')}>
        {text('name', { isRequired: true })}
        <FieldRow>
          {text('businessId')}
          <TextField
            select
            name="sector"
            label={t('fields.sector')}
            value={values.sector}
            onChange={(event) => setField('sector', event.target.value as OrganisationDraft['sector'])}
          >
            {sectors.map((sector) => (
              <MenuItem key={sector} value={sector}>
                {t(`sectors.${sector || 'none'}` as 'sectors.private')}
              </MenuItem>
            ))}
          </TextField>
        </FieldRow>
        <FieldRow>
          {text('industry')}
          <TextListField
            name="departments"
            label={t('fields.departments')}
            helperText={t('fields.departmentsHelp')}
            value={values.departments}
            onChange={(next) => setField('departments', next)}
            error={messageFor('departments')}
          />
        </FieldRow>
      </FormSection>
      <FormSection title={t('sections.contact')}>
        <ContactEditors
          values={values}
          setField={setField}
          messageFor={messageFor}
          order={['addresses', 'emails', 'phones', 'links']}
        />
      </FormSection>
      <FormSection title={t('sections.classification')}>
        <CategoryField
          scope="organisation"
          label={t('fields.categories')}
          value={values.categories}
          onChange={(next) => setField('categories', next)}
          error={messageFor('categories')}
        />
        <TagPicker
          scope="organisation"
          value={values.tags}
          onChange={(next) => setField('tags', next)}
          error={messageFor('tags')}
        />
      </FormSection>
      <FormSection title={t('sections.notes')}>{text('notes', { multiline: true })}</FormSection>
    </RecordFormFrame>
  );
};
