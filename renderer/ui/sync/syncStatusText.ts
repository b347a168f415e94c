import type { DisplayedSyncStatus } from '../../../shared/sync/syncStatus';
import { formatTimestamp } from '../common/formatting';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const forbiddenReasonKeys: Record<string, string> = {
  outOfScope: 'sync.forbiddenReasons.outOfScope',
  forbidden: 'sync.forbiddenReasons.forbidden',
};

/** The short label and the longer explanation of a sync status, both translated. */
export const syncStatusText = (
  status: DisplayedSyncStatus,
  t: Translate,
  language: string,
): { label: string; detail: string } => {
  switch (status.kind) {
    case 'notConfigured':
      return { label: t('sync.status.notConfigured'), detail: t('sync.statusTooltip.notConfigured') };
    case 'signedOut':
      return status.reason === 'expired'
        ? { label: t('sync.status.expired'), detail: t('sync.statusTooltip.expired') }
        : { label: t('sync.status.signedOut'), detail: t('sync.statusTooltip.signedOut') };
    case 'offline':
      return status.reason === 'noNetwork'
        ? { label: t('sync.status.offline'), detail: t('sync.statusTooltip.offline') }
        : { label: t('sync.status.unreachable'), detail: t('sync.statusTooltip.unreachable') };
    case 'syncing':
      return {
        label: t('sync.status.syncing', { count: status.count }),
        detail: t('sync.statusTooltip.syncing'),
      };
    case 'upToDate':
      return {
        label: t('sync.status.upToDate'),
        detail:
          status.at === null
            ? t('sync.statusTooltip.upToDate')
            : t('sync.statusTooltip.upToDateAt', { time: formatTimestamp(status.at, language) }),
      };
    case 'refused':
      return {
        label: t('sync.status.refused', { count: status.count }),
        detail: t('sync.statusTooltip.refused', { count: status.count }),
      };
    case 'error': {
      const detail =
        status.reason === 'forbidden'
          ? t('sync.errors.forbidden', {
              reason: t(forbiddenReasonKeys[status.detail] ?? 'sync.forbiddenReasons.other'),
            })
          : t(`sync.errors.${status.reason}`);
      return { label: t('sync.status.error'), detail };
    }
  }
};
