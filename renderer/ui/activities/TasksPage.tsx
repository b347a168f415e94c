import { TaskAlt } from '@mui/icons-material';
import { Button, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { isFollowUpOverdue, openTasksOf } from '../../../shared/activities/activityTimeline';
import { useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { activityAuthor, setFollowUpDone } from '../../activities/activityActions';
import { personDisplayName } from '../../state/recordLabels';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { EmptyState } from '../common/EmptyState';
import { formatDate } from '../common/formatting';
import { PageHeader } from '../common/PageHeader';

/** Open follow-ups for the current user (everyone's on a register that does not sync), earliest first. */
export const useMyTasks = () => {
  const store = useStore();
  const { records } = useLiveRecords('activities');
  return openTasksOf(records, activityAuthor(store));
};

export const TasksPage = () => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const tasks = useMyTasks();
  const today = todayIso();
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }} data-testid="tasks-page">
      <PageHeader title={t('activity.tasks.title')} subtitle={t('activity.tasks.subtitle')} />
      {tasks.length === 0 ? (
        <EmptyState icon={<TaskAlt />} title={t('activity.tasks.title')} text={t('activity.tasks.empty')} />
      ) : (
        tasks.map((task) => {
          const isOverdue = isFollowUpOverdue(task, today);
          const links = [
            ...task.personIds.flatMap((id) => {
              const person = store.people.get(id);
              return person
                ? [{ href: routeToHash({ page: 'person', id }), label: personDisplayName(person) }]
                : [];
            }),
            ...task.organisationIds.flatMap((id) => {
              const organisation = store.organisations.get(id);
              return organisation
                ? [{ href: routeToHash({ page: 'organisation', id }), label: organisation.name }]
                : [];
            }),
          ];
          return (
            <Paper key={task.id} variant="outlined" sx={{ p: 2 }} data-testid="task">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
                <Chip
                  size="small"
                  color={isOverdue ? 'error' : 'default'}
                  label={`${t('activity.followUp', { date: formatDate(task.followUpDate, i18n.language) })}${
                    isOverdue ? ` · ${t('activity.overdue')}` : ''
                  }`}
                />
                <Typography sx={{ fontWeight: 600, flex: 1 }} data-testid="task-subject">
                  {task.subject}
                </Typography>
                <Button
                  variant="outlined"
                  size="small"
                  onClick={() => void setFollowUpDone(store, task.id, true)}
                >
                  {t('activity.tasks.markDone')}
                </Button>
              </Stack>
              {links.length > 0 ? (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {t('activity.tasks.about')}:{' '}
                  {links.map((link, index) => (
                    <span key={link.href}>
                      {index > 0 ? ', ' : ''}
                      <Link href={link.href}>{link.label}</Link>
                    </span>
                  ))}
                </Typography>
              ) : null}
            </Paper>
          );
        })
      )}
    </Stack>
  );
};
