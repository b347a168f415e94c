import { History } from '@mui/icons-material';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncCollection } from '../../../shared/sync/syncProtocol';
import type { AdminApi } from '../../admin/adminApi';
import { accessLogRows, type AccessLogRow } from '../../admin/accessLogRows';
import { adminErrorKey, type AdminErrorKey } from '../../admin/adminErrorKey';
import { formatTimestamp } from '../common/formatting';
import { AdminErrorAlert } from './AdminErrorAlert';

const AccessLogDialog = ({
  api,
  collection,
  recordId,
  onClose,
}: {
  api: AdminApi;
  collection: SyncCollection;
  recordId: string;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<AccessLogRow[] | null>(null);
  const [error, setError] = useState<AdminErrorKey | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([api.recordAudit(collection, recordId), api.listUsers()])
      .then(([entries, users]) => {
        if (!isCurrent) return;
        setRows(accessLogRows(entries, users));
        setError(null);
      })
      .catch((failure: unknown) => isCurrent && setError(adminErrorKey(failure)));
    return () => {
      isCurrent = false;
    };
  }, [api, collection, recordId, generation]);

  const hasDetails = rows?.some((row) => row.grantee !== null) ?? false;
  const who = (row: AccessLogRow) =>
    row.who ? `${row.who.displayName} (${row.who.username})` : t('admin.accessLog.unknownUser');
  const detail = (row: AccessLogRow) =>
    row.grantee === null
      ? ''
      : row.grantee.kind === 'unit'
        ? t('admin.accessLog.shareUnit', { id: row.grantee.id })
        : t('admin.accessLog.shareUser', { name: row.grantee.name ?? row.grantee.id });

  return (
    <Dialog open onClose={onClose} aria-labelledby="access-log-title" maxWidth="md" fullWidth>
      <DialogTitle id="access-log-title">{t('admin.accessLog.title')}</DialogTitle>
      <DialogContent data-testid="access-log">
        <DialogContentText sx={{ mb: 2 }}>{t('admin.accessLog.intro')}</DialogContentText>
        <AdminErrorAlert errorKey={error} testId="access-log-error" />
        {rows === null ? (
          error ? null : (
            <Typography color="text.secondary">{t('admin.loading')}</Typography>
          )
        ) : rows.length === 0 ? (
          <Typography color="text.secondary">{t('admin.accessLog.empty')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('admin.accessLog.at')}</TableCell>
                <TableCell>{t('admin.accessLog.who')}</TableCell>
                <TableCell>{t('admin.accessLog.operation')}</TableCell>
                {hasDetails ? <TableCell>{t('admin.accessLog.detail')}</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-testid="access-log-row" data-operation={row.operation}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatTimestamp(row.at, i18n.language)}
                  </TableCell>
                  <TableCell>{who(row)}</TableCell>
                  <TableCell>
                    {row.operationKey === 'other'
                      ? t('admin.accessLog.operations.other', { operation: row.operation })
                      : t(`admin.accessLog.operations.${row.operationKey}`)}
                  </TableCell>
                  {hasDetails ? <TableCell>{detail(row)}</TableCell> : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setGeneration((value) => value + 1)} data-testid="access-log-reload">
          {t('admin.accessLog.reload')}
        </Button>
        <Button onClick={onClose}>{t('admin.accessLog.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** "Who accessed or changed this record": the audit API answers admins only. */
export const RecordAccessLog = ({
  api,
  collection,
  recordId,
}: {
  api: AdminApi;
  collection: SyncCollection;
  recordId: string;
}) => {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <Box>
      <Button
        size="small"
        startIcon={<History />}
        onClick={() => setOpen(true)}
        data-testid="open-access-log"
      >
        {t('admin.accessLog.open')}
      </Button>
      {isOpen ? (
        <AccessLogDialog
          api={api}
          collection={collection}
          recordId={recordId}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Box>
  );
};
