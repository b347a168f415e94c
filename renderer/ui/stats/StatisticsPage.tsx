import { statisticTextKey } from '../../stats/statisticTextKey';
import { TableChart } from '@mui/icons-material';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportingYearStatisticKeys } from '../../../shared/stats/statisticRegistry';
import type { StatisticResult } from '../../../shared/stats/statisticTypes';
import { useApp, useStore } from '../../app/AppContext';
import { statisticSheet } from '../../stats/statisticSheet';
import { useLabelTranslator } from '../../stats/useLabelTranslator';
import { useStatistics } from '../../stats/useStatistics';
import { writeXlsx } from '../../spreadsheet/writeXlsx';
import { PageHeader } from '../common/PageHeader';
import { StatisticCard } from './StatisticCard';

const last24 = 'last24';

/** A title as a file name: lower case, words joined by hyphens, no characters file systems refuse. */
const fileNameOf = (title: string): string =>
  title
    .toLocaleLowerCase()
    .replace(/[\\/:*?"<>|]/g, '')
    .trim()
    .replace(/\s+/g, '-');

/** The years the selector offers: from the oldest record's year to this year, newest first. */
const yearsOf = (store: ReturnType<typeof useStore>, thisYear: number): number[] => {
  let oldest = Date.now();
  for (const person of store.people.values()) if (person.createdAt < oldest) oldest = person.createdAt;
  for (const organisation of store.organisations.values())
    if (organisation.createdAt < oldest) oldest = organisation.createdAt;
  const first = Math.max(new Date(oldest).getFullYear(), thisYear - 30);
  return Array.from({ length: thisYear - first + 1 }, (_, index) => thisYear - index);
};

/**
 * The statistics dashboard. `data-charts-ready` is set once the register has fully loaded and every
 * chart has drawn, so tests and the benchmark can wait for it.
 */
export const StatisticsPage = () => {
  const { t } = useTranslation();
  const { platform, notify } = useApp();
  const store = useStore();
  const thisYear = new Date().getFullYear();
  const [period, setPeriod] = useState<string>(String(thisYear));
  const year = period === last24 ? null : Number(period);
  const results = useStatistics(year);
  const translator = useLabelTranslator();
  const [isExporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const years = useMemo(
    () => yearsOf(store, thisYear),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the record count changes.
    [store, store.people.size, store.organisations.size, thisYear],
  );
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(new Set());
  const drawnHandlers = useMemo(
    () =>
      new Map(
        results.map((result) => [
          result.key,
          () => setDrawn((current) => (current.has(result.key) ? current : new Set(current).add(result.key))),
        ]),
      ),
    [results],
  );
  const isLoaded = store.loading().isComplete;
  const isReady = isLoaded && results.every((result) => drawn.has(result.key));
  const reportingYear = year ?? thisYear;

  const save = useCallback(
    async (sheets: StatisticResult[], fileName: string, sheetName?: (key: string) => string) => {
      setExporting(true);
      setError(null);
      try {
        const bytes = await writeXlsx(
          sheets.map((result) =>
            statisticSheet(
              result,
              sheetName?.(result.key) ?? t(statisticTextKey(result.key, 'titles') as never),
              t(statisticTextKey(result.key, 'rowHeaders') as never),
              translator,
            ),
          ),
        );
        const isSaved = await platform.saveFile({
          suggestedName: `${fileName}.xlsx`,
          bytes,
          filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        });
        if (isSaved) notify(t('stats.exported'), 'success');
      } catch (exportError) {
        setError(
          t('stats.exportFailed', {
            message: exportError instanceof Error ? exportError.message : String(exportError),
          }),
        );
      } finally {
        setExporting(false);
      }
    },
    [platform, notify, t, translator],
  );

  const periodName = year === null ? t('stats.fileLast24') : String(year);
  return (
    <Stack spacing={2} data-testid="statistics-page" data-charts-ready={isReady ? 'true' : 'false'}>
      <PageHeader
        title={t('stats.title')}
        subtitle={t('stats.subtitle')}
        actions={
          <>
            <TextField
              fullWidth={false}
              select
              size="small"
              label={t('stats.period')}
              value={period}
              onChange={(event) => {
                setDrawn(new Set());
                setPeriod(event.target.value);
              }}
              sx={{ width: 220 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'statistics-period' } as object } }}
            >
              <MenuItem value={last24}>{t('stats.periodLast24')}</MenuItem>
              {years.map((item) => (
                <MenuItem key={item} value={String(item)}>
                  {t('stats.periodYear', { year: item })}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              startIcon={<TableChart />}
              disabled={isExporting}
              data-testid="reporting-year-export"
              onClick={() =>
                void save(
                  results.filter((result) =>
                    (reportingYearStatisticKeys as readonly string[]).includes(result.key),
                  ),
                  `${t('stats.fileReportingYear')}-${reportingYear}`,
                  (key) =>
                    t(key === 'reportingYearPeople' ? 'stats.sheetPeople' : 'stats.sheetOrganisations', {
                      year: reportingYear,
                    }),
                )
              }
            >
              {t('stats.reportingYearExport', { year: reportingYear })}
            </Button>
          </>
        }
      />
      {isLoaded ? null : <Alert severity="info">{t('stats.incomplete')}</Alert>}
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Typography variant="body2" color="text.secondary">
        {t('stats.reportingYearNote')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        {results.map((result) => (
          <StatisticCard
            key={`${result.key}-${period}`}
            result={result}
            translator={translator}
            onDrawn={drawnHandlers.get(result.key)!}
            isExporting={isExporting}
            onExport={() =>
              void save(
                [result],
                `${fileNameOf(t(statisticTextKey(result.key, 'titles') as never))}-${periodName}`,
              )
            }
          />
        ))}
      </Box>
    </Stack>
  );
};
