import { Description } from '@mui/icons-material';
import {
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  legalBases,
  localisedFields,
  maxLengthOf,
  noticeLanguages,
  registerDescriptionOf,
  requiredFieldsOf,
  shortFields,
  transferChoices,
  registerDescriptionFeatureKey,
  validateRegisterDescription,
  type DescriptionIssue,
  type LocalisedField,
  type NoticeLanguage,
  type RegisterDescription,
  type TransferChoice,
} from '../../../shared/notice/registerDescription';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { saveRegisterConfig } from '../../registerConfig/registerConfigActions';
import { useMayManageVocabulary } from '../../tags/useMayManageVocabulary';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { FormSection } from '../common/FormSection';
import { FeatureReadOnlyNote } from '../settings/FeatureReadOnlyNote';
import { leaveUnsavedChanges, setUnsavedChangesGuard } from '../common/unsavedChangesGuard';

const fieldsWithHelp: readonly LocalisedField[] = [
  'contactPersons',
  'dataProtectionOfficer',
  'dataSubjects',
  'sources',
  'recipients',
  'retentionDetails',
];

const visibleFields = (description: RegisterDescription): LocalisedField[] =>
  localisedFields.filter(
    (field) => field !== 'transferSafeguards' || description.transfers === 'withSafeguards',
  );

/**
 * Settings → Register description: the controller's texts for the privacy notice, one tab per notice
 * language. Empty texts may be saved (the notice marks them); only invalid input blocks saving.
 */
