import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser, SessionUser, Unit } from '../../../shared/sync/syncProtocol';
import type { AdminApi } from '../../admin/adminApi';
import { adminErrorKey, type AdminErrorKey } from '../../admin/adminErrorKey';
import { useServerUser } from '../../admin/useServerUser';
import { PageHeader } from '../common/PageHeader';
import { AdminErrorAlert } from './AdminErrorAlert';
import { UnitsSection } from './UnitsSection';
import { UsersSection } from './UsersSection';

const Loading = () => {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="admin-loading">
      <CircularProgress size={20} />
      <Typography>{t('admin.loading')}</Typography>
    </Stack>
  );
};

const AdminConsole = ({
  api,
  me,
  serverUrl,
  refreshMe,
}: {
  api: AdminApi;
  me: SessionUser;
  serverUrl: string;
  refreshMe: () => void;
}) => {
  const { t } = useTranslation();
  const [data, setData] = useState<{ users: AdminUser[]; units: Unit[] } | null>(null);
  const [error, setError] = useState<AdminErrorKey | null>(null);

  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((value) => value + 1);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([api.listUsers(), api.listUnits()])
      .then(([users, units]) => {
        if (!isCurrent) return;
        setData({ users, units });
        setError(null);
      })
      .catch((failure: unknown) => isCurrent && setError(adminErrorKey(failure)));
    return () => {
      isCurrent = false;
    };
  }, [api, generation]);

  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }} data-testid="admin-page">
      <PageHeader title={t('admin.title')} subtitle={t('admin.intro', { server: serverUrl })} />
      {error ? (
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
          <AdminErrorAlert errorKey={error} testId="admin-load-error" />
          <Button onClick={reload}>{t('admin.retry')}</Button>
        </Stack>
      ) : null}
      {data === null ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <UsersSection
            api={api}
            me={me}
            users={data.users}
            units={data.units}
            onChanged={reload}
            onSelfChanged={refreshMe}
          />
          <UnitsSection api={api} units={data.units} users={data.users} onChanged={reload} />
        </>
      )}
    </Stack>
  );
};

/**
 * Administration: users and units of the company server. The route is reachable by typing its
 * address, so the page itself checks the role; the server checks it again on every request.
 */
export const AdminPage = () => {
  const { t } = useTranslation();
  const server = useServerUser();
  if (server.kind === 'loading') return <Loading />;
  if (server.kind === 'failed')
    return (
      <Stack spacing={1} sx={{ maxWidth: 600, alignItems: 'flex-start' }}>
        <AdminErrorAlert errorKey={adminErrorKey(server.error)} testId="admin-load-error" />
        <Button onClick={server.retry}>{t('admin.retry')}</Button>
      </Stack>
    );
  if (server.kind === 'signedOut' || !server.isAdmin)
    return (
      <Alert severity="warning" sx={{ maxWidth: 600 }} data-testid="admin-not-allowed">
        {t('admin.notAllowed')}
      </Alert>
    );
  return (
    <AdminConsole api={server.api} me={server.user} serverUrl={server.serverUrl} refreshMe={server.refresh} />
  );
};
