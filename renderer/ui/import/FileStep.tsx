import { UploadFile } from '@mui/icons-material';
import { Alert, Button, FormControlLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../shared/spreadsheet/importFields';
import { maxImportRows } from '../../../shared/spreadsheet/sheetTypes';

export const FileStep = ({
  kind,
  onKindChange,
  onChoose,
  isReading,
  error,
}: {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onChoose: () => void;
  isReading: boolean;
  error: string | null;
}) => {
  const { t, i18n } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography>{t('spreadsheet.importIntro')}</Typography>
      <div>
        <Typography variant="subtitle2">{t('spreadsheet.kindLabel')}</Typography>
        <RadioGroup value={kind} onChange={(event) => onKindChange(event.target.value as ImportKind)}>
          <FormControlLabel
            value="people"
            control={<Radio slotProps={{ input: { 'data-testid': 'import-kind-people' } as object }} />}
            label={t('spreadsheet.kindPeople')}
          />
          <FormControlLabel
            value="organisations"
            control={
              <Radio slotProps={{ input: { 'data-testid': 'import-kind-organisations' } as object }} />
            }
            label={t('spreadsheet.kindOrganisations')}
          />
        </RadioGroup>
      </div>
      <div>
        <Button
          variant="contained"
          startIcon={<UploadFile />}
          onClick={onChoose}
          disabled={isReading}
          data-testid="choose-file"
        >
          {isReading ? t('spreadsheet.reading') : t('spreadsheet.chooseFile')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('spreadsheet.fileHint', { max: maxImportRows.toLocaleString(i18n.language) })}
        </Typography>
      </div>
      {error ? (
        <Alert severity="error" data-testid="file-error">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
};
