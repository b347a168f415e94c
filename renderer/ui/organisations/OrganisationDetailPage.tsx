import { TagChips } from '../tags/TagChips';
import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { deleteOrganisation, setOrganisationStatus } from '../../state/registerActions';
import { RecordServerActions } from '../admin/RecordServerActions';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { RelationsPanel } from '../relations/RelationsPanel';
import { AffiliationsPanel } from '../affiliations/AffiliationsPanel';
import { CategoryChips } from '../common/CategoryChips';
import { ContactDetails } from '../common/ContactDetails';
import { DetailList } from '../common/DetailList';
import { formatTimestamp } from '../common/formatting';
import { NotFound } from '../common/NotFound';
import { PageHeader } from '../common/PageHeader';
import { RecordTitle } from '../common/RecordTitle';
import { PassiveBanner, RecordActions } from '../common/RecordActions';
import { useCategoryLabel } from '../common/useCategoryOptions';

export const OrganisationDetailPage = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const labelOf = useCategoryLabel('organisation');
  const organisation = store.organisations.get(id);
  if (!organisation) return <NotFound text={t('organisations.notFound')} />;
  const isPassive = organisation.status === 'passive';
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }} data-testid="organisation-detail">
      <PageHeader
        title={<RecordTitle name={organisation.name} status={organisation.status} />}
        subtitle={organisation.businessId}
        actions={
          <RecordActions
            name={organisation.name}
            status={organisation.status}
            onEdit={() => navigate({ page: 'organisationEdit', id })}
            onSetStatus={(status) => setOrganisationStatus(store, id, status)}
            onDelete={async () => {
              await deleteOrganisation(store, id);
              navigate({ page: 'organisations' }, { replace: true });
            }}
          />
        }
      />
      {isPassive ? <PassiveBanner /> : null}
      <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t('sections.basic')}
        </Typography>
        <DetailList
          items={[
            { label: t('fields.name'), value: organisation.name },
            { label: t('fields.businessId'), value: organisation.businessId, testId: 'detail-businessId' },
            {
              label: t('fields.sector'),
              value: organisation.sector ? t(`sectors.${organisation.sector}`) : '',
            },
            { label: t('fields.industry'), value: organisation.industry },
            { label: t('fields.departments'), value: organisation.departments.join(', ') },
            {
              label: t('fields.categories'),
              value: organisation.categories.length ? (
                <CategoryChips keys={organisation.categories} labelOf={labelOf} />
              ) : (
                ''
              ),
            },
          ]}
        />
        <TagChips tagIds={organisation.tags} scope="organisation" />
      </Paper>
      <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t('sections.contact')}
        </Typography>
        <ContactDetails
          emails={organisation.emails}
          phones={organisation.phones}
          addresses={organisation.addresses}
          links={organisation.links}
        />
      </Paper>
      <AffiliationsPanel side="organisation" id={id} isReadOnly={isPassive} />
      <RelationsPanel side="organisation" id={id} isReadOnly={isPassive} />
      <ActivityTimeline recordId={id} side="organisation" isReadOnly={isPassive} />
      {organisation.notes ? (
        <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
          <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
            {t('sections.notes')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{organisation.notes}</Typography>
        </Paper>
      ) : null}
      <RecordServerActions collection="organisations" recordId={id} owningUnit={organisation.owningUnit} />
      <Typography variant="caption" color="text.secondary">
        {t('detail.created', { date: formatTimestamp(organisation.createdAt, i18n.language) })} ·{' '}
        {t('detail.updated', { date: formatTimestamp(organisation.updatedAt, i18n.language) })}
      </Typography>
    </Stack>
  );
};
