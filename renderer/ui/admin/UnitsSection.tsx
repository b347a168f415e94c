import {
  Box,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser, Unit } from '../../../shared/sync/syncProtocol';
import { useApp } from '../../app/AppContext';
import type { AdminApi } from '../../admin/adminApi';
import { validateUnitId, type UnitDraftIssue } from '../../admin/adminDrafts';
import { adminErrorKey, type AdminErrorKey } from '../../admin/adminErrorKey';
import { AdminErrorAlert } from './AdminErrorAlert';

/** The units and a form to add one; units cannot be renamed or removed through the API. */
export const UnitsSection = ({
  api,
  units,
  users,
  onChanged,
}: {
  api: AdminApi;
  units: readonly Unit[];
  users: readonly AdminUser[];
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [issue, setIssue] = useState<UnitDraftIssue>(null);
  const [serverError, setServerError] = useState<AdminErrorKey | null>(null);
  const [isBusy, setBusy] = useState(false);

  const add = async () => {
    const found = validateUnitId(id);
    setIssue(found);
    setServerError(null);
    if (found) return;
    setBusy(true);
    try {
      const created = await api.createUnit({ id: id.trim(), name: name.trim() });
      notify(t('admin.units.created', { name: created.name }));
      setId('');
      setName('');
      onChanged();
    } catch (error) {
      setServerError(adminErrorKey(error, 'unit'));
    } finally {
      setBusy(false);
    }
  };

  const idError = issue ?? (serverError === 'unitExists' ? serverError : null);
  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="admin-units">
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {t('admin.units.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('admin.units.intro')}
      </Typography>
      {units.length === 0 ? (
        <Typography color="text.secondary">{t('admin.units.empty')}</Typography>
      ) : (
        <Table size="small" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.units.id')}</TableCell>
              <TableCell>{t('admin.units.name')}</TableCell>
              <TableCell align="right">{t('admin.units.members')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {units.map((unit) => (
              <TableRow key={unit.id} data-testid="admin-unit-row" data-unit={unit.id}>
                <TableCell>{unit.id}</TableCell>
                <TableCell>{unit.name}</TableCell>
                <TableCell align="right">
                  {users.filter((user) => user.units.includes(unit.id)).length}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TextField
            name="unitId"
            size="small"
            label={t('admin.units.id')}
            value={id}
            onChange={(event) => setId(event.target.value)}
            error={idError !== null}
            helperText={idError ? t(`admin.errors.${idError}`) : t('admin.units.idHelp')}
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
          <TextField
            name="unitName"
            size="small"
            label={t('admin.units.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            helperText={t('admin.units.nameHelp')}
            autoComplete="off"
          />
          <Button
            type="submit"
            variant="outlined"
            disabled={isBusy}
            data-testid="unit-add"
            sx={{ whiteSpace: 'nowrap', flex: 'none', mt: { sm: 0.25 } }}
          >
            {t('admin.units.add')}
          </Button>
        </Stack>
        <Box sx={{ mt: 1 }}>
          <AdminErrorAlert
            errorKey={serverError === 'unitExists' ? null : serverError}
            testId="unit-form-error"
          />
        </Box>
      </Box>
    </Paper>
  );
};
