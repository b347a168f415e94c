import { Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { relationEndKinds, type RelationEndKind } from '../../../shared/model';
import {
  relationsConfigurationOf,
  relationsFeatureKey,
  relationTypesOf,
} from '../../../shared/relations/relationTypes';
import { useStore } from '../../app/AppContext';
import { saveRegisterConfig } from '../../registerConfig/registerConfigActions';
import { useMayManageVocabulary } from '../../tags/useMayManageVocabulary';
import { FeatureReadOnlyNote } from '../settings/FeatureReadOnlyNote';
import { useRelationLabel } from './RelationsPanel';

/**
 * The relation types: the built-in ones, and custom ones the register's users add and remove. Custom
 * types are register-wide (a synced record), so on a connected register only an admin changes them.
 */
export const RelationTypeSettings = () => {
  const { t } = useTranslation();
  const store = useStore();
  const labelOf = useRelationLabel();
  const isReadOnly = !useMayManageVocabulary();
  const types = relationTypesOf(store.settings());
  const [forward, setForward] = useState('');
  const [inverse, setInverse] = useState('');
  const [fromKind, setFromKind] = useState<RelationEndKind>('person');
  const [toKind, setToKind] = useState<RelationEndKind>('organisation');
  const save = (next: typeof types) =>
    saveRegisterConfig(store, relationsFeatureKey, relationsConfigurationOf(next));
  const add = async () => {
    if (forward.trim() === '') return;
    const key = `custom-${crypto.randomUUID().slice(0, 8)}`;
    await save([
      ...types,
      {
        key,
        fromKind,
        toKind,
        isBuiltIn: false,
        forward: forward.trim(),
        inverse: inverse.trim() || forward.trim(),
        isSymmetric: fromKind === toKind && (inverse.trim() === '' || inverse.trim() === forward.trim()),
      },
    ]);
    setForward('');
    setInverse('');
  };
  const kindSelect = (name: string, value: RelationEndKind, onChange: (kind: RelationEndKind) => void) => (
    <TextField
      select
      name={name}
      label={t(`activity.relations.${name}` as never)}
      value={value}
      onChange={(event) => onChange(event.target.value as RelationEndKind)}
      sx={{ minWidth: 160 }}
    >
      {relationEndKinds.map((kind) => (
        <MenuItem key={kind} value={kind}>
          {t(`activity.relations.kinds.${kind}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Paper variant="outlined" sx={{ p: 3 }} data-testid="relation-type-settings">
      <Typography variant="h3" component="h2">
        {t('activity.relations.settingsTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {t('activity.relations.settingsText')}
      </Typography>
      {isReadOnly && (
        <Box sx={{ mb: 2 }}>
          <FeatureReadOnlyNote feature="relations" />
        </Box>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}>
        {types.map((type) => (
          <Chip
            key={type.key}
            label={`${labelOf(type, true, type.key)} / ${labelOf(type, false, type.key)}${
              type.isBuiltIn ? ` (${t('activity.relations.builtIn')})` : ''
            }`}
            onDelete={
              type.isBuiltIn || isReadOnly
                ? undefined
                : () => void save(types.filter((candidate) => candidate.key !== type.key))
            }
          />
        ))}
      </Stack>
      {!isReadOnly && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          {kindSelect('fromKind', fromKind, setFromKind)}
          <TextField
            name="relationForward"
            label={t('activity.relations.forward')}
            value={forward}
            onChange={(event) => setForward(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 60, autoComplete: 'off' } }}
          />
          {kindSelect('toKind', toKind, setToKind)}
          <TextField
            name="relationInverse"
            label={t('activity.relations.inverse')}
            value={inverse}
            onChange={(event) => setInverse(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 60, autoComplete: 'off' } }}
          />
          <Button variant="outlined" onClick={() => void add()} disabled={forward.trim() === ''}>
            {t('activity.relations.addType')}
          </Button>
        </Stack>
      )}
    </Paper>
  );
};
