import { TagChips } from '../tags/TagChips';
import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { deletePerson, setPersonStatus } from '../../state/registerActions';
import { personDisplayName } from '../../state/recordLabels';
import { AlumniProfileSection } from '../alumni/AlumniProfileSection';
import { RemovalRequestBadge } from '../alumni/RemovalRequestBadge';
import { RecordServerActions } from '../admin/RecordServerActions';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { RelationsPanel } from '../relations/RelationsPanel';
import { AffiliationsPanel } from '../affiliations/AffiliationsPanel';
import { CategoryChips } from '../common/CategoryChips';
import { ContactDetails } from '../common/ContactDetails';
import { DetailList } from '../common/DetailList';
import { countryName, formatDate, formatTimestamp } from '../common/formatting';
import { NotFound } from '../common/NotFound';
import { PageHeader } from '../common/PageHeader';
import { RecordTitle } from '../common/RecordTitle';
import { PassiveBanner, RecordActions } from '../common/RecordActions';
import { PersonConsentsPanel } from '../consent/PersonConsentsPanel';
import { PersonListsPanel } from '../consent/PersonListsPanel';
import { useCategoryLabel } from '../common/useCategoryOptions';
import { PersonRegistrations } from '../events/PersonRegistrations';
import { useIsProcessingRestricted } from '../../rights/useRestrictedPeople';
import { PersonRightsPanel } from '../rights/PersonRightsPanel';
import { PersonAccessLog } from '../accessLog/PersonAccessLog';
import { RestrictedBadge, RestrictionBanner } from '../rights/RestrictedBadge';

export const PersonDetailPage = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const labelOf = useCategoryLabel('person');
  const person = store.people.get(id);
  const { isRestricted } = useIsProcessingRestricted(id);
  if (!person) return <NotFound text={t('people.notFound')} />;
  const name = personDisplayName(person);
  const isPassive = person.status === 'passive';
  // A restriction of processing freezes the record: nothing about the person may be changed or added.
  const isFrozen = isPassive || isRestricted;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }} data-testid="person-detail">
      <PageHeader
        title={
          <>
            <RecordTitle name={name} status={person.status} />
            <RemovalRequestBadge person={person} />
            {isRestricted ? <RestrictedBadge /> : null}
          </>
        }
        subtitle={person.title}
        actions={
          <RecordActions
            name={name}
            status={person.status}
            isReadOnly={isRestricted}
            onEdit={() => navigate({ page: 'personEdit', id })}
            onSetStatus={(status) => setPersonStatus(store, id, status)}
            onDelete={async () => {
              await deletePerson(store, id);
              navigate({ page: 'people' }, { replace: true });
            }}
          />
        }
      />
      {isPassive ? <PassiveBanner /> : null}
      {isRestricted ? <RestrictionBanner /> : null}
      <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t('sections.basic')}
        </Typography>
        <DetailList
          items={[
            { label: t('fields.firstNames'), value: person.firstNames, testId: 'detail-firstNames' },
            { label: t('fields.lastName'), value: person.lastName, testId: 'detail-lastName' },
            { label: t('fields.preferredName'), value: person.preferredName },
            { label: t('fields.formerLastNames'), value: person.formerLastNames.join(', ') },
            {
              label: t('fields.birthDate'),
              value: person.birthDate ? formatDate(person.birthDate, i18n.language) : '',
            },
            { label: t('fields.title'), value: person.title },
            {
              label: t('fields.contactLanguage'),
              value: person.contactLanguage ? t(`contactLanguages.${person.contactLanguage}`) : '',
            },
            { label: t('fields.nationality'), value: countryName(person.nationality, i18n.language) },
            {
              label: t('fields.categories'),
              value: person.categories.length ? (
                <CategoryChips keys={person.categories} labelOf={labelOf} />
              ) : (
                ''
              ),
            },
          ]}
        />
        <TagChips tagIds={person.tags} scope="person" />
      </Paper>
      <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t('sections.contact')}
        </Typography>
        <ContactDetails
          emails={person.emails}
          phones={person.phones}
          addresses={person.addresses}
          links={person.links}
        />
      </Paper>
      <AlumniProfileSection person={person} />
      <AffiliationsPanel side="person" id={id} isReadOnly={isFrozen} />
      <RelationsPanel side="person" id={id} isReadOnly={isFrozen} />
      <ActivityTimeline recordId={id} side="person" isReadOnly={isFrozen} />
      <PersonConsentsPanel person={person} />
      <PersonListsPanel person={person} isReadOnly={isFrozen} />
      <PersonRegistrations personId={id} />
      {person.notes ? (
        <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
          <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
            {t('sections.notes')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid="detail-notes">
            {person.notes}
          </Typography>
        </Paper>
      ) : null}
      <PersonRightsPanel person={{ id, name, owningUnit: person.owningUnit }} />
      <PersonAccessLog personId={id} />
      <RecordServerActions collection="people" recordId={id} owningUnit={person.owningUnit} />
      <Typography variant="caption" color="text.secondary">
        {t('detail.created', { date: formatTimestamp(person.createdAt, i18n.language) })} ·{' '}
        {t('detail.updated', { date: formatTimestamp(person.updatedAt, i18n.language) })}
      </Typography>
    </Stack>
  );
};
