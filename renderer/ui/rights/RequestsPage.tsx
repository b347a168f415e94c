import {
  Alert,
  FormControlLabel,
  Link,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  alpha,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRequestOverdue, sortRequestsForLog } from '../../../shared/rights/requestDueDate';
import { useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { personDisplayName } from '../../state/recordLabels';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatDate } from '../common/formatting';
import { PageHeader } from '../common/PageHeader';
import { RequestStateChip } from './RequestStateChip';

/** The request log: open requests soonest due first, overdue ones in red; closed ones on request. */
export const RequestsPage = () => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { records, isLoading } = useLiveRecords('rightsRequests');
  const [isShowingClosed, setShowingClosed] = useState(false);
  const today = todayIso();
  const shown = useMemo(
    () => sortRequestsForLog(records.filter((request) => isShowingClosed || request.state === 'open')),
    [records, isShowingClosed],
  );
  const overdue = records.filter((request) => isRequestOverdue(request, today)).length;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }} data-testid="requests-page">
      <PageHeader title={t('rights.page.title')} subtitle={t('rights.page.intro')} />
      {overdue > 0 ? (
        <Alert severity="error" data-testid="overdue-summary">
          {t('rights.page.overdue', { count: overdue })}
        </Alert>
      ) : null}
      <FormControlLabel
        control={
          <Switch
            checked={isShowingClosed}
            onChange={(event) => setShowingClosed(event.target.checked)}
            slotProps={{ input: { 'data-testid': 'show-closed-requests' } as object }}
          />
        }
        label={t('rights.page.showClosed')}
      />
      <Paper variant="outlined">
        {!isLoading && shown.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary" data-testid="requests-empty">
            {t(isShowingClosed ? 'rights.page.emptyAll' : 'rights.page.emptyOpen')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('rights.fields.person')}</TableCell>
                <TableCell>{t('rights.fields.kind')}</TableCell>
                <TableCell>{t('rights.fields.receivedDate')}</TableCell>
                <TableCell>{t('rights.fields.dueDate')}</TableCell>
                <TableCell>{t('rights.fields.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((request) => {
                const person = store.people.get(request.personId);
                const isOverdue = isRequestOverdue(request, today);
                return (
                  <TableRow
                    key={request.id}
                    data-testid="request-row"
                    data-overdue={isOverdue}
                    sx={
                      isOverdue
                        ? {
                            bgcolor: (theme) => alpha(theme.palette.error.main, 0.1),
                            boxShadow: (theme) => `inset 4px 0 ${theme.palette.error.main}`,
                          }
                        : undefined
                    }
                  >
                    <TableCell>
                      {person ? (
                        <Link href={routeToHash({ page: 'person', id: person.id })} color="inherit">
                          {personDisplayName(person)}
                        </Link>
                      ) : (
                        <Typography variant="body2" color="inherit" sx={{ fontStyle: 'italic' }}>
                          {t('rights.page.personGone')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{t(`rights.kinds.${request.kind}`)}</TableCell>
                    <TableCell>{formatDate(request.receivedDate, i18n.language)}</TableCell>
                    <TableCell>{formatDate(request.dueDate, i18n.language)}</TableCell>
                    <TableCell>
                      <RequestStateChip request={request} today={today} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
};
