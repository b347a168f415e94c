import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionPeriodInWords } from '../../../shared/retention/retentionRuleText';
import type { RetentionReviewRow } from '../../retention/reviewRetention';
import { applyRetention, type RetentionRunResult, type RetentionTask } from '../../retention/applyRetention';
import { useRetentionNames } from '../../retention/useRetentionNames';
import { useRetentionReview } from '../../retention/useRetentionReview';
import { routeToHash } from '../../app/useHashRoute';
import { useStore } from '../../app/AppContext';
import { personDisplayName } from '../../state/recordLabels';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { PageHeader } from '../common/PageHeader';
import { formatDate } from '../common/formatting';
import { useRowSelection } from '../common/useRowSelection';
import { VirtualTable, type TableColumn } from '../common/VirtualTable';

type Row = { id: string; name: string; reason: string; action: RetentionTask['action'] };

const reasonKeys = {
  lastActivity: 'retention.review.reasonLastActivity',
  eventEnd: 'retention.review.reasonEventEnd',
  consentWithdrawn: 'retention.review.reasonConsentWithdrawn',
} as const;

const countsOf = (tasks: readonly RetentionTask[]) => ({
  passivate: tasks.filter((task) => task.action === 'passivate').length,
  erase: tasks.filter((task) => task.action === 'erase').length,
});

type Run = { total: number; done: number; result?: RetentionRunResult; isStopped?: boolean };

