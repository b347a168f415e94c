import {
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser, SessionUser, Unit } from '../../../shared/sync/syncProtocol';
import { useApp } from '../../app/AppContext';
import type { AdminApi } from '../../admin/adminApi';
import { adminErrorKey } from '../../admin/adminErrorKey';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: AdminUser }
  | { kind: 'resetPassword'; user: AdminUser }
  | { kind: 'revokeSessions'; user: AdminUser }
  | null;

/** The users table with create, edit, password reset and ending sessions. */
export const UsersSection = ({
  api,
  me,
  users,
  units,
  onChanged,
  onSelfChanged,
}: {
  api: AdminApi;
  me: SessionUser;
  users: readonly AdminUser[];
  units: readonly Unit[];
  onChanged: () => void;
  /** An admin who edits their own account may have given up the role: ask the server again. */
  onSelfChanged: () => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.name ?? id;

  const revokeSessions = async (user: AdminUser) => {
    setDialog(null);
    try {
      const { revoked } = await api.revokeSessions(user.id);
      notify(t('admin.revokeSessions.done', { count: revoked, name: user.displayName || user.username }));
    } catch (error) {
      notify(t(`admin.errors.${adminErrorKey(error)}`), 'error');
    }
  };

  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="admin-users">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
        <Typography variant="h3" component="h2">
          {t('admin.users.title')}
        </Typography>
        <Button variant="contained" onClick={() => setDialog({ kind: 'create' })} data-testid="user-add">
          {t('admin.users.add')}
        </Button>
      </Stack>
      {users.length === 0 ? (
        <Typography color="text.secondary">{t('admin.users.empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('admin.users.username')}</TableCell>
                <TableCell>{t('admin.users.displayName')}</TableCell>
                <TableCell>{t('admin.users.role')}</TableCell>
                <TableCell>{t('admin.users.units')}</TableCell>
                <TableCell>{t('admin.users.state')}</TableCell>
                <TableCell align="right">{t('admin.users.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {users.map((user) => (
                <TableRow
                  key={user.id}
                  data-testid="admin-user-row"
                  data-username={user.username}
                  data-disabled={user.isDisabled}
                  sx={user.isDisabled ? { '& td': { color: 'text.disabled' } } : undefined}
                >
                  <TableCell>
                    {user.username}
                    {user.id === me.id ? (
                      <Chip size="small" label={t('admin.users.you')} sx={{ ml: 1 }} />
                    ) : null}
                  </TableCell>
                  <TableCell>{user.displayName}</TableCell>
                  <TableCell data-testid="user-role-cell">{t(`admin.roles.${user.role}`)}</TableCell>
                  <TableCell>
                    {user.units.length === 0
                      ? t('admin.users.noUnits')
                      : user.units.map((unit) => unitName(unit)).join(', ')}
                  </TableCell>
                  <TableCell>
                    {user.isDisabled ? (
                      <Chip size="small" label={t('admin.users.disabled')} />
                    ) : (
                      t('admin.users.active')
                    )}
                  </TableCell>
                  <TableCell align="right">
                    <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'edit', user })}
                        data-testid="user-edit"
                      >
                        {t('admin.users.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'resetPassword', user })}
                        data-testid="user-reset-password"
                      >
                        {t('admin.users.resetPassword')}
                      </Button>
                      <Button
                        size="small"
                        color="warning"
                        onClick={() => setDialog({ kind: 'revokeSessions', user })}
                        data-testid="user-revoke-sessions"
                      >
                        {t('admin.users.revokeSessions')}
                      </Button>
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <UserDialog
          api={api}
          user={dialog.kind === 'edit' ? dialog.user : null}
          units={units}
          onClose={() => setDialog(null)}
          onSaved={() => {
            const isSelf = dialog.kind === 'edit' && dialog.user.id === me.id;
            setDialog(null);
            if (isSelf) onSelfChanged();
            else onChanged();
          }}
        />
      ) : null}
      {dialog?.kind === 'resetPassword' ? (
        <ResetPasswordDialog api={api} user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
      <ConfirmDialog
        isOpen={dialog?.kind === 'revokeSessions'}
        title={
          dialog?.kind === 'revokeSessions'
            ? t('admin.revokeSessions.title', { name: dialog.user.displayName || dialog.user.username })
            : ''
        }
        text={t('admin.revokeSessions.text')}
        confirmLabel={t('admin.revokeSessions.confirm')}
        isDestructive
        onConfirm={() => {
          if (dialog?.kind === 'revokeSessions') void revokeSessions(dialog.user);
        }}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
};
