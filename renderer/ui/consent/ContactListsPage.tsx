import { Add, Groups } from '@mui/icons-material';
import { Button, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentMembers } from '../../../shared/consent/listMembers';
import { navigate, routeToHash } from '../../app/useHashRoute';
import { useConsentIndex } from '../../consent/useConsentIndex';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { useLiveRecords } from '../../state/useLiveRecords';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ContactListDialog } from './ContactListDialog';

/** Every newsletter, mentoring and interest-group list, with its members and how many may be contacted. */
export const ContactListsPage = () => {
  const { t } = useTranslation();
  const { labelOf } = useConsentPurposes();
  const lists = useLiveRecords('contactLists').records;
  const memberships = useLiveRecords('listMemberships').records;
  const { index } = useConsentIndex();
  const [isCreating, setCreating] = useState(false);
  const sorted = [...lists].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }} data-testid="contact-lists-page">
      <PageHeader
        title={t('consent.lists.title')}
        subtitle={t('consent.lists.subtitle', { count: lists.length })}
        actions={
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setCreating(true)}
            data-testid="new-list"
          >
            {t('consent.lists.newList')}
          </Button>
        }
      />
      {lists.length === 0 ? (
        <EmptyState icon={<Groups />} title={t('consent.lists.title')} text={t('consent.lists.none')} />
      ) : (
        <Paper variant="outlined">
          <Table>
            <TableHead>
              <TableRow>
                <TableCell>{t('consent.lists.name')}</TableCell>
                <TableCell>{t('consent.lists.kind')}</TableCell>
                <TableCell>{t('consent.lists.purpose')}</TableCell>
                <TableCell>{t('consent.lists.membersTitle')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((list) => {
                const members = currentMembers(list, memberships, index);
                const contactable = members.filter((row) => row.contactability === 'contactable').length;
                return (
                  <TableRow key={list.id} data-testid="list-row" hover>
                    <TableCell>
                      <Link href={routeToHash({ page: 'list', id: list.id })} sx={{ fontWeight: 500 }}>
                        {list.name}
                      </Link>
                    </TableCell>
                    <TableCell>{t(`consent.lists.kinds.${list.kind}`)}</TableCell>
                    <TableCell>{labelOf(list.purpose)}</TableCell>
                    <TableCell>
                      {t('consent.lists.members', { count: members.length })} ·{' '}
                      {t('consent.lists.contactableCount', { count: contactable })}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Paper>
      )}
      {isCreating ? (
        <ContactListDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate({ page: 'list', id })}
        />
      ) : null}
    </Stack>
  );
};
