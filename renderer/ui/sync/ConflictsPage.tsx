import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConflictRecord } from '../../../shared/model';
import { refusalDetailsOf } from '../../../shared/sync/pushRefusals';
import { useApp, useStore, useSync } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { formatTimestamp } from '../common/formatting';
import { PageHeader } from '../common/PageHeader';
import { chooseConflictValue, dismissConflict, settleDeletionConflict } from './conflictActions';
import { formatConflictValue } from './formatConflictValue';
import { useOpenConflicts } from './useOpenConflicts';

const recordHref = (conflict: ConflictRecord): string | null => {
  if (conflict.recordCollection === 'people') return routeToHash({ page: 'person', id: conflict.recordId });
  if (conflict.recordCollection === 'organisations')
    return routeToHash({ page: 'organisation', id: conflict.recordId });
  return null;
};

const ValueCard = ({
  title,
  lines,
  author,
  action,
  testId,
}: {
  title: string;
  lines: string[];
  author: string;
  action: React.ReactNode;
  testId: string;
}) => {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 1.5, flex: 1, minWidth: 0 }} data-testid={testId}>
      <Typography variant="overline" color="text.secondary">
        {title}
      </Typography>
      <Box sx={{ my: 0.5, wordBreak: 'break-word' }} data-testid={`${testId}-value`}>
        {lines.length === 0 ? (
          <Typography color="text.secondary">{t('sync.conflicts.emptyValue')}</Typography>
        ) : (
          lines.map((line, index) => <Typography key={index}>{line}</Typography>)
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {author}
      </Typography>
      {action}
    </Paper>
  );
};

const ConflictCard = ({ conflict }: { conflict: ConflictRecord }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const language = i18n.language;
  const mySync = store.settings().sync;
  // The server records authors by user id; names of other users are not known on this device.
  const who = (name: string, isLocal: boolean) => {
    if (isLocal) return name === '' ? t('sync.conflicts.you') : name;
    if (name !== '' && name === mySync?.userId) return t('sync.conflicts.youElsewhere');
    return t('sync.conflicts.unknownUser');
  };
  const when = (time: number) => (time > 0 ? formatTimestamp(time, language) : t('common.none'));
  const href = recordHref(conflict);
  const fieldKey = `fields.${conflict.field}`;
  const fieldLabel = i18n.exists(fieldKey) ? t(fieldKey) : conflict.field;

  const run = async (task: () => Promise<unknown>) => {
    try {
      const result = await task();
      if (result === false) notify(t('sync.conflicts.recordGone'), 'warning');
      else notify(t('sync.conflicts.resolved'));
    } catch (error) {
      notify(
        t('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }),
        'error',
      );
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2 }}
      component="article"
      data-testid="conflict"
      data-field={conflict.field}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        <Chip
          size="small"
          label={
            i18n.exists(`sync.conflicts.collections.${conflict.recordCollection}`)
              ? t(`sync.conflicts.collections.${conflict.recordCollection}` as never)
              : t('sync.conflicts.collections.other')
          }
        />
        <Typography variant="h3" component="h2" sx={{ flex: 1 }} data-testid="conflict-record">
          {conflict.recordLabel || t('common.none')}
        </Typography>
        {href ? (
          <Button size="small" href={href}>
            {t('sync.conflicts.openRecord')}
          </Button>
        ) : null}
        <Button
          size="small"
          color="inherit"
          onClick={() => void run(() => dismissConflict(store, conflict))}
          data-testid="conflict-dismiss"
        >
          {t('sync.conflicts.dismiss')}
        </Button>
      </Stack>
      {conflict.kind === 'field' ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('sync.conflicts.field')}: <strong>{fieldLabel}</strong>
          </Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5}>
            <ValueCard
              testId="conflict-kept"
              title={t('sync.conflicts.kept')}
              lines={formatConflictValue(conflict.keptValue, t('common.yes'), t('common.no'))}
              author={t('sync.conflicts.byAt', {
                name: who(conflict.keptBy, true),
                time: when(conflict.keptAt),
              })}
              action={
                <Button
                  variant="outlined"
                  size="small"
                  onClick={() => void run(() => chooseConflictValue(store, conflict, 'kept'))}
                  data-testid="conflict-keep"
                >
                  {t('sync.conflicts.keepThis')}
                </Button>
              }
            />
            <ValueCard
              testId="conflict-other"
              title={t('sync.conflicts.other')}
              lines={formatConflictValue(conflict.otherValue, t('common.yes'), t('common.no'))}
              author={t('sync.conflicts.byAt', {
                name: who(conflict.otherBy, false),
                time: when(conflict.otherAt),
              })}
              action={
                <Button
                  variant="contained"
                  size="small"
                  onClick={() => void run(() => chooseConflictValue(store, conflict, 'other'))}
                  data-testid="conflict-use-other"
                >
                  {t('sync.conflicts.useThis')}
                </Button>
              }
            />
          </Stack>
        </>
      ) : (
        <Stack spacing={1.5}>
          <Alert severity="warning">
            {t(`sync.conflicts.${conflict.kind}`, {
              name: who(conflict.otherBy, false),
              time: when(conflict.otherAt),
            })}
          </Alert>
          <Stack direction="row" spacing={1}>
            <Button
              variant="outlined"
              color="error"
              onClick={() => void run(() => settleDeletionConflict(store, conflict, 'delete'))}
              data-testid="conflict-delete-record"
            >
              {t('sync.conflicts.deleteRecord')}
            </Button>
            <Button
              variant="contained"
              onClick={() => void run(() => settleDeletionConflict(store, conflict, 'keep'))}
              data-testid="conflict-keep-record"
            >
              {t('sync.conflicts.keepRecord')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Paper>
  );
};

