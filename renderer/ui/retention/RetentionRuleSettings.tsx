import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionRuleInWords } from '../../../shared/retention/retentionRuleText';
import {
  isBasisAllowed,
  maxRetentionAmount,
  retentionActions,
  retentionBases,
  retentionFeatureKey,
  retentionSettingsOf,
  retentionUnits,
  type RetentionAction,
  type RetentionBasis,
  type RetentionRule,
  type RetentionTarget,
  type RetentionUnit,
} from '../../../shared/retention/retentionSettings';
import { useStore } from '../../app/AppContext';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { useRetentionNames } from '../../retention/useRetentionNames';
import { saveRegisterConfig } from '../../registerConfig/registerConfigActions';
import { useMayManageVocabulary } from '../../tags/useMayManageVocabulary';
import { FormSection } from '../common/FormSection';
import { FeatureReadOnlyNote } from '../settings/FeatureReadOnlyNote';
import { useCategoryOptions } from '../common/useCategoryOptions';

type Draft = {
  id?: string;
  target: string;
  basis: RetentionBasis;
  amount: string;
  unit: RetentionUnit;
  action: RetentionAction;
};

const emptyDraft: Draft = {
  target: '',
  basis: 'lastActivity',
  amount: '',
  unit: 'years',
  action: 'passivate',
};

// A target as one select value: "category:<key>", "consent:<purpose>" or "eventParticipants".
const targetValue = (target: RetentionTarget): string =>
  target.kind === 'category'
    ? `category:${target.key}`
    : target.kind === 'consent'
      ? `consent:${target.purpose}`
      : target.kind;

const targetOfValue = (value: string): RetentionTarget | undefined => {
  if (value === 'eventParticipants') return { kind: 'eventParticipants' };
  const [kind, ...rest] = value.split(':');
  const key = rest.join(':');
  if (key === '') return undefined;
  if (kind === 'category') return { kind: 'category', key };
  if (kind === 'consent') return { kind: 'consent', purpose: key };
  return undefined;
};

const NativeSelect = ({
  name,
  label,
  value,
  onChange,
  error,
  children,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  children: ReactNode;
}) => (
  <TextField
    select
    name={name}
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    error={error !== undefined}
    helperText={error}
    slotProps={{
      inputLabel: { shrink: true },
      select: { native: true, inputProps: { 'data-testid': `retention-${name}` } },
    }}
  >
    {children}
  </TextField>
);

/**
 * Settings → retention rules: whom, how long from what, and what then; listed in words. The rules are
 * register-wide (a synced record): on a connected register only an admin changes them.
 */
