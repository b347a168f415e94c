import { Download } from '@mui/icons-material';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, Person } from '../../../shared/model';
import { writeCsv } from '../../../shared/spreadsheet/writeCsv';
import { useApp, useStore } from '../../app/AppContext';
import { buildExportSheet, buildMailingRows } from '../../spreadsheet/exportRecords';
import {
  organisationExportColumns,
  personExportColumns,
  type ExportColumnKey,
  type ExportContext,
} from '../../spreadsheet/exportColumns';
import { writeXlsx } from '../../spreadsheet/writeXlsx';
import { primaryOrganisationIds } from '../../state/listRows';
import { categoryLabel } from '../../state/recordLabels';
import { todayIso } from '../../state/registerActions';
import { MailingPurposeField, useMailingContactability } from '../consent/MailingPurposeField';
import { segmentPersonIds } from '../../segments/segmentPersonIds';
import { useSegmentRecords } from '../../segments/useSegmentRecords';
import { useSegments } from '../../segments/useSegments';
import { useRestrictedPersonIds } from '../../rights/useRestrictedPeople';
import { recordAccess } from '../../accessLog/recordAccess';

type Format = 'xlsx' | 'mailing';
type Scope = 'selection' | 'list' | 'all' | 'segment';

/** Export of the people or organisation list: the filtered list or everything, as .xlsx or a mailing CSV. */
export const ExportButton = ({
  kind,
  listIds,
  selectedIds,
}: {
  kind: 'people' | 'organisations';
  listIds: readonly string[];
  /** Rows checked in the list; when there are some, exporting them is the first choice. */
  selectedIds: readonly string[];
}) => {
  const { t } = useTranslation();
  const { platform, notify } = useApp();
  const store = useStore();
  const segmentRecords = useSegmentRecords();
  const [isOpen, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>('list');
  const [format, setFormat] = useState<Format>('xlsx');
  const [delimiter, setDelimiter] = useState<';' | ','>(';');
  const [purpose, setPurpose] = useState('');
  const contactabilityOf = useMailingContactability(purpose);
  const allColumns = kind === 'people' ? personExportColumns : organisationExportColumns;
  const [columns, setColumns] = useState<readonly ExportColumnKey[]>(allColumns);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = kind === 'people' ? store.people.size : store.organisations.size;
  const { segments } = useSegments();
  const [segmentId, setSegmentId] = useState('');
  const segment = segments.find((item) => item.id === segmentId) ?? segments[0];
  // Restricted people are never exported, whichever rows were chosen.
  const restricted = useRestrictedPersonIds();

  const exportNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const today = todayIso();
      const organisationIds = primaryOrganisationIds(store, today);
      const options = store.categoryOptions(kind === 'people' ? 'person' : 'organisation');
      const context: ExportContext = {
        organisationOf: (personId) => {
          const id = organisationIds.get(personId);
          return id ? store.organisations.get(id) : undefined;
        },
        categoryLabel: (key) =>
          categoryLabel(
            options.find((option) => option.key === key),
            key,
            kind === 'people' ? 'person' : 'organisation',
            (text) => t(text as never),
          ),
        sectorLabel: (key) => t(`sectors.${key}` as never),
        statusLabel: (status) => t(`list.status${status === 'active' ? 'Active' : 'Passive'}` as never),
      };
      const chosenIds =
        scope === 'selection' && selectedIds.length > 0
          ? selectedIds
          : scope === 'all'
            ? [...(kind === 'people' ? store.people : store.organisations).keys()]
            : scope === 'segment' && segment && kind === 'people'
              ? segmentPersonIds(store, segment.root, segmentRecords)
              : listIds;
      const ids = kind === 'people' ? chosenIds.filter((id) => !restricted.has(id)) : chosenIds;
      const date = today;
      if (kind === 'people' && format === 'mailing') {
        const people = ids.map((id) => store.people.get(id)).filter((person): person is Person => !!person);
        const { rows, personIds, leftOut, leftOutBy } = buildMailingRows(
          people,
          context.organisationOf,
          contactabilityOf,
        );
        const header = [
          t('spreadsheet.targets.email'),
          t('spreadsheet.targets.firstNames'),
          t('spreadsheet.targets.lastName'),
          t('spreadsheet.targets.organisationName'),
        ];
        const fileName = `${t('spreadsheet.fileNameMailing')}-${date}.csv`;
        const isSaved = await platform.saveFile({
          suggestedName: fileName,
          bytes: writeCsv([header, ...rows], delimiter),
          filters: [{ name: 'CSV', extensions: ['csv'] }],
        });
        if (isSaved) recordAccess(store, { action: 'export', source: 'mailingExport', personIds, fileName });
        if (isSaved)
          notify(
            t('consent.mailing.exported', { count: rows.length, left: leftOut, ...leftOutBy }),
            'success',
          );
      } else {
        const sheet = buildExportSheet({
          name: t(kind === 'people' ? 'nav.people' : 'nav.organisations'),
          columns: allColumns.filter((key) => columns.includes(key)),
          header: (key) =>
            t(`spreadsheet.targets.${key === 'formerLastName' ? 'formerLastName' : key}` as never),
          context,
          records:
            kind === 'people'
              ? {
                  kind,
                  items: ids.map((id) => store.people.get(id)).filter((item): item is Person => !!item),
                }
              : {
                  kind,
                  items: ids
                    .map((id) => store.organisations.get(id))
                    .filter((item): item is Organisation => !!item),
                },
        });
        const bytes = await writeXlsx([sheet]);
        const fileName = `${t(kind === 'people' ? 'spreadsheet.fileNamePeople' : 'spreadsheet.fileNameOrganisations')}-${date}.xlsx`;
        const isSaved = await platform.saveFile({
          suggestedName: fileName,
          bytes,
          filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        });
        // Organisation exports hold no people's data (contact persons are not exported with them).
        if (isSaved && kind === 'people')
          recordAccess(store, { action: 'export', source: 'peopleExport', personIds: ids, fileName });
        if (isSaved) notify(t('spreadsheet.exported', { count: sheet.rows.length }), 'success');
      }
      setOpen(false);
    } catch (exportError) {
      setError(
        t('spreadsheet.exportFailed', {
          message: exportError instanceof Error ? exportError.message : String(exportError),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<Download />}
        onClick={() => {
          setScope(selectedIds.length > 0 ? 'selection' : 'list');
          setOpen(true);
        }}
        data-testid="export-open"
      >
        {t('spreadsheet.exportTitle')}
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="export-title"
      >
        <DialogTitle id="export-title">
          {t(kind === 'people' ? 'spreadsheet.exportPeopleTitle' : 'spreadsheet.exportOrganisationsTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              select
              label={t('spreadsheet.exportScope')}
              value={scope}
              onChange={(event) => setScope(event.target.value as Scope)}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'export-scope' } as object } }}
            >
              {selectedIds.length > 0 ? (
                <MenuItem value="selection">
                  {t('spreadsheet.exportScopeSelection', { count: selectedIds.length })}
                </MenuItem>
              ) : null}
              <MenuItem value="list">{t('spreadsheet.exportScopeList', { count: listIds.length })}</MenuItem>
              <MenuItem value="all">{t('spreadsheet.exportScopeAll', { count: total })}</MenuItem>
              {kind === 'people' && segments.length > 0 ? (
                <MenuItem value="segment">{t('stats.segments.exportScope')}</MenuItem>
              ) : null}
            </TextField>
            {scope === 'segment' && segment ? (
              <TextField
                select
                label={t('stats.segments.exportSegment')}
                value={segment.id}
                onChange={(event) => setSegmentId(event.target.value)}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'export-segment' } as object } }}
              >
                {segments.map((item) => (
                  <MenuItem key={item.id} value={item.id}>
                    {item.name}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            {kind === 'people' ? (
              <TextField
                select
                label={t('spreadsheet.exportFormat')}
                value={format}
                onChange={(event) => setFormat(event.target.value as Format)}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'export-format' } as object } }}
              >
                <MenuItem value="xlsx">{t('spreadsheet.formatXlsx')}</MenuItem>
                <MenuItem value="mailing">{t('spreadsheet.formatMailing')}</MenuItem>
              </TextField>
            ) : null}
            {format === 'mailing' && kind === 'people' ? (
              <>
                <TextField
                  select
                  label={t('spreadsheet.delimiter')}
                  value={delimiter}
                  onChange={(event) => setDelimiter(event.target.value as ';' | ',')}
                >
                  <MenuItem value=";">{t('spreadsheet.delimiterSemicolon')}</MenuItem>
                  <MenuItem value=",">{t('spreadsheet.delimiterComma')}</MenuItem>
                </TextField>
                <Alert severity="info">{t('spreadsheet.mailingNote')}</Alert>
                <MailingPurposeField value={purpose} onChange={setPurpose} />
              </>
            ) : (
              <div>
                <Typography variant="subtitle2">{t('spreadsheet.exportColumns')}</Typography>
                <FormGroup row>
                  {allColumns.map((key) => (
                    <FormControlLabel
                      key={key}
                      sx={{ width: 220 }}
                      control={
                        <Checkbox
                          size="small"
                          checked={columns.includes(key)}
                          onChange={(event) =>
                            setColumns(
                              event.target.checked
                                ? [...columns, key]
                                : columns.filter((current) => current !== key),
                            )
                          }
                        />
                      }
                      label={t(`spreadsheet.targets.${key}` as never)}
                    />
                  ))}
                </FormGroup>
              </div>
            )}
            {error ? <Alert severity="error">{error}</Alert> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          <Button
            variant="contained"
            disabled={isBusy || (format === 'xlsx' && columns.length === 0)}
            onClick={() => void exportNow()}
            data-testid="export-confirm"
          >
            {t('spreadsheet.exportButton')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
