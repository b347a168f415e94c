import { Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentCoverage } from '../../../shared/consent/consentCoverage';
import {
  consentFeatureKey,
  consentSettingsOf,
  customPurposeKey,
  type ConsentPurposeOption,
} from '../../../shared/consent/consentPurposes';
import { useStore } from '../../app/AppContext';
import { useConsentIndex } from '../../consent/useConsentIndex';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { saveRegisterConfig } from '../../registerConfig/registerConfigActions';
import { useMayManageVocabulary } from '../../tags/useMayManageVocabulary';
import { FormSection } from '../common/FormSection';
import { FeatureReadOnlyNote } from '../settings/FeatureReadOnlyNote';

/**
 * Settings → consent purposes: enable or disable, add custom ones, and see how many consents each has.
 * The purposes are register-wide (a synced record): on a connected register only an admin changes them.
 */
export const ConsentPurposeSettings = () => {
  const { t } = useTranslation();
  const store = useStore();
  const isReadOnly = !useMayManageVocabulary();
  const { purposes, labelOf } = useConsentPurposes();
  const { index } = useConsentIndex();
  const [draft, setDraft] = useState('');
  const [isDuplicate, setDuplicate] = useState(false);
  const activeIds = [...store.people.values()].filter((p) => p.status === 'active').map((p) => p.id);
  const coverage = new Map(
    consentCoverage(
      purposes.map((p) => p.key),
      activeIds,
      index,
    ).map((row) => [row.purpose, row]),
  );

  const save = (next: ConsentPurposeOption[]) =>
    saveRegisterConfig(store, consentFeatureKey, {
      ...consentSettingsOf(store.settings()),
      purposes: next,
    });
  const add = async () => {
    const label = draft.trim().replace(/\s+/g, ' ');
    if (label === '') return;
    if (purposes.some((purpose) => labelOf(purpose.key).toLowerCase() === label.toLowerCase())) {
      setDuplicate(true);
      return;
    }
    await save([
      ...purposes,
      { key: customPurposeKey(crypto.randomUUID()), label, isBuiltIn: false, isEnabled: true },
    ]);
    setDraft('');
  };

  return (
    <FormSection title={t('consent.settings.title')}>
      <Typography variant="body2" color="text.secondary">
        {t('consent.settings.text')}
      </Typography>
      {isReadOnly && <FeatureReadOnlyNote feature="consent" />}
      <Box data-testid="consent-purposes">
        {purposes.map((purpose) => {
          const counts = coverage.get(purpose.key);
          return (
            <Stack key={purpose.key} direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <FormControlLabel
                sx={{ minWidth: 240 }}
                control={
                  <Checkbox
                    checked={purpose.isEnabled}
                    disabled={isReadOnly}
                    onChange={(event) =>
                      void save(
                        purposes.map((p) =>
                          p.key === purpose.key ? { ...p, isEnabled: event.target.checked } : p,
                        ),
                      )
                    }
                  />
                }
                label={labelOf(purpose.key)}
              />
              {counts ? (
                <Typography variant="body2" color="text.secondary" data-testid="purpose-coverage">
                  {t('consent.settings.coverage', counts)}
                </Typography>
              ) : null}
            </Stack>
          );
        })}
      </Box>
      {!isReadOnly && (
        <Stack direction="row" spacing={1} sx={{ maxWidth: 480 }}>
          <TextField
            name="newPurpose"
            label={t('consent.settings.newPurpose')}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              setDuplicate(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void add();
              }
            }}
            error={isDuplicate}
            helperText={isDuplicate ? t('consent.settings.purposeExists') : undefined}
            slotProps={{ htmlInput: { maxLength: 60, autoComplete: 'off' } }}
          />
          <Button
            variant="outlined"
            onClick={() => void add()}
            sx={{ flex: 'none' }}
            data-testid="add-purpose"
          >
            {t('consent.settings.addPurpose')}
          </Button>
        </Stack>
      )}
    </FormSection>
  );
};