const collectionLabel = (
  collection: string,
  t: ReturnType<typeof useTranslation>['t'],
  exists: (key: string) => boolean,
) =>
  exists(`sync.conflicts.collections.${collection}`)
    ? t(`sync.conflicts.collections.${collection}` as never)
    : t('sync.conflicts.collections.other');

/** A local change the server refused: why, and the user's three ways out. */
const RefusalCard = ({ refusal }: { refusal: ConflictRecord }) => {
  const { t, i18n } = useTranslation();
  const sync = useSync();
  const { notify } = useApp();
  const details = refusalDetailsOf(refusal);
  const href = recordHref(refusal);
  const issueText = (issue: { path: string; code: string }) => {
    const field = issue.path.split('.')[0] ?? issue.path;
    const fieldLabel = i18n.exists(`fields.${field}`) ? t(`fields.${field}` as never) : field;
    const message = i18n.exists(`validation.${issue.code}`)
      ? t(`validation.${issue.code}` as never)
      : t('sync.refusals.otherIssue', { code: issue.code });
    return `${fieldLabel}: ${message}`;
  };
  const run = async (choice: 'tryAgain' | 'keepLocal' | 'discard') => {
    try {
      const outcome = await sync.settleRefusal(refusal.id, choice);
      if (outcome === null) notify(t('sync.conflicts.recordGone'), 'warning');
      else notify(t(`sync.refusals.${outcome}`));
    } catch (error) {
      if (error instanceof Error && error.name === 'SyncRequestError')
        notify(t('sync.refusals.unreachable'), 'error');
      else
        notify(
          t('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }),
          'error',
        );
    }
  };
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2 }}
      component="article"
      data-testid="refusal"
      data-reason={details.reason}
      data-record-id={refusal.recordId}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        <Chip size="small" label={collectionLabel(refusal.recordCollection, t, (key) => i18n.exists(key))} />
        <Typography variant="h3" component="h2" sx={{ flex: 1 }} data-testid="refusal-record">
          {refusal.recordLabel || t('common.none')}
        </Typography>
        {href ? (
          <Button size="small" href={href}>
            {t('sync.conflicts.openRecord')}
          </Button>
        ) : null}
      </Stack>
      <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="refusal-reason">
        {t(`sync.refusals.reasons.${details.reason}`)}
        {details.issues.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {details.issues.map((issue) => (
              <li key={`${issue.path}:${issue.code}`}>{issueText(issue)}</li>
            ))}
          </Box>
        ) : null}
      </Alert>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {t('sync.refusals.refusedAt', { time: formatTimestamp(refusal.updatedAt, i18n.language) })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" onClick={() => void run('tryAgain')} data-testid="refusal-try-again">
          {t('sync.refusals.tryAgain')}
        </Button>
        <Button variant="outlined" onClick={() => void run('keepLocal')} data-testid="refusal-keep-local">
          {t('sync.refusals.keepLocal')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          onClick={() => void run('discard')}
          data-testid="refusal-discard"
        >
          {t('sync.refusals.discard')}
        </Button>
      </Stack>
    </Paper>
  );
};

/**
 * Values sync set aside, one card each, with both sides and who changed them when; above them the
 * local changes the server refused, which wait for the user's decision like a conflict does.
 */
export const ConflictsPage = () => {
  const { t } = useTranslation();
  const open = useOpenConflicts();
  const refusals = open.filter((record) => record.kind === 'refused');
  const conflicts = open.filter((record) => record.kind !== 'refused');
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <PageHeader
        title={t('sync.conflicts.title')}
        subtitle={t('sync.conflicts.openCount', { count: conflicts.length })}
      />
      <Typography color="text.secondary">{t('sync.conflicts.intro')}</Typography>
      {refusals.length > 0 ? (
        <Stack spacing={2} component="section" data-testid="refusals">
          <Typography variant="h2">{t('sync.refusals.title')}</Typography>
          <Typography color="text.secondary">{t('sync.refusals.intro')}</Typography>
          {refusals.map((refusal) => (
            <RefusalCard key={refusal.id} refusal={refusal} />
          ))}
        </Stack>
      ) : null}
      {conflicts.length === 0 ? (
        <Alert severity="success" data-testid="conflicts-empty">
          {t('sync.conflicts.empty')}
        </Alert>
      ) : (
        conflicts.map((conflict) => <ConflictCard key={conflict.id} conflict={conflict} />)
      )}
    </Stack>
  );
};
