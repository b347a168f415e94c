import { Download, Edit } from '@mui/icons-material';
import {
  Alert,
  Autocomplete,
  Button,
  Chip,
  Link,
  Menu,
  MenuItem,
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
import { contactabilityIn } from '../../../shared/consent/consentIndex';
import { currentMembers } from '../../../shared/consent/listMembers';
import type { Person } from '../../../shared/model';
import { writeCsv } from '../../../shared/spreadsheet/writeCsv';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { joinList, leaveList } from '../../consent/consentActions';
import { useConsentIndex } from '../../consent/useConsentIndex';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { buildMailingRows } from '../../spreadsheet/exportRecords';
import { writeXlsx } from '../../spreadsheet/writeXlsx';
import { useRestrictedPersonIds } from '../../rights/useRestrictedPeople';
import { recordAccess } from '../../accessLog/recordAccess';
import { personDisplayName } from '../../state/recordLabels';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatDate } from '../common/formatting';
import { NotFound } from '../common/NotFound';
import { PageHeader } from '../common/PageHeader';
import { ContactListDialog } from './ContactListDialog';
import { joinRefusalText } from './joinRefusalText';

type PersonOption = { id: string; label: string };

/** One list: its members with whether each may be contacted, add by search, remove, export e-mails. */
export const ContactListDetailPage = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { platform, notify } = useApp();
  const { labelOf } = useConsentPurposes();
  const lists = useLiveRecords('contactLists', { id }, id);
  const memberships = useLiveRecords('listMemberships', { listId: id }, id).records;
  const { index } = useConsentIndex();
  const [isEditing, setEditing] = useState(false);
  const [candidate, setCandidate] = useState<PersonOption | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null);
  const list = lists.records[0];
  const members = list ? currentMembers(list, memberships, index) : [];
  const restricted = useRestrictedPersonIds();
  const memberIds = new Set(members.map((row) => row.membership.personId));
  // Built per render: the register store's maps change in place, and a list page renders seldom.
  const options: PersonOption[] = [...store.people.values()]
    .filter((person) => person.status === 'active')
    .map((person) => ({
      id: person.id,
      label: [personDisplayName(person), person.emails[0]?.address].filter(Boolean).join(' · '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (lists.isLoading) return null;
  if (!list) return <NotFound text={t('consent.lists.notFound')} />;
  const contactable = members.filter((row) => row.contactability === 'contactable').length;

  const add = async () => {
    const person = candidate ? store.people.get(candidate.id) : undefined;
    if (!person) return;
    const result = await joinList(store.database, list, person);
    if (!result.isJoined) {
      setRefusal(joinRefusalText(t, result.reason, personDisplayName(person), labelOf(list.purpose)));
      return;
    }
    setRefusal(null);
    setCandidate(null);
    notify(t('consent.memberships.joined'), 'success');
  };

  const exportMembers = async (format: 'csv' | 'xlsx') => {
    setExportAnchor(null);
    // A restricted person stays a member but is never exported.
    const people = members
      .filter((row) => !restricted.has(row.membership.personId))
      .map((row) => store.people.get(row.membership.personId))
      .filter((person): person is Person => !!person);
    // The same rows as the people list's mailing export, checked against this list's purpose.
    const { rows, personIds, leftOut } = buildMailingRows(
      people,
      () => undefined,
      (personId) => contactabilityIn(index, personId, list.purpose),
    );
    const header = [
      t('spreadsheet.targets.email'),
      t('spreadsheet.targets.firstNames'),
      t('spreadsheet.targets.lastName'),
    ];
    const body = rows.map((row) => row.slice(0, 3));
    const baseName = `${t('consent.lists.fileName')}-${list.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${todayIso()}`;
    const isSaved =
      format === 'csv'
        ? await platform.saveFile({
            suggestedName: `${baseName}.csv`,
            bytes: writeCsv([header, ...body], ';'),
            filters: [{ name: 'CSV', extensions: ['csv'] }],
          })
        : await platform.saveFile({
            suggestedName: `${baseName}.xlsx`,
            bytes: await writeXlsx([{ name: list.name.slice(0, 31) || 'list', header, rows: body }]),
            filters: [{ name: 'Excel', extensions: ['xlsx'] }],
          });
    if (isSaved)
      recordAccess(store, {
        action: 'export',
        source: 'listExport',
        personIds,
        fileName: `${baseName}.${format}`,
      });
    if (isSaved) notify(t('consent.lists.exported', { count: rows.length, left: leftOut }), 'success');
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }} data-testid="contact-list-detail">
      <Link href={routeToHash({ page: 'lists' })}>{t('consent.lists.back')}</Link>
      <PageHeader
        title={list.name}
        subtitle={`${t(`consent.lists.kinds.${list.kind}`)} · ${t('consent.lists.purpose')}: ${labelOf(list.purpose)} · ${t('consent.lists.members', { count: members.length })} · ${t('consent.lists.contactableCount', { count: contactable })}`}
        actions={
          <>
            <Button
              variant="outlined"
              startIcon={<Edit />}
              onClick={() => setEditing(true)}
              data-testid="edit-list"
            >
              {t('consent.lists.editList')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<Download />}
              onClick={(event) => setExportAnchor(event.currentTarget)}
              data-testid="export-list"
            >
              {t('consent.lists.export')}
            </Button>
            <Menu anchorEl={exportAnchor} open={exportAnchor !== null} onClose={() => setExportAnchor(null)}>
              <MenuItem onClick={() => void exportMembers('csv')} data-testid="export-list-csv">
                {t('consent.lists.exportCsv')}
              </MenuItem>
              <MenuItem onClick={() => void exportMembers('xlsx')} data-testid="export-list-xlsx">
                {t('consent.lists.exportXlsx')}
              </MenuItem>
            </Menu>
          </>
        }
      />
      {list.description ? <Typography sx={{ whiteSpace: 'pre-wrap' }}>{list.description}</Typography> : null}
      <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t('consent.lists.membersTitle')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1, maxWidth: 640 }}>
          <Autocomplete
            sx={{ flex: 1 }}
            options={options.filter((option) => !memberIds.has(option.id))}
            value={candidate}
            onChange={(_event, next) => {
              setCandidate(next);
              setRefusal(null);
            }}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            noOptionsText={t('consent.lists.noPeopleFound')}
            autoHighlight
            renderInput={(params) => (
              <TextField {...params} name="memberSearch" label={t('consent.lists.searchPerson')} />
            )}
          />
          <Button
            variant="contained"
            disabled={!candidate}
            onClick={() => void add()}
            data-testid="add-member"
          >
            {t('consent.lists.addMember')}
          </Button>
        </Stack>
        {refusal ? (
          <Alert severity="error" sx={{ mb: 1 }} data-testid="join-refusal">
            {refusal}
          </Alert>
        ) : null}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('consent.lists.notContactableNote')}
        </Typography>
        {members.length === 0 ? (
          <Typography color="text.secondary">{t('consent.lists.noMembers')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('consent.lists.name')}</TableCell>
                <TableCell>{t('consent.lists.email')}</TableCell>
                <TableCell>{t('consent.lists.joined')}</TableCell>
                <TableCell>{t('consent.lists.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {members.map(({ membership, contactability }) => {
                const person = store.people.get(membership.personId);
                return (
                  <TableRow key={membership.id} data-testid="member-row" data-contactability={contactability}>
                    <TableCell>
                      <Link href={routeToHash({ page: 'person', id: membership.personId })}>
                        {person ? personDisplayName(person) : '?'}
                      </Link>
                    </TableCell>
                    <TableCell>{person?.emails[0]?.address ?? ''}</TableCell>
                    <TableCell>{formatDate(membership.joinedDate, i18n.language)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={contactability === 'contactable' ? 'success' : 'warning'}
                        label={t(`consent.contactability.${contactability}`)}
                        data-testid="member-contactability"
                      />
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        onClick={async () => {
                          await leaveList(store.database, membership.id);
                          notify(t('consent.memberships.left'), 'success');
                        }}
                      >
                        {t('consent.memberships.leave')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Paper>
      {isEditing ? <ContactListDialog existing={list} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
};