/** Active people past a retention rule, with the reason; dry run or apply (passivate / erase) on a selection. */
export const RetentionReviewPage = () => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { rows: review, hasRules, today, isLoading } = useRetentionReview();
  const { names, language } = useRetentionNames();
  const [dryRun, setDryRun] = useState<RetentionTask[] | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const isCancelled = useRef(false);

  const whoOf = ({ verdict }: RetentionReviewRow): string => {
    const target = verdict.rule.target;
    if (target.kind === 'category') return names.category(target.key);
    if (target.kind === 'consent') return names.purpose(target.purpose);
    return t('retention.review.eventParticipant');
  };
  const rows = useMemo<Row[]>(
    () =>
      review.map((row) => ({
        id: row.person.id,
        name: personDisplayName(row.person),
        action: row.verdict.rule.action,
        reason: t(reasonKeys[row.verdict.reason.basis], {
          who: whoOf(row),
          date: formatDate(row.verdict.reason.basisDate, i18n.language),
          period: retentionPeriodInWords(row.verdict.rule, language),
        }),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- whoOf reads names, which follow the language.
    [review, t, i18n.language, language, names],
  );
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const selection = useRowSelection(rowIds);
  const tasks = useMemo<RetentionTask[]>(() => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    return selection.selectedIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ personId: id, name: row.name, action: row.action }] : [];
    });
  }, [rows, selection.selectedIds]);
  const counts = countsOf(tasks);
  const isRunning = run !== null && run.result === undefined;

  const columns: TableColumn<Row>[] = [
    {
      key: 'name',
      label: t('retention.review.columns.name'),
      width: 'minmax(160px, 1fr)',
      render: (row) => row.name,
    },
    {
      key: 'reason',
      label: t('retention.review.columns.reason'),
      width: 'minmax(240px, 3fr)',
      render: (row) => (
        <span data-testid="retention-reason" title={row.reason}>
          {row.reason}
        </span>
      ),
    },
    {
      key: 'action',
      label: t('retention.review.columns.action'),
      width: 'minmax(120px, 0.6fr)',
      render: (row) => t(`retention.actions.${row.action}`),
    },
  ];

  const apply = async () => {
    setConfirming(false);
    setDryRun(null);
    isCancelled.current = false;
    const planned = tasks;
    setRun({ total: planned.length, done: 0 });
    const result = await applyRetention(
      store,
      planned,
      (done) => setRun((current) => (current ? { ...current, done } : current)),
      () => isCancelled.current,
    );
    setRun({ total: planned.length, done: result.done, result, isStopped: isCancelled.current });
    selection.clear();
  };

  return (
    <Stack spacing={2} data-testid="retention-review">
      <PageHeader title={t('retention.review.title')} />
      {!hasRules ? (
        <Alert severity="info">{t('retention.review.noRules')}</Alert>
      ) : isLoading ? (
        <Typography color="text.secondary">{t('retention.review.loading')}</Typography>
      ) : (
        <>
          <Typography color="text.secondary">
            {t('retention.review.intro', { date: formatDate(today, i18n.language) })}{' '}
            <span data-testid="retention-count">{t('retention.review.count', { count: rows.length })}</span>
          </Typography>
          {run ? (
            <Paper variant="outlined" sx={{ p: 2 }} data-testid="retention-run">
              {isRunning ? (
                <Stack spacing={1}>
                  <LinearProgress
                    variant="determinate"
                    value={run.total === 0 ? 100 : (run.done / run.total) * 100}
                  />
                  <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                    <Typography role="status">
                      {t('retention.review.progress', { done: run.done, total: run.total })}
                    </Typography>
                    <Button onClick={() => (isCancelled.current = true)} data-testid="retention-stop">
                      {t('retention.review.stop')}
                    </Button>
                  </Stack>
                </Stack>
              ) : run.result?.failure ? (
                <Alert severity="error">{t('retention.review.failed', run.result.failure)}</Alert>
              ) : run.isStopped && run.done < run.total ? (
                <Alert severity="warning">
                  {t('retention.review.stopped', { done: run.done, total: run.total })}
                </Alert>
              ) : (
                <Alert severity="success" data-testid="retention-done">
                  {t('retention.review.done', { count: run.done })}
                </Alert>
              )}
            </Paper>
          ) : null}
          {dryRun ? (
            <Paper variant="outlined" sx={{ p: 2 }} data-testid="retention-dry-run">
              <Typography variant="h3" component="h2">
                {t('retention.review.dryRunTitle')}
              </Typography>
              <Typography data-testid="dry-run-passivate">
                {t('retention.review.wouldPassivate', { count: countsOf(dryRun).passivate })}
              </Typography>
              <Typography data-testid="dry-run-erase">
                {t('retention.review.wouldErase', { count: countsOf(dryRun).erase })}
              </Typography>
              <Box component="ul" sx={{ maxHeight: 240, overflow: 'auto', m: 0 }}>
                {dryRun.slice(0, 1000).map((task) => (
                  <li key={task.personId} data-testid="dry-run-row">
                    {task.name}: {t(`retention.actions.${task.action}`)}
                  </li>
                ))}
              </Box>
            </Paper>
          ) : null}
          {rows.length === 0 ? (
            <Typography data-testid="retention-empty">{t('retention.review.empty')}</Typography>
          ) : (
            <>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography role="status" data-testid="retention-selected">
                  {t('retention.review.selected', { count: tasks.length })}
                </Typography>
                <Button
                  variant="outlined"
                  disabled={tasks.length === 0 || isRunning}
                  onClick={() => setDryRun(tasks)}
                  data-testid="retention-dry-run-button"
                >
                  {t('retention.review.dryRun')}
                </Button>
                <Button
                  variant="contained"
                  color={counts.erase > 0 ? 'error' : 'primary'}
                  disabled={tasks.length === 0 || isRunning}
                  onClick={() => setConfirming(true)}
                  data-testid="retention-apply"
                >
                  {t('retention.review.apply')}
                </Button>
              </Stack>
              <VirtualTable
                rows={rows}
                columns={columns}
                sort={{ key: 'name', direction: 'asc' }}
                onSort={() => undefined}
                label={t('retention.review.title')}
                hrefFor={(row) => routeToHash({ page: 'person', id: row.id })}
                selection={{
                  isSelected: (row) => selection.isSelected(row.id),
                  onToggle: (row) => selection.toggle(row.id),
                  allState: selection.allVisibleState,
                  onToggleAll: selection.toggleAllVisible,
                  rowLabel: (row) => t('retention.review.selectPerson', { name: row.name }),
                  allLabel: t('retention.review.selectAll'),
                }}
              />
            </>
          )}
        </>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('retention.review.confirmTitle')}
        text={[
          counts.passivate > 0 ? t('retention.review.confirmPassivate', { count: counts.passivate }) : '',
          counts.erase > 0 ? t('retention.review.confirmErase', { count: counts.erase }) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('retention.review.confirm')}
        isDestructive={counts.erase > 0}
        onConfirm={() => void apply()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
