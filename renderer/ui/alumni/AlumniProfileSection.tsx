import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/model';
import { alumniProfileOf, hasAlumniData } from '../../alumni/alumniProfileOf';
import { DetailList } from '../common/DetailList';
import { formatDate } from '../common/formatting';

/** The alumni profile on the person page; shown when the person has alumni data or the alumnus category. */
export const AlumniProfileSection = ({ person }: { person: Person }) => {
  const { t, i18n } = useTranslation();
  const profile = alumniProfileOf(person);
  const removal = profile.removalRequestedAt;
  if (!hasAlumniData(person) && !person.categories.includes('alumnus')) return null;
  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="alumni-profile">
      <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
        {t('alumni.section')}
      </Typography>
      {removal ? (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="alumni-removal-request">
          {t('alumni.removalRequested', { date: formatDate(removal, i18n.language) })}
        </Alert>
      ) : null}
      <DetailList
        items={[
          {
            label: t('alumni.educations'),
            value: profile.educations.length ? (
              <Stack spacing={0.5} data-testid="alumni-educations">
                {profile.educations.map((entry, index) => (
                  <span key={index}>
                    {[
                      entry.institution,
                      entry.programme,
                      entry.degree,
                      [entry.startYear, entry.graduationYear].filter(Boolean).join('–'),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                ))}
              </Stack>
            ) : (
              ''
            ),
          },
          { label: t('alumni.employer'), value: profile.employer, testId: 'alumni-employer' },
          { label: t('alumni.jobTitle'), value: profile.jobTitle, testId: 'alumni-jobTitle' },
          {
            label: t('alumni.interests'),
            value: profile.cooperationInterests.map((key) => t(`alumni.interest.${key}`)).join(', '),
            testId: 'alumni-interests',
          },
          { label: t('alumni.note'), value: profile.alumniNote },
        ]}
      />
    </Paper>
  );
};
