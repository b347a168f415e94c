import {
  Alert,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameOrder } from '../../../shared/spreadsheet/cellTransforms';
import { columnLetter } from '../../../shared/spreadsheet/columnLetter';
import {
  assignTarget,
  duplicateHeaderColumns,
  importTargetsFor,
  type ImportKind,
  type ImportTarget,
} from '../../../shared/spreadsheet/importFields';
import { applyTemplateSettings } from '../../../shared/spreadsheet/applyTemplateSettings';
import type { CategoryValueMap } from '../../../shared/spreadsheet/categoryValues';
import type { SheetCell } from '../../../shared/spreadsheet/sheetTypes';
import { CategoryMappingPanel, type CategoryOptionLabel } from './CategoryMappingPanel';
import { readTemplates, saveTemplate } from './importTemplates';

export const MappingStep = ({
  kind,
  headers,
  examples,
  mapping,
  nameOrder,
  onMappingChange,
  onNameOrderChange,
  notify,
  rows,
  categoryOptions,
  categoryValues,
  categoryMarks,
  onCategoryValuesChange,
  onCategoryMarksChange,
}: {
  kind: ImportKind;
  headers: readonly string[];
  examples: readonly string[];
  mapping: readonly (ImportTarget | '')[];
  nameOrder: NameOrder;
  onMappingChange: (mapping: (ImportTarget | '')[]) => void;
  onNameOrderChange: (order: NameOrder) => void;
  notify: (message: string) => void;
  rows: readonly (readonly SheetCell[])[];
  categoryOptions: readonly CategoryOptionLabel[];
  categoryValues: Readonly<Record<number, CategoryValueMap>>;
  categoryMarks: Readonly<Record<number, string>>;
  onCategoryValuesChange: (values: Record<number, CategoryValueMap>) => void;
  onCategoryMarksChange: (marks: Record<number, string>) => void;
}) => {
  const { t } = useTranslation();
  const [templateName, setTemplateName] = useState('');
  const templates = readTemplates().filter((template) => template.kind === kind);
  const duplicates = duplicateHeaderColumns(headers);
  const targets = importTargetsFor(kind);
  return (
    <Stack spacing={2}>
      {duplicates.map((column) => (
        <Alert key={column} severity="warning">
          {t('spreadsheet.duplicateHeader', { column: columnLetter(column) })}
        </Alert>
      ))}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {templates.length > 0 ? (
          <TextField
            select
            label={t('spreadsheet.templateLabel')}
            value=""
            onChange={(event) => {
              const template = templates.find((current) => current.name === event.target.value);
              if (!template) return;
              const applied = applyTemplateSettings(template, headers);
              onMappingChange(applied.mapping);
              onCategoryValuesChange(applied.categoryValues);
              onCategoryMarksChange(applied.categoryMarks);
              onNameOrderChange(template.nameOrder);
              notify(t('spreadsheet.templateApplied', { name: template.name }));
            }}
            sx={{ minWidth: 220 }}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          >
            <MenuItem value="">{t('spreadsheet.noTemplate')}</MenuItem>
            {templates.map((template) => (
              <MenuItem key={template.name} value={template.name}>
                {template.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        {mapping.includes('fullName') ? (
          <TextField
            select
            label={t('spreadsheet.nameOrder')}
            value={nameOrder}
            onChange={(event) => onNameOrderChange(event.target.value as NameOrder)}
            sx={{ minWidth: 280 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'name-order' } as object } }}
          >
            <MenuItem value="firstLast">{t('spreadsheet.nameOrderFirstLast')}</MenuItem>
            <MenuItem value="lastFirst">{t('spreadsheet.nameOrderLastFirst')}</MenuItem>
          </TextField>
        ) : null}
        <TextField
          label={t('spreadsheet.templateName')}
          value={templateName}
          onChange={(event) => setTemplateName(event.target.value)}
          sx={{ minWidth: 200 }}
        />
        <Button
          disabled={templateName.trim() === ''}
          onClick={() => {
            const byHeader: Record<string, ImportTarget> = {};
            const categoryValuesByHeader: Record<string, CategoryValueMap> = {};
            const categoryMarkByHeader: Record<string, string> = {};
            mapping.forEach((target, column) => {
              const header = headers[column]?.trim();
              if (target === '' || !header) return;
              byHeader[header] = target;
              if (target === 'categories' && categoryValues[column])
                categoryValuesByHeader[header] = categoryValues[column]!;
              if (target === 'categoryMark' && categoryMarks[column])
                categoryMarkByHeader[header] = categoryMarks[column]!;
            });
            saveTemplate({
              name: templateName.trim(),
              kind,
              nameOrder,
              byHeader,
              categoryValuesByHeader,
              categoryMarkByHeader,
            });
            notify(t('spreadsheet.templateSaved'));
          }}
        >
          {t('spreadsheet.saveTemplate')}
        </Button>
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('spreadsheet.columnHeader')}</TableCell>
            <TableCell>{t('spreadsheet.exampleHeader')}</TableCell>
            <TableCell>{t('spreadsheet.fieldHeader')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {headers.map((header, column) => (
            <TableRow key={column} data-testid="mapping-row">
              <TableCell>
                {columnLetter(column)}: {header}
              </TableCell>
              <TableCell
                sx={{ maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                {examples[column] ?? ''}
              </TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  value={mapping[column] ?? ''}
                  onChange={(event) =>
                    onMappingChange(assignTarget(mapping, column, event.target.value as ImportTarget | ''))
                  }
                  sx={{ minWidth: 240 }}
                  slotProps={{
                    htmlInput: { 'aria-label': `${columnLetter(column)}: ${header}` },
                    select: {
                      native: true,
                      inputProps: {
                        'data-testid': `mapping-${column}`,
                        'aria-label': `${columnLetter(column)}: ${header}`,
                      },
                    },
                  }}
                >
                  <option value="">{t('spreadsheet.ignore')}</option>
                  {targets.map((target) => (
                    <option key={target} value={target}>
                      {t(`spreadsheet.targets.${target}`)}
                    </option>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CategoryMappingPanel
        mapping={mapping}
        headers={headers}
        rows={rows}
        options={categoryOptions}
        categoryValues={categoryValues}
        categoryMarks={categoryMarks}
        onCategoryValuesChange={onCategoryValuesChange}
        onCategoryMarksChange={onCategoryMarksChange}
      />
    </Stack>
  );
};
