import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactabilityFor } from '../../../shared/consent/consentHistory';
import type { Person } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { joinList, leaveList } from '../../consent/consentActions';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { personDisplayName } from '../../state/recordLabels';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatDate } from '../common/formatting';
import { joinRefusalText } from './joinRefusalText';

/** The lists a person is on, each with whether they may be contacted through it; join and leave. */
export const PersonListsPanel = ({ person, isReadOnly }: { person: Person; isReadOnly: boolean }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const { labelOf } = useConsentPurposes();
  const lists = useLiveRecords('contactLists').records;
  const memberships = useLiveRecords('listMemberships', { personId: person.id }, person.id).records;
  const consents = useLiveRecords('consentEvents', { personId: person.id }, person.id).records;
  const bans = useLiveRecords('marketingBans', { personId: person.id }, person.id).records;
  const [isJoining, setJoining] = useState(false);
  const [listId, setListId] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const current = memberships.filter((membership) => membership.leftDate === '');
  const name = personDisplayName(person);

  const join = async () => {
    const list = lists.find((candidate) => candidate.id === listId);
    if (!list) return;
    const result = await joinList(store.database, list, person);
    if (!result.isJoined) {
      setRefusal(joinRefusalText(t, result.reason, name, labelOf(list.purpose)));
      return;
    }
    notify(t('consent.memberships.joined'), 'success');
    setJoining(false);
  };

  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: { xs: 2, md: 3 } }}
      data-testid="person-lists-panel"
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h3" component="h2">
          {t('consent.memberships.title')}
        </Typography>
        {!isReadOnly && lists.length > 0 ? (
          <Button
            size="small"
            onClick={() => {
              setListId(lists[0]?.id ?? '');
              setRefusal(null);
              setJoining(true);
            }}
            data-testid="join-list"
          >
            {t('consent.memberships.join')}
          </Button>
        ) : null}
      </Stack>
      {current.length === 0 ? (
        <Typography color="text.secondary">{t('consent.memberships.none')}</Typography>
      ) : (
        current.map((membership) => {
          const list = lists.find((candidate) => candidate.id === membership.listId);
          const contactability = list ? contactabilityFor(list.purpose, consents, bans) : 'noConsent';
          return (
            <Stack
              key={membership.id}
              direction="row"
              spacing={2}
              sx={{ alignItems: 'center', py: 1, borderTop: 1, borderColor: 'divider' }}
              data-testid="membership-row"
              data-contactability={contactability}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Link href={routeToHash({ page: 'list', id: membership.listId })} sx={{ fontWeight: 500 }}>
                  {list?.name ?? '?'}
                </Link>
                {contactability !== 'contactable' ? (
                  <Chip
                    size="small"
                    color="warning"
                    sx={{ ml: 1 }}
                    label={`${t('consent.memberships.notContactable')}: ${t(`consent.contactability.${contactability}`)}`}
                  />
                ) : null}
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('consent.memberships.since', { date: formatDate(membership.joinedDate, i18n.language) })}
                </Typography>
              </Box>
              {!isReadOnly ? (
                <Button
                  size="small"
                  onClick={async () => {
                    await leaveList(store.database, membership.id);
                    notify(t('consent.memberships.left'), 'success');
                  }}
                  data-testid="leave-list"
                >
                  {t('consent.memberships.leave')}
                </Button>
              ) : null}
            </Stack>
          );
        })
      )}
      {isJoining ? (
        <Dialog open onClose={() => setJoining(false)} fullWidth maxWidth="xs" aria-labelledby="join-title">
          <DialogTitle id="join-title">{t('consent.memberships.joinTitle')}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <TextField
                select
                label={t('consent.memberships.list')}
                value={listId}
                onChange={(event) => {
                  setListId(event.target.value);
                  setRefusal(null);
                }}
                slotProps={{
                  select: { SelectDisplayProps: { 'data-testid': 'join-list-select' } as object },
                }}
              >
                {lists.map((list) => (
                  <MenuItem key={list.id} value={list.id}>
                    {list.name}
                  </MenuItem>
                ))}
              </TextField>
              {refusal ? (
                <Alert severity="error" data-testid="join-refusal">
                  {refusal}
                </Alert>
              ) : null}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setJoining(false)}>{t('common.cancel')}</Button>
            <Button variant="contained" onClick={() => void join()} data-testid="confirm-join">
              {t('consent.lists.addMember')}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </Paper>
  );
};
