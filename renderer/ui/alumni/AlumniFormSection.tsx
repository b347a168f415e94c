import {
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  IconButton,
  Stack,
  TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  cooperationInterests,
  type CooperationInterest,
  type EducationEntry,
  type Person,
} from '../../../shared/model';
import { alumniProfileOf, type AlumniProfile } from '../../alumni/alumniProfileOf';
import { FieldRow, FormSection } from '../common/FormSection';
import { formatDate } from '../common/formatting';

const emptyEducation: EducationEntry = {
  institution: '',
  programme: '',
  startYear: '',
  degree: '',
  graduationYear: '',
};

const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

type Props = {
  values: Partial<Person>;
  setField: <K extends keyof AlumniProfile>(name: K, value: Person[K]) => void;
  messageFor: (path: string) => string | undefined;
};

/** The alumni part of the person form: education records, employer, interests, note and the removal request. */
export const AlumniFormSection = ({ values, setField, messageFor }: Props) => {
  const { t, i18n } = useTranslation();
  const profile = alumniProfileOf(values as Person);
  const setEducation = (index: number, key: keyof EducationEntry, value: string) =>
    setField(
      'educations',
      profile.educations.map((entry, at) => (at === index ? { ...entry, [key]: value } : entry)),
    );
  const educationField = (index: number, key: keyof EducationEntry, isYear = false) => (
    <TextField
      name={`educations.${index}.${key}`}
      label={t(`alumni.${key}`)}
      value={profile.educations[index]![key]}
      onChange={(event) => setEducation(index, key, event.target.value)}
      error={Boolean(messageFor(`educations.${index}.${key}`))}
      helperText={messageFor(`educations.${index}.${key}`)}
      slotProps={isYear ? { htmlInput: { inputMode: 'numeric', maxLength: 4 } } : undefined}
      sx={isYear ? { maxWidth: 160 } : undefined}
    />
  );
  const toggleInterest = (key: CooperationInterest, isChecked: boolean) =>
    setField(
      'cooperationInterests',
      cooperationInterests.filter((option) =>
        option === key ? isChecked : profile.cooperationInterests.includes(option),
      ),
    );
  return (
    <FormSection title={t('alumni.section')}>
      <FormLabel component="legend">{t('alumni.educations')}</FormLabel>
      {profile.educations.map((_, index) => (
        <Stack key={index} spacing={1} data-testid={`education-${index}`}>
          <FieldRow>
            {educationField(index, 'institution')}
            {educationField(index, 'programme')}
          </FieldRow>
          <FieldRow>
            {educationField(index, 'degree')}
            {educationField(index, 'startYear', true)}
            {educationField(index, 'graduationYear', true)}
            <IconButton
              aria-label={t('alumni.removeEducation')}
              onClick={() =>
                setField(
                  'educations',
                  profile.educations.filter((__, at) => at !== index),
                )
              }
            >
              ×
            </IconButton>
          </FieldRow>
        </Stack>
      ))}
      <div>
        <Button
          variant="outlined"
          onClick={() => setField('educations', [...profile.educations, emptyEducation])}
          data-testid="add-education"
        >
          {t('alumni.addEducation')}
        </Button>
      </div>
      <FieldRow>
        <TextField
          name="employer"
          label={t('alumni.employer')}
          value={profile.employer}
          onChange={(event) => setField('employer', event.target.value)}
          error={Boolean(messageFor('employer'))}
          helperText={messageFor('employer')}
        />
        <TextField
          name="jobTitle"
          label={t('alumni.jobTitle')}
          value={profile.jobTitle}
          onChange={(event) => setField('jobTitle', event.target.value)}
          error={Boolean(messageFor('jobTitle'))}
          helperText={messageFor('jobTitle') ?? t('alumni.jobTitleHelp')}
        />
      </FieldRow>
      <FormLabel component="legend">{t('alumni.interests')}</FormLabel>
      <FormGroup data-testid="alumni-interest-checkboxes">
        {cooperationInterests.map((key) => (
          <FormControlLabel
            key={key}
            control={
              <Checkbox
                name={`cooperationInterests.${key}`}
                checked={profile.cooperationInterests.includes(key)}
                onChange={(event) => toggleInterest(key, event.target.checked)}
              />
            }
            label={t(`alumni.interest.${key}`)}
          />
        ))}
      </FormGroup>
      <TextField
        name="alumniNote"
        label={t('alumni.note')}
        value={profile.alumniNote}
        onChange={(event) => setField('alumniNote', event.target.value)}
        multiline
        minRows={3}
        error={Boolean(messageFor('alumniNote'))}
        helperText={messageFor('alumniNote')}
      />
      <FormControlLabel
        control={
          <Checkbox
            name="removalRequested"
            checked={profile.removalRequestedAt !== ''}
            onChange={(event) => setField('removalRequestedAt', event.target.checked ? todayIso() : '')}
          />
        }
        label={
          profile.removalRequestedAt
            ? t('alumni.removalRequested', { date: formatDate(profile.removalRequestedAt, i18n.language) })
            : t('alumni.removalRequest')
        }
      />
    </FormSection>
  );
};
