import { Block, DeleteForever, Download, LockOpen, PostAdd } from '@mui/icons-material';
import {
  Button,
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
import { recordAccess } from '../../accessLog/recordAccess';
import type { RightsRequest } from '../../../shared/model';
import { isProcessingRestricted } from '../../../shared/rights/processingRestriction';
import { sortRequestsForLog } from '../../../shared/rights/requestDueDate';
import { useApp, useStore, useSync } from '../../app/AppContext';
import { exportPersonData, type AccessFormat } from '../../rights/exportPersonData';
import { closeRightsRequest, liftRestriction, logRightsRequest } from '../../rights/rightsRequestActions';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate } from '../common/formatting';
import { ErasureDialog } from './ErasureDialog';
import { LogRequestDialog } from './LogRequestDialog';
import { RequestStateChip } from './RequestStateChip';

/**
 * The person page's data subject rights: the person's requests with their due dates, and the actions
 * that answer them (export their data, restrict or lift, erase). Rectification is the ordinary form.
 */
export const PersonRightsPanel = ({
  person,
}: {
  person: { id: string; name: string; owningUnit: string };
}) => {
  const { t, i18n } = useTranslation();
  const { platform, notify } = useApp();
  const store = useStore();
  const sync = useSync();
  const { records } = useLiveRecords('rightsRequests', { personId: person.id }, person.id);
  const [dialog, setDialog] = useState<'log' | 'restrict' | 'lift' | 'erase' | null>(null);
  const [isExporting, setExporting] = useState(false);
  const today = todayIso();
  const isRestricted = isProcessingRestricted(person.id, records);
  const handledBy = sync.settings().username;
  const requests = sortRequestsForLog(records);

  const exportAs = async (format: AccessFormat) => {
    setExporting(true);
    try {
      const isSaved = await exportPersonData({
        store,
        platform,
        personId: person.id,
        format,
        fileName: `${t('rights.export.fileName')}-${today}`,
        translate: (key) => t(key as never),
      });
      if (isSaved) {
        recordAccess(store, {
          action: 'export',
          source: 'subjectAccessExport',
          personIds: [person.id],
          fileName: `${t('rights.export.fileName')}-${today}.${format}`,
        });
        notify(t('rights.export.saved'), 'success');
      }
    } catch (failure) {
      notify(
        t('rights.export.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
        'error',
      );
    } finally {
      setExporting(false);
    }
  };

  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="person-rights">
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {t('rights.panel.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('rights.panel.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <Button
          startIcon={<PostAdd />}
          variant="outlined"
          onClick={() => setDialog('log')}
          data-testid="log-request"
        >
          {t('rights.panel.logRequest')}
        </Button>
        <Button
          startIcon={<Download />}
          onClick={() => exportAs('xlsx')}
          disabled={isExporting}
          data-testid="export-person-xlsx"
        >
          {t('rights.panel.exportXlsx')}
        </Button>
        <Button
          startIcon={<Download />}
          onClick={() => exportAs('json')}
          disabled={isExporting}
          data-testid="export-person-json"
        >
          {t('rights.panel.exportJson')}
        </Button>
        {isRestricted ? (
          <Button startIcon={<LockOpen />} onClick={() => setDialog('lift')} data-testid="lift-restriction">
            {t('rights.panel.lift')}
          </Button>
        ) : (
          <Button
            startIcon={<Block />}
            onClick={() => setDialog('restrict')}
            data-testid="restrict-processing"
          >
            {t('rights.panel.restrict')}
          </Button>
        )}
        <Button
          startIcon={<DeleteForever />}
          color="error"
          onClick={() => setDialog('erase')}
          data-testid="erase-person"
        >
          {t('rights.panel.erase')}
        </Button>
      </Stack>
      {requests.length === 0 ? (
        <Typography color="text.secondary" data-testid="no-requests">
          {t('rights.panel.noRequests')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('rights.fields.kind')}</TableCell>
              <TableCell>{t('rights.fields.receivedDate')}</TableCell>
              <TableCell>{t('rights.fields.dueDate')}</TableCell>
              <TableCell>{t('rights.fields.state')}</TableCell>
              <TableCell>{t('rights.fields.note')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {requests.map((request: RightsRequest) => (
              <TableRow
                key={request.id}
                data-testid="person-request"
                data-kind={request.kind}
                data-due={request.dueDate}
              >
                <TableCell>{t(`rights.kinds.${request.kind}`)}</TableCell>
                <TableCell>{formatDate(request.receivedDate, i18n.language)}</TableCell>
                <TableCell>{formatDate(request.dueDate, i18n.language)}</TableCell>
                <TableCell>
                  <RequestStateChip request={request} today={today} />
                  {request.restrictionLiftedAt > 0 ? (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {t('rights.restriction.liftedOn', {
                        date: formatDate(
                          new Date(request.restrictionLiftedAt).toISOString().slice(0, 10),
                          i18n.language,
                        ),
                      })}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{request.note}</TableCell>
                <TableCell align="right">
                  {request.state === 'open' ? (
                    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                      <Button
                        size="small"
                        onClick={() => closeRightsRequest(store.database, request.id, 'done', handledBy)}
                        data-testid="request-done"
                      >
                        {t('rights.panel.markDone')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => closeRightsRequest(store.database, request.id, 'refused', handledBy)}
                        data-testid="request-refuse"
                      >
                        {t('rights.panel.refuse')}
                      </Button>
                    </Stack>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <LogRequestDialog person={person} isOpen={dialog === 'log'} onClose={() => setDialog(null)} />
      <ConfirmDialog
        isOpen={dialog === 'restrict'}
        title={t('rights.restriction.title')}
        text={t('rights.restriction.text', { name: person.name })}
        confirmLabel={t('rights.panel.restrict')}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          setDialog(null);
          await logRightsRequest(
            store.database,
            person,
            { kind: 'restriction', receivedDate: today, note: '' },
            { today, handledBy, isHandled: true },
          );
          notify(t('rights.restriction.applied'), 'success');
        }}
      />
      <ConfirmDialog
        isOpen={dialog === 'lift'}
        title={t('rights.restriction.liftTitle')}
        text={t('rights.restriction.liftText', { name: person.name })}
        confirmLabel={t('rights.panel.lift')}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          setDialog(null);
          await liftRestriction(store.database, person.id, handledBy);
          notify(t('rights.restriction.lifted'), 'success');
        }}
      />
      <ErasureDialog person={person} isOpen={dialog === 'erase'} onClose={() => setDialog(null)} />
    </Paper>
  );
};
