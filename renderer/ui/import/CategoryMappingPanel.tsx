import {
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  distinctCategoryValues,
  ignoredCategoryValue,
  type CategoryValueMap,
} from '../../../shared/spreadsheet/categoryValues';
import { columnLetter } from '../../../shared/spreadsheet/columnLetter';
import type { ImportTarget } from '../../../shared/spreadsheet/importFields';
import type { SheetCell } from '../../../shared/spreadsheet/sheetTypes';

export type CategoryOptionLabel = { key: string; label: string };

/** Per categories column, its distinct values with a category each; per mark column, the one category. */
export const CategoryMappingPanel = ({
  mapping,
  headers,
  rows,
  options,
  categoryValues,
  categoryMarks,
  onCategoryValuesChange,
  onCategoryMarksChange,
}: {
  mapping: readonly (ImportTarget | '')[];
  headers: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  options: readonly CategoryOptionLabel[];
  categoryValues: Readonly<Record<number, CategoryValueMap>>;
  categoryMarks: Readonly<Record<number, string>>;
  onCategoryValuesChange: (values: Record<number, CategoryValueMap>) => void;
  onCategoryMarksChange: (marks: Record<number, string>) => void;
}) => {
  const { t } = useTranslation();
  const columnName = (column: number) => `${columnLetter(column)}: ${headers[column] ?? ''}`;
  return (
    <Stack spacing={3}>
      {mapping.map((target, column) => {
        if (target === 'categoryMark')
          return (
            <Stack key={column} spacing={0.5} data-testid={`category-mark-${column}`}>
              <TextField
                select
                size="small"
                label={t('spreadsheet.categoryMarkLabel', { column: columnName(column) })}
                value={categoryMarks[column] ?? ''}
                onChange={(event) =>
                  onCategoryMarksChange({ ...categoryMarks, [column]: event.target.value })
                }
                sx={{ maxWidth: 480 }}
                slotProps={{
                  inputLabel: { shrink: true },
                  select: { native: true, inputProps: { 'data-testid': `category-mark-select-${column}` } },
                }}
              >
                <option value="">{t('spreadsheet.categoryChooseMark')}</option>
                {options.map((option) => (
                  <option key={option.key} value={option.key}>
                    {option.label}
                  </option>
                ))}
              </TextField>
              <Typography variant="body2" color="text.secondary">
                {t('spreadsheet.categoryMarkHint')}
              </Typography>
            </Stack>
          );
        if (target !== 'categories') return null;
        const values = distinctCategoryValues(rows, column);
        const map = categoryValues[column] ?? {};
        return (
          <Stack key={column} spacing={1} data-testid={`category-values-${column}`}>
            <Typography variant="subtitle1" component="h3">
              {t('spreadsheet.categoryValuesTitle', { column: columnName(column) })}
            </Typography>
            {values.length === 0 ? (
              <Typography variant="body2">{t('spreadsheet.categoryNoValues')}</Typography>
            ) : (
              <Table size="small" sx={{ maxWidth: 720 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('spreadsheet.categoryValueHeader')}</TableCell>
                    <TableCell align="right">{t('spreadsheet.categoryRowsHeader')}</TableCell>
                    <TableCell>{t('spreadsheet.categoryChoiceHeader')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {values.map((value) => (
                    <TableRow key={value.folded} data-testid="category-value-row">
                      <TableCell>{value.text}</TableCell>
                      <TableCell align="right">{value.count}</TableCell>
                      <TableCell>
                        <TextField
                          select
                          size="small"
                          value={map[value.folded] ?? ''}
                          onChange={(event) =>
                            onCategoryValuesChange({
                              ...categoryValues,
                              [column]: { ...map, [value.folded]: event.target.value },
                            })
                          }
                          sx={{ minWidth: 240 }}
                          slotProps={{
                            select: {
                              native: true,
                              inputProps: {
                                'data-testid': `category-value-${value.folded}`,
                                'aria-label': `${columnName(column)} – ${value.text}`,
                              },
                            },
                          }}
                        >
                          <option value="">{t('spreadsheet.categoryNotMapped')}</option>
                          <option value={ignoredCategoryValue}>{t('spreadsheet.categoryIgnore')}</option>
                          {options.map((option) => (
                            <option key={option.key} value={option.key}>
                              {option.label}
                            </option>
                          ))}
                        </TextField>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
};
