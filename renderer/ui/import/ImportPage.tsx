import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordAccess } from '../../accessLog/recordAccess';
import { resources } from '../../../shared/i18n/resources';
import { foldText } from '../../../shared/search/foldText';
import { buildImportRows, type ImportIssue } from '../../../shared/spreadsheet/buildImportRows';
import { cellText, type NameOrder } from '../../../shared/spreadsheet/cellTransforms';
import {
  distinctCategoryValues,
  suggestCategoryValueMap,
  type CategoryValueMap,
} from '../../../shared/spreadsheet/categoryValues';
import { detectHeaderRow } from '../../../shared/spreadsheet/detectHeaderRow';
import { suggestMapping, type ImportKind, type ImportTarget } from '../../../shared/spreadsheet/importFields';
import {
  buildWritePlan,
  planImport,
  type PlannedRow,
  type RowAction,
  type WritePlan,
} from '../../../shared/spreadsheet/planImport';
import {
  maxImportRows,
  SpreadsheetFileProblem,
  type WorkbookData,
} from '../../../shared/spreadsheet/sheetTypes';
import { useApp, useStore } from '../../app/AppContext';
import { commitImport, undoImport, type CommitProgress } from '../../spreadsheet/commitImport';
import { commitInWorker, WorkerStartError } from '../../spreadsheet/commitInWorker';
import { buildImportReport } from '../../spreadsheet/importReport';
import { readSpreadsheet } from '../../spreadsheet/readSpreadsheet';
import { erasedRowsOf } from '../../rights/erasureMarkerCheck';
import { validationContextFor } from '../../state/registerActions';
import { useCategoryOptions } from '../common/useCategoryOptions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { PageHeader } from '../common/PageHeader';
import { categoryChoices } from './categoryChoices';
import { FileStep } from './FileStep';
import { ImportHistory } from './ImportHistory';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';

type Languages = keyof typeof resources;
type TargetLabels = Record<string, string>;

/** Our own export headers and sector labels in every UI language, so an exported file maps back exactly. */
const ownNames = () => {
  const names: Partial<Record<ImportTarget, string[]>> = {};
  const sectorLabels: Record<string, string> = {};
  for (const language of Object.keys(resources) as Languages[]) {
    const translation = resources[language].translation as unknown as {
      spreadsheet: { targets: TargetLabels };
      sectors: TargetLabels;
    };
    for (const [target, label] of Object.entries(translation.spreadsheet.targets))
      names[target as ImportTarget] = [...(names[target as ImportTarget] ?? []), label];
    for (const [key, label] of Object.entries(translation.sectors))
      if (key !== 'none') sectorLabels[foldText(label)] = key;
  }
  return { names, sectorLabels };
};

type Result = { batchId: string; plan: WritePlan; issuesByRow: Map<number, ImportIssue[]> };

const dataRowCountOf = (workbook: WorkbookData, sheetIndex: number, headerRow: number) =>
  (workbook.sheets[sheetIndex]?.rows.slice(headerRow) ?? []).filter((row) =>
    row.some((cell) => cellText(cell) !== ''),
  ).length;

