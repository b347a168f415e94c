import {
  CloudDone,
  CloudOff,
  CloudSync,
  ErrorOutlined,
  SyncDisabled,
  SyncProblem,
} from '@mui/icons-material';
import { Button, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { syncStatusText } from './syncStatusText';

const icons = {
  notConfigured: <SyncDisabled />,
  signedOut: <SyncDisabled />,
  offline: <CloudOff />,
  syncing: <CloudSync />,
  upToDate: <CloudDone />,
  error: <ErrorOutlined />,
  refused: <SyncProblem />,
} as const;

/**
 * The app bar's sync state; opens Settings → Sync, where the user can act on it — or, when the server
 * refused changes, the Conflicts view, which lists them with their actions.
 */
export const SyncStatusIndicator = () => {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const { label, detail } = syncStatusText(status, t, i18n.language);
  const isProblem =
    status.kind === 'error' ||
    status.kind === 'refused' ||
    (status.kind === 'signedOut' && status.reason === 'expired');
  return (
    <Tooltip title={detail}>
      <Button
        color="inherit"
        size="small"
        href={routeToHash({ page: status.kind === 'refused' ? 'conflicts' : 'settings' })}
        startIcon={icons[status.kind]}
        data-testid="sync-status"
        data-status={status.kind}
        aria-label={`${t('sync.title')}: ${label}. ${detail}`}
        sx={{
          whiteSpace: 'nowrap',
          fontWeight: isProblem ? 700 : 500,
          bgcolor: isProblem ? 'rgba(255,255,255,0.18)' : undefined,
          display: { xs: 'none', sm: 'inline-flex' },
        }}
      >
        {label}
      </Button>
    </Tooltip>
  );
};
