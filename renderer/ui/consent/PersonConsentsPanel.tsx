import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentConsentStates, hasMarketingBan, sortedHistory } from '../../../shared/consent/consentHistory';
import type { ConsentEvent, ConsentState, MarketingBanEvent, Person } from '../../../shared/model';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatDate, formatTimestamp } from '../common/formatting';
import { ConsentEventDialog } from './ConsentEventDialog';
import { MarketingBanDialog } from './MarketingBanDialog';

const stateColor = (state: ConsentState | 'unknown') =>
  state === 'given' ? 'success' : state === 'unknown' ? 'default' : 'warning';

type HistoryRow = { kind: 'consent'; event: ConsentEvent } | { kind: 'ban'; event: MarketingBanEvent };

/** A person's consents per purpose, the direct-marketing ban and the whole history of both. */
export const PersonConsentsPanel = ({ person }: { person: Person }) => {
  const { t, i18n } = useTranslation();
  const { purposes, labelOf } = useConsentPurposes();
  const consents = useLiveRecords('consentEvents', { personId: person.id }, person.id).records;
  const bans = useLiveRecords('marketingBans', { personId: person.id }, person.id).records;
  const [dialogPurpose, setDialogPurpose] = useState<string | null>(null);
  const [banAction, setBanAction] = useState<'set' | 'lifted' | null>(null);
  const [isShowingHistory, setShowingHistory] = useState(false);
  const current = currentConsentStates(consents);
  const isBanned = hasMarketingBan(bans);
  const latestBan = sortedHistory(bans).at(-1);
  // Enabled purposes, plus any disabled one the person has a history for.
  const shown = purposes.filter((purpose) => purpose.isEnabled || current.has(purpose.key)).map((p) => p.key);
  const unconfigured = [...current.keys()].filter((key) => !purposes.some((purpose) => purpose.key === key));
  const history: HistoryRow[] = [
    ...consents.map((event) => ({ kind: 'consent' as const, event })),
    ...bans.map((event) => ({ kind: 'ban' as const, event })),
  ];
  // Newest first, in the same order the current state is derived from.
  const ordered = sortedHistory(
    history.map((row) => ({
      ...row,
      id: row.event.id,
      date: row.event.date,
      createdAt: row.event.createdAt,
    })),
  ).reverse();

  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="consents-panel">
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography variant="h3" component="h2">
          {t('consent.title')}
        </Typography>
        <Button
          size="small"
          variant="outlined"
          onClick={() => setDialogPurpose('')}
          data-testid="record-consent"
        >
          {t('consent.recordChange')}
        </Button>
      </Stack>
      <Alert
        severity={isBanned ? 'warning' : 'info'}
        sx={{ mb: 2 }}
        data-testid="ban-status"
        data-banned={isBanned ? 'true' : 'false'}
        action={
          <Button
            color="inherit"
            size="small"
            sx={{ whiteSpace: 'nowrap' }}
            onClick={() => setBanAction(isBanned ? 'lifted' : 'set')}
            data-testid="ban-toggle"
          >
            {isBanned ? t('consent.ban.lift') : t('consent.ban.set')}
          </Button>
        }
      >
        <strong>{t('consent.ban.title')}: </strong>
        {isBanned && latestBan
          ? t('consent.ban.isOn', { date: formatDate(latestBan.date, i18n.language) })
          : t('consent.ban.isOff')}
      </Alert>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('consent.fields.purpose')}</TableCell>
            <TableCell>{t('consent.fields.state')}</TableCell>
            <TableCell>{t('consent.fields.date')}</TableCell>
            <TableCell>{t('consent.fields.source')}</TableCell>
            <TableCell>{t('consent.fields.noticeVersion')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...shown, ...unconfigured].map((key) => {
            const event = current.get(key);
            const state = event?.state ?? 'unknown';
            return (
              <TableRow
                key={key}
                data-testid="consent-row"
                data-purpose={key}
                data-state={state}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => setDialogPurpose(key)}
              >
                <TableCell>{labelOf(key)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={stateColor(state)}
                    label={t(`consent.states.${state}`)}
                    data-testid="consent-state"
                  />
                </TableCell>
                <TableCell>{event ? formatDate(event.date, i18n.language) : ''}</TableCell>
                <TableCell>{event ? t(`consent.sources.${event.source}`) : ''}</TableCell>
                <TableCell>{event?.noticeVersion ?? ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Box sx={{ mt: 1 }}>
        {history.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('consent.noHistory')}
          </Typography>
        ) : (
          <Button
            size="small"
            onClick={() => setShowingHistory(!isShowingHistory)}
            data-testid="consent-history-toggle"
          >
            {isShowingHistory
              ? t('consent.hideHistory')
              : t('consent.showHistory', { count: history.length })}
          </Button>
        )}
        {isShowingHistory ? (
          <Table size="small" data-testid="consent-history">
            <TableHead>
              <TableRow>
                <TableCell>{t('consent.fields.date')}</TableCell>
                <TableCell>{t('consent.fields.purpose')}</TableCell>
                <TableCell>{t('consent.fields.state')}</TableCell>
                <TableCell>{t('consent.fields.source')}</TableCell>
                <TableCell>{t('consent.fields.noticeVersion')}</TableCell>
                <TableCell>{t('consent.fields.note')}</TableCell>
                <TableCell>{t('consent.fields.recordedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {ordered.map((row) => (
                <TableRow key={row.event.id} data-testid="history-row" data-kind={row.kind}>
                  <TableCell>{formatDate(row.event.date, i18n.language)}</TableCell>
                  <TableCell>
                    {row.kind === 'consent' ? labelOf(row.event.purpose) : t('consent.ban.title')}
                  </TableCell>
                  <TableCell data-testid="history-state">
                    {row.kind === 'consent'
                      ? t(`consent.states.${row.event.state}`)
                      : t(`consent.ban.actions.${row.event.action}`)}
                  </TableCell>
                  <TableCell>{t(`consent.sources.${row.event.source}`)}</TableCell>
                  <TableCell>{row.kind === 'consent' ? row.event.noticeVersion : ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{row.event.note}</TableCell>
                  <TableCell>{formatTimestamp(row.event.createdAt, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Box>
      {dialogPurpose !== null ? (
        <ConsentEventDialog
          person={person}
          initialPurpose={dialogPurpose}
          onClose={() => setDialogPurpose(null)}
        />
      ) : null}
      {banAction ? (
        <MarketingBanDialog person={person} action={banAction} onClose={() => setBanAction(null)} />
      ) : null}
    </Paper>
  );
};