export const RegisterDescriptionSettings = () => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const [draft, setDraft] = useState<RegisterDescription>(() => registerDescriptionOf(store.settings()));
  const [language, setLanguage] = useState<NoticeLanguage>('fi');
  const [issues, setIssues] = useState<DescriptionIssue[]>([]);
  const [isSaving, setSaving] = useState(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  // Register-wide (a synced record): on a connected register only an admin edits it.
  const isReadOnly = !useMayManageVocabulary();
  const stored = registerDescriptionOf(store.settings());
  const storedText = JSON.stringify(stored);
  // The stored description the draft started from: when another device's change arrives and nothing
  // was typed here, the form follows it instead of reading as unsaved changes (adjusted while
  // rendering, as React advises for state derived from a changed input).
  const [baseText, setBaseText] = useState(storedText);
  if (storedText !== baseText) {
    setBaseText(storedText);
    if (JSON.stringify(validateRegisterDescription(draft).value) === baseText)
      setDraft(JSON.parse(storedText) as RegisterDescription);
  }
  const isDirty = JSON.stringify(validateRegisterDescription(draft).value) !== storedText;

  // Typed texts are not lost by leaving Settings (or opening the notice) before saving: leaving asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    setUnsavedChangesGuard((proceed) => setPendingLeave(() => proceed));
    return () => {
      window.removeEventListener('beforeunload', warn);
      setUnsavedChangesGuard(null);
    };
  }, [isDirty]);

  const required = new Set(requiredFieldsOf(draft));
  const emptyIn = (tabLanguage: NoticeLanguage) =>
    [...required].filter((field) => draft[field][tabLanguage].trim() === '').length;
  const issueText = (field: DescriptionIssue['field'], issueLanguage?: NoticeLanguage) => {
    const issue = issues.find(
      (candidate) => candidate.field === field && candidate.language === issueLanguage,
    );
    return issue ? t(`validation.${issue.code}`, issue.params ?? {}) : undefined;
  };
  const change = (
    next: RegisterDescription,
    field: DescriptionIssue['field'],
    issueLanguage?: NoticeLanguage,
  ) => {
    setDraft(next);
    setIssues((current) =>
      current.filter((issue) => issue.field !== field || issue.language !== issueLanguage),
    );
  };
  const setText = (field: LocalisedField, value: string) =>
    change({ ...draft, [field]: { ...draft[field], [language]: value } }, field, language);

  const save = async () => {
    const { value, issues: found } = validateRegisterDescription(draft);
    setIssues(found);
    if (found.length > 0) {
      const first = found[0];
      if (first?.language) setLanguage(first.language);
      notify(t('notice.settings.notSaved'), 'error');
      return;
    }
    setSaving(true);
    try {
      const result = await saveRegisterConfig(store, registerDescriptionFeatureKey, value);
      if (!result.isSaved) {
        notify(t('notice.settings.notSaved'), 'error');
        return;
      }
      setDraft(value);
      notify(t('notice.settings.saved'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormSection title={t('notice.settings.title')}>
      <Stack spacing={2} data-testid="register-description">
        <Typography variant="body2" color="text.secondary">
          {t('notice.settings.intro')}
        </Typography>
        {isReadOnly && <FeatureReadOnlyNote feature="registerDescription" />}
        <Box>
          <Button
            variant="outlined"
            startIcon={<Description />}
            href={routeToHash({ page: 'privacyNotice' })}
            onClick={(event) => {
              if (!isDirty) return;
              event.preventDefault();
              leaveUnsavedChanges(() => {
                window.location.hash = routeToHash({ page: 'privacyNotice' });
              });
            }}
            data-testid="open-privacy-notice"
          >
            {t('notice.settings.openNotice')}
          </Button>
        </Box>
        <TextField
          disabled={isReadOnly}
          name="businessId"
          label={t('notice.fields.businessId')}
          value={draft.businessId}
          onChange={(event) => change({ ...draft, businessId: event.target.value }, 'businessId')}
          error={issueText('businessId') !== undefined}
          helperText={issueText('businessId')}
          slotProps={{ htmlInput: { maxLength: 20 } }}
          sx={{ maxWidth: 320 }}
        />
        <FormControl component="fieldset" disabled={isReadOnly}>
          <FormLabel component="legend">{t('notice.settings.legalBasesLegend')}</FormLabel>
          <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
            {legalBases.map((basis) => (
              <FormControlLabel
                key={basis}
                control={
                  <Checkbox
                    name={`legalBasis-${basis}`}
                    checked={draft.legalBases.includes(basis)}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        legalBases: event.target.checked
                          ? [...draft.legalBases, basis]
                          : draft.legalBases.filter((candidate) => candidate !== basis),
                      })
                    }
                  />
                }
                label={t(`notice.settings.legalBases.${basis}`)}
              />
            ))}
          </FormGroup>
        </FormControl>
        <FormControl component="fieldset" disabled={isReadOnly}>
          <FormLabel component="legend">{t('notice.settings.transfersLegend')}</FormLabel>
          <RadioGroup
            name="transfers"
            value={draft.transfers}
            onChange={(event) => setDraft({ ...draft, transfers: event.target.value as TransferChoice })}
          >
            {transferChoices.map((choice) => (
              <FormControlLabel
                key={choice}
                value={choice}
                control={<Radio />}
                label={t(`notice.settings.transfers.${choice}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tabs
            value={language}
            onChange={(_event, next: NoticeLanguage) => setLanguage(next)}
            aria-label={t('notice.settings.textsIn')}
            variant="scrollable"
          >
            {noticeLanguages.map((tabLanguage) => {
              const empty = emptyIn(tabLanguage);
              return (
                <Tab
                  key={tabLanguage}
                  value={tabLanguage}
                  data-testid={`description-tab-${tabLanguage}`}
                  sx={{ textTransform: 'none', alignItems: 'flex-start' }}
                  label={
                    <Stack sx={{ alignItems: 'flex-start' }}>
                      <span>{t(`notice.settings.tab.${tabLanguage}`)}</span>
                      {empty > 0 ? (
                        <Typography variant="caption" color="warning.main">
                          {t('notice.settings.emptyInTab', { count: empty })}
                        </Typography>
                      ) : null}
                    </Stack>
                  }
                />
              );
            })}
          </Tabs>
        </Box>
        <Stack spacing={2} role="tabpanel" aria-label={t(`notice.settings.tab.${language}`)} key={language}>
          {visibleFields(draft).map((field) => {
            const error = issueText(field, language);
            const isEmptyRequired = required.has(field) && draft[field][language].trim() === '';
            const help = fieldsWithHelp.includes(field)
              ? t(`notice.settings.help.${field as 'sources'}`)
              : undefined;
            return (
              <TextField
                disabled={isReadOnly}
                key={field}
                name={`${field}.${language}`}
                label={t(`notice.fields.${field}`)}
                value={draft[field][language]}
                onChange={(event) => setText(field, event.target.value)}
                multiline={!shortFields.includes(field)}
                minRows={shortFields.includes(field) ? undefined : 2}
                error={error !== undefined}
                color={isEmptyRequired ? 'warning' : undefined}
                helperText={
                  error ??
                  (isEmptyRequired
                    ? `${t('notice.settings.neededForNotice')}${help ? ` · ${help}` : ''}`
                    : help)
                }
                slotProps={{ htmlInput: { lang: language, maxLength: maxLengthOf(field) } }}
              />
            );
          })}
        </Stack>
        {!isReadOnly && (
          <Box>
            <Button
              variant="contained"
              onClick={() => void save()}
              disabled={isSaving}
              data-testid="save-description"
            >
              {t('notice.settings.save')}
            </Button>
          </Box>
        )}
      </Stack>
      <ConfirmDialog
        isOpen={pendingLeave !== null}
        title={t('form.unsavedChanges')}
        text=""
        confirmLabel={t('form.leave')}
        isDestructive
        onConfirm={() => {
          const proceed = pendingLeave;
          setPendingLeave(null);
          proceed?.();
        }}
        onClose={() => setPendingLeave(null)}
      />
    </FormSection>
  );
};
