import { Share } from '@mui/icons-material';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdminUser,
  RecordShare,
  RecordShareTarget,
  SyncCollection,
  Unit,
} from '../../../shared/sync/syncProtocol';
import { useApp } from '../../app/AppContext';
import type { AdminApi } from '../../admin/adminApi';
import { adminErrorKey, type AdminErrorKey } from '../../admin/adminErrorKey';
import { AdminErrorAlert } from './AdminErrorAlert';

type Loaded = { shares: RecordShare[]; units: Unit[]; users: AdminUser[] };

const SharingDialog = ({
  api,
  isAdmin,
  collection,
  recordId,
  owningUnit,
  onClose,
}: {
  api: AdminApi;
  isAdmin: boolean;
  collection: SyncCollection;
  recordId: string;
  owningUnit: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AdminErrorKey | null>(null);
  const [generation, setGeneration] = useState(0);
  const [kind, setKind] = useState<'unit' | 'user'>('unit');
  const [grantee, setGrantee] = useState('');
  const [isGranteeMissing, setGranteeMissing] = useState(false);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    // Coordinators may not list units or users; they type a unit id and see ids.
    Promise.all([
      api.listShares(collection, recordId),
      isAdmin ? api.listUnits() : Promise.resolve([]),
      isAdmin ? api.listUsers() : Promise.resolve([]),
    ])
      .then(([shares, units, users]) => {
        if (!isCurrent) return;
        setLoaded({ shares, units, users });
        setError(null);
      })
      .catch((failure: unknown) => isCurrent && setError(adminErrorKey(failure, 'share')));
    return () => {
      isCurrent = false;
    };
  }, [api, isAdmin, collection, recordId, generation]);

  const nameOf = (share: RecordShareTarget) => {
    if (share.granteeUnit) {
      const unit = loaded?.units.find((candidate) => candidate.id === share.granteeUnit);
      return t('admin.sharing.unit', {
        id: unit && unit.name !== unit.id ? `${unit.name} (${unit.id})` : share.granteeUnit,
      });
    }
    const user = loaded?.users.find((candidate) => candidate.id === share.granteeUser);
    return t('admin.sharing.user', {
      name: user ? `${user.displayName} (${user.username})` : share.granteeUser,
    });
  };

  const change = async (target: RecordShareTarget, isGrant: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (isGrant) await api.grantShare(target);
      else await api.revokeShare(target);
      notify(t(isGrant ? 'admin.sharing.shared' : 'admin.sharing.stopped', { name: nameOf(target) }));
      setGrantee('');
      setGeneration((value) => value + 1);
    } catch (failure) {
      setError(adminErrorKey(failure, 'share'));
    } finally {
      setBusy(false);
    }
  };

  const share = () => {
    const id = grantee.trim();
    setGranteeMissing(id === '');
    if (id === '') return;
    void change(
      { collection, recordId, ...(kind === 'unit' ? { granteeUnit: id } : { granteeUser: id }) },
      true,
    );
  };

  const granteeLabel = kind === 'unit' ? t('admin.sharing.unitId') : t('admin.sharing.userField');
  return (
    <Dialog open onClose={onClose} aria-labelledby="sharing-title" maxWidth="sm" fullWidth>
      <DialogTitle id="sharing-title">{t('admin.sharing.title')}</DialogTitle>
      <DialogContent data-testid="sharing">
        <Stack spacing={2}>
          <DialogContentText>{t('admin.sharing.intro', { unit: owningUnit })}</DialogContentText>
          <AdminErrorAlert errorKey={error} testId="sharing-error" />
          {loaded === null ? (
            error ? null : (
              <Typography color="text.secondary">{t('admin.loading')}</Typography>
            )
          ) : loaded.shares.length === 0 ? (
            <Typography color="text.secondary">{t('admin.sharing.none')}</Typography>
          ) : (
            <List dense disablePadding>
              {loaded.shares.map((item) => (
                <ListItem
                  key={`${item.granteeUnit ?? ''}\u0000${item.granteeUser ?? ''}`}
                  data-testid="share-row"
                  disableGutters
                  secondaryAction={
                    <Button
                      size="small"
                      color="warning"
                      disabled={isBusy}
                      onClick={() => void change(item, false)}
                    >
                      {t('admin.sharing.stop')}
                    </Button>
                  }
                >
                  <ListItemText primary={nameOf(item)} />
                </ListItem>
              ))}
            </List>
          )}
          {loaded !== null ? (
            <Box
              component="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                share();
              }}
            >
              <Stack spacing={1.5}>
                {isAdmin ? (
                  <RadioGroup
                    row
                    value={kind}
                    aria-label={t('admin.sharing.kind')}
                    onChange={(event) => {
                      setKind(event.target.value as 'unit' | 'user');
                      setGrantee('');
                    }}
                  >
                    <FormControlLabel value="unit" control={<Radio />} label={t('admin.sharing.kindUnit')} />
                    <FormControlLabel value="user" control={<Radio />} label={t('admin.sharing.kindUser')} />
                  </RadioGroup>
                ) : null}
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <TextField
                    select={isAdmin}
                    size="small"
                    name="grantee"
                    label={granteeLabel}
                    value={grantee}
                    onChange={(event) => setGrantee(event.target.value)}
                    error={isGranteeMissing}
                    helperText={
                      isGranteeMissing
                        ? t('admin.sharing.granteeRequired')
                        : isAdmin
                          ? ' '
                          : t('admin.sharing.unitIdHelp')
                    }
                    sx={{ flex: 1 }}
                    autoComplete="off"
                  >
                    {isAdmin
                      ? kind === 'unit'
                        ? loaded.units
                            .filter((unit) => unit.id !== owningUnit)
                            .map((unit) => (
                              <MenuItem key={unit.id} value={unit.id}>
                                {unit.name === unit.id ? unit.id : `${unit.name} (${unit.id})`}
                              </MenuItem>
                            ))
                        : loaded.users.map((user) => (
                            <MenuItem key={user.id} value={user.id}>
                              {`${user.displayName} (${user.username}) · ${t(`admin.roles.${user.role}`)}`}
                            </MenuItem>
                          ))
                      : null}
                  </TextField>
                  <Button type="submit" variant="contained" disabled={isBusy} data-testid="share-grant">
                    {t('admin.sharing.share')}
                  </Button>
                </Stack>
              </Stack>
            </Box>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="sharing-close">
          {t('admin.sharing.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Sharing a record with other units or users: admins, and coordinators of the record's own unit. */
export const RecordSharing = ({
  api,
  isAdmin,
  collection,
  recordId,
  owningUnit,
}: {
  api: AdminApi;
  isAdmin: boolean;
  collection: SyncCollection;
  recordId: string;
  owningUnit: string;
}) => {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <Box>
      <Button size="small" startIcon={<Share />} onClick={() => setOpen(true)} data-testid="open-sharing">
        {t('admin.sharing.open')}
      </Button>
      {isOpen ? (
        <SharingDialog
          api={api}
          isAdmin={isAdmin}
          collection={collection}
          recordId={recordId}
          owningUnit={owningUnit}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Box>
  );
};
