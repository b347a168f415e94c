import { Alert, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { undoImport } from '../../spreadsheet/commitImport';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatTimestamp } from '../common/formatting';

/** Earlier imports with Undo; an interrupted one is shown first with what to do about it. */
export const ImportHistory = ({ refreshKey }: { refreshKey: number }) => {
  const { t, i18n } = useTranslation();
  const { notify } = useApp();
  const store = useStore();
  const [batches, setBatches] = useState<ImportBatch[]>([]);
  const [confirming, setConfirming] = useState<ImportBatch | null>(null);
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    const subscription = store.database.importBatches
      .find({ sort: [{ startedAt: 'desc' }] })
      .$.subscribe((documents) => setBatches(documents.map((document) => document.toJSON() as ImportBatch)));
    return () => subscription.unsubscribe();
  }, [store, refreshKey]);
  if (batches.length === 0) return null;
  const undo = async (batch: ImportBatch) => {
    setBusy(true);
    try {
      await undoImport(store.database, batch.id);
      notify(t('spreadsheet.undone'), 'success');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1}>
      {batches
        .filter((batch) => batch.status === 'inProgress')
        .map((batch) => (
          <Alert
            key={batch.id}
            severity="warning"
            data-testid="interrupted-import"
            action={
              <Button color="inherit" disabled={isBusy} onClick={() => setConfirming(batch)}>
                {t('spreadsheet.undoImport')}
              </Button>
            }
          >
            {t('spreadsheet.interrupted', { file: batch.fileName })}
          </Alert>
        ))}
      <Typography variant="h2">{t('spreadsheet.historyTitle')}</Typography>
      <List dense>
        {batches.slice(0, 20).map((batch) => (
          <ListItem
            key={batch.id}
            data-testid="history-row"
            data-status={batch.status}
            secondaryAction={
              batch.status === 'committed' ? (
                <Button disabled={isBusy} onClick={() => setConfirming(batch)} data-testid="history-undo">
                  {t('spreadsheet.undoImport')}
                </Button>
              ) : null
            }
          >
            <ListItemText
              primary={t('spreadsheet.historyRow', {
                file: batch.fileName,
                date: formatTimestamp(batch.startedAt, i18n.language),
                created: batch.counts.created,
                updated: batch.counts.updated,
              })}
              secondary={t(`spreadsheet.historyStatus.${batch.status}`)}
            />
          </ListItem>
        ))}
      </List>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={t('spreadsheet.undoImport')}
        text={t('spreadsheet.undoConfirm')}
        confirmLabel={t('spreadsheet.undoImport')}
        isDestructive
        onConfirm={() => {
          if (confirming) void undo(confirming);
          setConfirming(null);
        }}
        onClose={() => setConfirming(null)}
      />
    </Stack>
  );
};
