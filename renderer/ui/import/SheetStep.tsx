import { Alert, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { WorkbookData } from '../../../shared/spreadsheet/sheetTypes';

export const SheetStep = ({
  workbook,
  sheetIndex,
  headerRow,
  dataRowCount,
  onChange,
}: {
  workbook: WorkbookData;
  sheetIndex: number;
  headerRow: number;
  dataRowCount: number;
  onChange: (sheetIndex: number, headerRow: number | null) => void;
}) => {
  const { t } = useTranslation();
  const sheet = workbook.sheets[sheetIndex]!;
  const hasHidden = sheet.hiddenRows.length > 0 || sheet.hiddenColumns.length > 0;
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography variant="subtitle1">{workbook.fileName}</Typography>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('spreadsheet.sheetLabel')}
          value={sheetIndex}
          onChange={(event) => onChange(Number(event.target.value), null)}
          sx={{ minWidth: 240 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'sheet-select' } as object } }}
        >
          {workbook.sheets.map((current, index) => (
            <MenuItem key={current.name + index} value={index}>
              {current.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="number"
          label={t('spreadsheet.headerRowLabel')}
          value={headerRow}
          onChange={(event) =>
            onChange(
              sheetIndex,
              Math.max(1, Math.min(Number(event.target.value) || 1, sheet.rows.length || 1)),
            )
          }
          slotProps={{ htmlInput: { min: 1, 'data-testid': 'header-row' } }}
          sx={{ width: 160 }}
        />
      </Stack>
      <Typography data-testid="data-row-count">
        {t('spreadsheet.dataRows', { count: dataRowCount })}
      </Typography>
      {hasHidden ? (
        <Alert severity="info">
          {t('spreadsheet.hiddenIncluded', {
            rows: sheet.hiddenRows.length,
            columns: sheet.hiddenColumns.length,
          })}
        </Alert>
      ) : null}
    </Stack>
  );
};
