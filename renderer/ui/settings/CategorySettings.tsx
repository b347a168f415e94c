import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryScope } from '../../../shared/model';
import { useStore } from '../../app/AppContext';
import { addCategory, setCategoryEnabled } from '../../categories/categoryActions';
import { useCategoriesReady } from '../../categories/useCategoriesReady';
import { categoryLabel } from '../../state/recordLabels';
import { FormSection } from '../common/FormSection';
import { useMayManageVocabulary } from '../../tags/useMayManageVocabulary';

const CategoryList = ({
  scope,
  mayManage,
  isReady,
}: {
  scope: CategoryScope;
  mayManage: boolean;
  isReady: boolean;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  // The synced vocabulary (or this device's settings list until it has one): the same as every screen.
  const options = store.categoryOptions(scope);
  // The first edit of a scope without records moves this device's list into records; on a connected
  // register it waits for the server's list, which it must not overwrite. Edits of records go any time.
  const hasRecords = [...store.categories.values()].some((category) => category.scope === scope);
  const isReadOnly = !mayManage || (!hasRecords && !isReady);
  const [draft, setDraft] = useState('');
  const [isDuplicate, setDuplicate] = useState(false);

  const add = async () => {
    const label = draft.trim().replace(/\s+/g, ' ');
    if (label === '') return;
    const labels = options.map((option) => categoryLabel(option, option.key, scope, t).toLowerCase());
    if (labels.includes(label.toLowerCase())) {
      setDuplicate(true);
      return;
    }
    const result = await addCategory(store, scope, label);
    if (result.isSaved) setDraft('');
  };

  return (
    <Box data-testid={`categories-${scope}`}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {scope === 'person' ? t('settings.personCategories') : t('settings.organisationCategories')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
        {options.map((option) => (
          <FormControlLabel
            key={option.key}
            control={
              <Checkbox
                checked={option.isEnabled}
                disabled={isReadOnly}
                onChange={(event) => void setCategoryEnabled(store, scope, option.key, event.target.checked)}
              />
            }
            label={categoryLabel(option, option.key, scope, t)}
          />
        ))}
      </Box>
      {!isReadOnly && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, maxWidth: 480 }}>
          <TextField
            label={t('settings.newCategory')}
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
            helperText={isDuplicate ? t('settings.categoryExists') : undefined}
            slotProps={{ htmlInput: { maxLength: 60 } }}
          />
          <Button variant="outlined" onClick={add} sx={{ flex: 'none' }}>
            {t('settings.addCategory')}
          </Button>
        </Stack>
      )}
    </Box>
  );
};

export const CategorySettings = () => {
  const { t } = useTranslation();
  const mayManage = useMayManageVocabulary();
  const isReady = useCategoriesReady();
  return (
    <FormSection title={t('settings.categories')}>
      <Typography variant="body2" color="text.secondary">
        {t('settings.categoriesText')}
      </Typography>
      {!mayManage && (
        <Alert severity="info" data-testid="categories-read-only">
          {t('tags.settings.categoriesReadOnly')}
        </Alert>
      )}
      <CategoryList scope="person" mayManage={mayManage} isReady={isReady} />
      <CategoryList scope="organisation" mayManage={mayManage} isReady={isReady} />
    </FormSection>
  );
};