export const ImportPage = () => {
  const { t } = useTranslation();
  const { platform, notify, session } = useApp();
  const store = useStore();
  const [kind, setKind] = useState<ImportKind>('people');
  const [step, setStep] = useState(0);
  const [isReading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [workbook, setWorkbook] = useState<WorkbookData | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerRow, setHeaderRow] = useState(1);
  const [mapping, setMapping] = useState<(ImportTarget | '')[]>([]);
  const [nameOrder, setNameOrder] = useState<NameOrder>('firstLast');
  const [categoryChoicesByColumn, setCategoryValues] = useState<Record<number, CategoryValueMap>>({});
  const [categoryMarks, setCategoryMarks] = useState<Record<number, string>>({});
  const [planned, setPlanned] = useState<PlannedRow[]>([]);
  const [actions, setActions] = useState<Map<number, RowAction>>(new Map());
  const [progress, setProgress] = useState<CommitProgress | null>(null);
  const [isCancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState<{ text: string; severity: 'info' | 'error' | 'success' } | null>(
    null,
  );
  const [historyKey, setHistoryKey] = useState(0);
  const [isConfirmingUndo, setConfirmingUndo] = useState(false);
  const [commitMode, setCommitMode] = useState<'worker' | 'mainThread'>('worker');
  const abort = useRef<AbortController | null>(null);
  const own = useMemo(() => ownNames(), []);

  const sheet = workbook?.sheets[sheetIndex];
  const headers = useMemo(() => (sheet?.rows[headerRow - 1] ?? []).map(cellText), [sheet, headerRow]);
  const width = Math.max(
    headers.length,
    ...(sheet?.rows.slice(headerRow, headerRow + 50).map((row) => row.length) ?? [0]),
  );
  const paddedHeaders = Array.from({ length: width }, (_, column) => headers[column] ?? '');
  const examples = paddedHeaders.map((_, column) =>
    cellText(
      sheet?.rows.slice(headerRow).find((row) => cellText(row[column] ?? null) !== '')?.[column] ?? null,
    ),
  );

  const scope = kind === 'people' ? 'person' : 'organisation';
  const categoryOptions = useCategoryOptions(scope);
  const categoryList = store.categoryOptions(scope);
  const choices = useMemo(() => categoryChoices(categoryList, scope), [categoryList, scope]);
  // The user's choices over the suggestions, for every value of every categories column.
  const categoryValues = useMemo(() => {
    const rows = sheet?.rows.slice(headerRow) ?? [];
    const maps: Record<number, CategoryValueMap> = {};
    mapping.forEach((target, column) => {
      if (target === 'categories')
        maps[column] = suggestCategoryValueMap(
          distinctCategoryValues(rows, column),
          choices,
          categoryChoicesByColumn[column],
        );
    });
    return maps;
  }, [sheet, headerRow, mapping, choices, categoryChoicesByColumn]);

  const fileErrorText = (error: unknown) =>
    error instanceof SpreadsheetFileProblem
      ? t(`spreadsheet.fileErrors.${error.code}`, { max: maxImportRows.toLocaleString() })
      : t('spreadsheet.fileErrors.notSpreadsheet');

  const reset = () => {
    setStep(0);
    setWorkbook(null);
    setPlanned([]);
    setActions(new Map());
    setResult(null);
    setProgress(null);
    setFileError(null);
  };

  const chooseFile = async () => {
    setFileError(null);
    setMessage(null);
    let opened;
    try {
      opened = await platform.openSpreadsheet();
    } catch {
      setFileError(t('spreadsheet.fileErrors.fileTooLarge'));
      return;
    }
    if (!opened) return;
    setReading(true);
    try {
      const read = await readSpreadsheet(opened.name, opened.bytes);
      const firstWithRows = Math.max(
        0,
        read.sheets.findIndex((current) => current.rows.length > 0),
      );
      const first = read.sheets[firstWithRows]!;
      if (first.rows.length === 0) throw new SpreadsheetFileProblem('emptySheet');
      const header = detectHeaderRow(first.rows);
      if (dataRowCountOf(read, firstWithRows, header) === 0) throw new SpreadsheetFileProblem('noDataRows');
      setWorkbook(read);
      selectSheet(read, firstWithRows, header);
      setStep(1);
    } catch (error) {
      setFileError(fileErrorText(error));
    } finally {
      setReading(false);
    }
  };

  const selectSheet = (book: WorkbookData, index: number, header: number | null) => {
    const rows = book.sheets[index]?.rows ?? [];
    const nextHeader = header ?? detectHeaderRow(rows);
    setSheetIndex(index);
    setHeaderRow(nextHeader);
    setCategoryValues({});
    setCategoryMarks({});
    setMapping(suggestMapping((rows[nextHeader - 1] ?? []).map(cellText), kind, own.names));
  };

  const isMappingComplete =
    kind === 'people'
      ? mapping.includes('fullName') || mapping.includes('lastName')
      : mapping.includes('name');

  const buildPreview = async () => {
    if (!sheet) return;
    const candidates = buildImportRows(
      sheet.rows.slice(headerRow),
      {
        kind,
        mapping,
        nameOrder,
        headerRow,
        sectorLabels: own.sectorLabels,
        categoryValues,
        categoryMarks,
      },
      validationContextFor(store),
    );
    setPlanned(planImport(candidates, store, await erasedRowsOf(store.database, candidates)));
    setActions(new Map());
    setStep(3);
  };

  const startImport = async () => {
    if (!workbook) return;
    const batchId = crypto.randomUUID();
    const now = Date.now();
    const plan = buildWritePlan(planned, actions, store, {
      batchId,
      now,
      newId: () => crypto.randomUUID(),
      context: validationContextFor(store),
    });
    const issuesByRow = new Map(planned.map((row) => [row.candidate.rowNumber, row.candidate.issues]));
    const statuses = [...plan.outcomes.values()].map((outcome) => outcome.status);
    const count = (status: string) => statuses.filter((current) => current === status).length;
    abort.current = new AbortController();
    setStep(4);
    setProgress({ written: 0, total: plan.creates.length + plan.updates.length });
    const batch = {
      id: batchId,
      startedAt: now,
      fileName: workbook.fileName,
      kind,
      counts: {
        created: count('created'),
        updated: count('updated'),
        skipped: count('skipped') + count('unchanged') + count('duplicate'),
        invalid: count('invalid'),
      },
    };
    const options = { onProgress: setProgress, signal: abort.current.signal };
    const sessionState = session.state();
    try {
      // Writes run in a worker with its own RxDB instance; where a worker cannot start, in chunks here.
      const outcome =
        sessionState.phase === 'unlocked' && typeof Worker !== 'undefined'
          ? await commitInWorker(
              { registerId: sessionState.registerId, key: sessionState.key, plan, batch },
              options,
            ).then(
              (result) => {
                setCommitMode('worker');
                return result;
              },
              (error: unknown) => {
                if (!(error instanceof WorkerStartError)) throw error;
                setCommitMode('mainThread');
                return commitImport(store.database, plan, batch, options);
              },
            )
          : (setCommitMode('mainThread'), await commitImport(store.database, plan, batch, options));
      if (outcome.status === 'cancelled') {
        setMessage({ text: t('spreadsheet.cancelled'), severity: 'info' });
        reset();
        return;
      }
      recordAccess(store, {
        action: 'import',
        source: 'import',
        personIds: [
          ...plan.creates
            .filter((item) => item.collection === 'people')
            .map((item) => String(item.record.id)),
          ...plan.updates.filter((item) => item.collection === 'people').map((item) => String(item.next.id)),
        ],
        fileName: workbook?.fileName ?? '',
      });
      setResult({ batchId, plan, issuesByRow });
    } catch (error) {
      setMessage({
        text: t('spreadsheet.failed', { message: error instanceof Error ? error.message : String(error) }),
        severity: 'error',
      });
      reset();
    } finally {
      setCancelling(false);
      setHistoryKey((key) => key + 1);
    }
  };

  const downloadReport = async () => {
    if (!result || !sheet || !workbook) return;
    const bytes = await buildImportReport({
      sheet,
      headerRow,
      outcomes: result.plan.outcomes,
      issuesByRow: result.issuesByRow,
      t: (key, params) => String(t(key as never, params as never)),
    });
    await platform.saveFile({
      suggestedName: `${t('spreadsheet.fileNameReport')}-${workbook.fileName.replace(/\.[^.]*$/, '')}.xlsx`,
      bytes,
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
  };

  const resultCounts = result
    ? (() => {
        const statuses = [...result.plan.outcomes.values()].map((outcome) => outcome.status);
        const count = (...wanted: string[]) => statuses.filter((status) => wanted.includes(status)).length;
        return {
          created: count('created'),
          updated: count('updated'),
          skipped: count('skipped', 'unchanged', 'duplicate'),
          invalid: count('invalid'),
        };
      })()
    : null;

  const steps = ['stepFile', 'stepSheet', 'stepMapping', 'stepPreview', 'stepCommit'] as const;
  return (
    <Stack spacing={2} data-testid="import-page">
      <PageHeader title={t('spreadsheet.importTitle')} />
      <Stepper activeStep={step} alternativeLabel>
        {steps.map((key) => (
          <Step key={key}>
            <StepLabel>{t(`spreadsheet.${key}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {message ? (
        <Alert severity={message.severity} data-testid="import-message" onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      {step === 0 ? (
        <FileStep
          kind={kind}
          onKindChange={setKind}
          onChoose={() => void chooseFile()}
          isReading={isReading}
          error={fileError}
        />
      ) : null}
      {step === 1 && workbook ? (
        <SheetStep
          workbook={workbook}
          sheetIndex={sheetIndex}
          headerRow={headerRow}
          dataRowCount={dataRowCountOf(workbook, sheetIndex, headerRow)}
          onChange={(index, header) => selectSheet(workbook, index, header)}
        />
      ) : null}
      {step === 2 ? (
        <>
          {!isMappingComplete ? (
            <Alert severity="info">
              {t(kind === 'people' ? 'spreadsheet.needsName' : 'spreadsheet.needsOrganisationName')}
            </Alert>
          ) : null}
          <MappingStep
            kind={kind}
            headers={paddedHeaders}
            examples={examples}
            mapping={Array.from({ length: width }, (_, column) => mapping[column] ?? '')}
            nameOrder={nameOrder}
            onMappingChange={setMapping}
            onNameOrderChange={setNameOrder}
            rows={sheet?.rows.slice(headerRow) ?? []}
            categoryOptions={categoryOptions}
            categoryValues={categoryValues}
            categoryMarks={categoryMarks}
            onCategoryValuesChange={setCategoryValues}
            onCategoryMarksChange={setCategoryMarks}
            notify={(text) => notify(text, 'success')}
          />
        </>
      ) : null}
      {step === 3 ? <PreviewStep rows={planned} actions={actions} onActionsChange={setActions} /> : null}
      {step === 4 && !result && progress ? (
        <Stack spacing={1} sx={{ maxWidth: 640 }}>
          <Typography data-testid="import-progress">
            {isCancelling
              ? t('spreadsheet.cancelling')
              : t('spreadsheet.writing', { written: progress.written, total: progress.total })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={progress.total === 0 ? 100 : (100 * progress.written) / progress.total}
          />
          <Box>
            <Button
              disabled={isCancelling}
              onClick={() => {
                setCancelling(true);
                abort.current?.abort();
              }}
              data-testid="cancel-import"
            >
              {t('spreadsheet.cancel')}
            </Button>
          </Box>
        </Stack>
      ) : null}
      {step === 4 && result && resultCounts ? (
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <Alert
            severity="success"
            data-testid="import-result"
            data-created={resultCounts.created}
            data-updated={resultCounts.updated}
            data-skipped={resultCounts.skipped}
            data-invalid={resultCounts.invalid}
            data-commit-mode={commitMode}
          >
            <strong>{t('spreadsheet.resultTitle')}</strong>
            <div>{t('spreadsheet.resultCounts', resultCounts)}</div>
          </Alert>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" onClick={() => void downloadReport()} data-testid="download-report">
              {t('spreadsheet.downloadReport')}
            </Button>
            <Button color="error" onClick={() => setConfirmingUndo(true)} data-testid="undo-import">
              {t('spreadsheet.undoImport')}
            </Button>
            <Button onClick={reset} data-testid="new-import">
              {t('spreadsheet.newImport')}
            </Button>
          </Stack>
        </Stack>
      ) : null}
      <ConfirmDialog
        isOpen={isConfirmingUndo}
        title={t('spreadsheet.undoImport')}
        text={t('spreadsheet.undoConfirm')}
        confirmLabel={t('spreadsheet.undoImport')}
        isDestructive
        onClose={() => setConfirmingUndo(false)}
        onConfirm={() => {
          setConfirmingUndo(false);
          if (!result) return;
          void undoImport(store.database, result.batchId).then(() => {
            setMessage({ text: t('spreadsheet.undone'), severity: 'success' });
            reset();
            setHistoryKey((key) => key + 1);
          });
        }}
      />
      {step >= 1 && step <= 3 ? (
        <Stack
          direction="row"
          spacing={1}
          // Stays in view under a long preview, so Import never needs a scroll to the end of 200 rows.
          sx={{ position: 'sticky', bottom: 0, py: 1.5, bgcolor: 'background.default', zIndex: 2 }}
        >
          <Button onClick={() => (step === 1 ? reset() : setStep(step - 1))} data-testid="previous-step">
            {t('spreadsheet.back')}
          </Button>
          {step === 3 ? (
            <Button variant="contained" onClick={() => void startImport()} data-testid="start-import">
              {t('spreadsheet.startImport')}
            </Button>
          ) : (
            <Button
              variant="contained"
              disabled={step === 2 && !isMappingComplete}
              onClick={() => (step === 2 ? buildPreview() : setStep(step + 1))}
              data-testid="next-step"
            >
              {t('spreadsheet.next')}
            </Button>
          )}
        </Stack>
      ) : null}
      {step === 0 ? <ImportHistory refreshKey={historyKey} /> : null}
    </Stack>
  );
};
