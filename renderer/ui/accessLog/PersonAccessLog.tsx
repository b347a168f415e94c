import { Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessEntriesAbout } from '../../../shared/accessLog/accessEntriesAbout';
import type { AccessEntry } from '../../../shared/model';
import { recordAccess } from '../../accessLog/recordAccess';
import { useStore } from '../../app/AppContext';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatTimestamp } from '../common/formatting';

const pageSize = 10;

/**
 * "Who has viewed or exported this": the access log entries about one person, newest first. Mounting
 * it is the viewing, so the person's page records itself here.
 */
export const PersonAccessLog = ({ personId }: { personId: string }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [shown, setShown] = useState(pageSize);
  const single = useLiveRecords('accessEntries', { personId }, personId).records;
  // Bulk entries (exports, imports) list their people encrypted; there are few, so they are read whole.
  const bulk = useLiveRecords('accessEntries', { personId: '' }, 'bulk').records;
  const entries = useMemo(() => accessEntriesAbout(personId, [...single, ...bulk]), [personId, single, bulk]);

  useEffect(() => {
    recordAccess(store, { action: 'view', source: 'personPage', personIds: [personId] });
  }, [store, personId]);

  const what = (entry: AccessEntry) => {
    const action = `${t(`accessLog.actions.${entry.action}`)}: ${t(`accessLog.sources.${entry.source}`)}`;
    const people =
      entry.personId === '' ? ` (${t('accessLog.withPeople', { count: entry.personCount })})` : '';
    return `${action}${people}${entry.fileName ? ` · ${entry.fileName}` : ''}`;
  };

  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: { xs: 2, md: 3 } }}
      data-testid="person-access-log"
    >
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {t('accessLog.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('accessLog.intro')}
      </Typography>
      {entries.length === 0 ? (
        <Typography>{t('accessLog.empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('accessLog.columns.when')}</TableCell>
              <TableCell>{t('accessLog.columns.who')}</TableCell>
              <TableCell>{t('accessLog.columns.what')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.slice(0, shown).map((entry) => (
              <TableRow key={entry.id} data-testid="access-entry" data-action={entry.action}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatTimestamp(entry.at, i18n.language)}
                </TableCell>
                <TableCell>{entry.actor || t('accessLog.thisDevice')}</TableCell>
                <TableCell>{what(entry)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {entries.length > shown ? (
        <Button sx={{ mt: 1 }} onClick={() => setShown(shown + pageSize)}>
          {t('accessLog.showMore')}
        </Button>
      ) : null}
    </Paper>
  );
};