export const RetentionRuleSettings = () => {
  const { t } = useTranslation();
  const store = useStore();
  const isReadOnly = !useMayManageVocabulary();
  const { rules } = retentionSettingsOf(store.settings());
  const { names, language } = useRetentionNames();
  const categories = useCategoryOptions('person');
  const { purposes, labelOf } = useConsentPurposes();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<{ target?: string; amount?: string; basis?: string }>({});

  const save = (next: RetentionRule[]) =>
    saveRegisterConfig(store, retentionFeatureKey, { ...retentionSettingsOf(store.settings()), rules: next });

  const submit = async () => {
    if (!draft) return;
    const target = targetOfValue(draft.target);
    const amount = Number(draft.amount);
    const isAmountValid = /^\d+$/.test(draft.amount.trim()) && amount <= maxRetentionAmount;
    const nextErrors = {
      target: target ? undefined : t('retention.settings.targetMissing'),
      amount: isAmountValid ? undefined : t('retention.settings.amountInvalid'),
      basis:
        target && !isBasisAllowed(target, draft.basis) ? t('retention.settings.basisInvalid') : undefined,
    };
    setErrors(nextErrors);
    if (!target || nextErrors.amount || nextErrors.basis) return;
    const rule: RetentionRule = {
      id: draft.id ?? crypto.randomUUID(),
      target,
      basis: draft.basis,
      amount,
      unit: draft.unit,
      action: draft.action,
    };
    await save(draft.id ? rules.map((r) => (r.id === draft.id ? rule : r)) : [...rules, rule]);
    setDraft(null);
  };

  const edit = (patch: Partial<Draft>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    setErrors({});
  };

  return (
    <FormSection title={t('retention.settings.title')}>
      <Typography variant="body2" color="text.secondary">
        {t('retention.settings.text')}
      </Typography>
      {isReadOnly && <FeatureReadOnlyNote feature="retention" />}
      <Box data-testid="retention-rules">
        {rules.length === 0 ? (
          <Typography color="text.secondary">{t('retention.settings.empty')}</Typography>
        ) : (
          rules.map((rule) => (
            <Stack
              key={rule.id}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center', py: 0.5 }}
              data-testid="retention-rule"
            >
              <Typography sx={{ flex: 1 }}>{retentionRuleInWords(rule, language, names, true)}</Typography>
              {!isReadOnly && (
                <>
                  <Button
                    size="small"
                    onClick={() => {
                      setDraft({
                        id: rule.id,
                        target: targetValue(rule.target),
                        basis: rule.basis,
                        amount: String(rule.amount),
                        unit: rule.unit,
                        action: rule.action,
                      });
                      setErrors({});
                    }}
                  >
                    {t('retention.settings.edit')}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    onClick={() => void save(rules.filter((r) => r.id !== rule.id))}
                  >
                    {t('retention.settings.remove')}
                  </Button>
                </>
              )}
            </Stack>
          ))
        )}
      </Box>
      {isReadOnly ? null : draft ? (
        <Stack spacing={2} data-testid="retention-rule-form">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
            <NativeSelect
              name="target"
              label={t('retention.settings.target')}
              value={draft.target}
              error={errors.target}
              onChange={(target) => edit({ target })}
            >
              <option value="" />
              {categories.map((option) => (
                <option key={option.key} value={`category:${option.key}`}>
                  {t('retention.targets.category', { name: option.label })}
                </option>
              ))}
              {purposes
                .filter((purpose) => purpose.isEnabled)
                .map((purpose) => (
                  <option key={purpose.key} value={`consent:${purpose.key}`}>
                    {t('retention.targets.consent', { name: labelOf(purpose.key) })}
                  </option>
                ))}
              <option value="eventParticipants">{t('retention.targets.eventParticipants')}</option>
            </NativeSelect>
            <NativeSelect
              name="basis"
              label={t('retention.settings.basis')}
              value={draft.basis}
              error={errors.basis}
              onChange={(basis) => edit({ basis: basis as RetentionBasis })}
            >
              {retentionBases.map((basis) => (
                <option key={basis} value={basis}>
                  {t(`retention.bases.${basis}`)}
                </option>
              ))}
            </NativeSelect>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
            <TextField
              name="retentionAmount"
              label={t('retention.settings.amount')}
              value={draft.amount}
              onChange={(event) => edit({ amount: event.target.value })}
              error={errors.amount !== undefined}
              helperText={errors.amount}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4, autoComplete: 'off' } }}
            />
            <NativeSelect
              name="unit"
              label={t('retention.settings.unit')}
              value={draft.unit}
              onChange={(unit) => edit({ unit: unit as RetentionUnit })}
            >
              {retentionUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`retention.units.${unit}`)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              name="action"
              label={t('retention.settings.action')}
              value={draft.action}
              onChange={(action) => edit({ action: action as RetentionAction })}
            >
              {retentionActions.map((action) => (
                <option key={action} value={action}>
                  {t(`retention.actions.${action}`)}
                </option>
              ))}
            </NativeSelect>
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void submit()} data-testid="save-retention-rule">
              {t('retention.settings.save')}
            </Button>
            <Button onClick={() => setDraft(null)}>{t('retention.settings.cancel')}</Button>
          </Stack>
        </Stack>
      ) : (
        <Box>
          <Button
            variant="outlined"
            onClick={() => {
              setDraft(emptyDraft);
              setErrors({});
            }}
            data-testid="add-retention-rule"
          >
            {t('retention.settings.add')}
          </Button>
        </Box>
      )}
    </FormSection>
  );
};
