import { Call, Chat, Email, EventNote, RateReview } from '@mui/icons-material';
import { Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFollowUpOverdue, timelineOf } from '../../../shared/activities/activityTimeline';
import type { Activity, ActivityKind } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { deleteActivity } from '../../activities/activityActions';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate } from '../common/formatting';
import { ActivityDialog } from './ActivityDialog';

const kindIcons: Record<ActivityKind, React.ReactNode> = {
  call: <Call fontSize="small" />,
  meeting: <Chat fontSize="small" />,
  email: <Email fontSize="small" />,
  note: <EventNote fontSize="small" />,
  feedback: <RateReview fontSize="small" />,
};

/** A person's or organisation's activities, newest first, with recording, editing and deleting. */
export const ActivityTimeline = ({
  recordId,
  side,
  isReadOnly,
}: {
  recordId: string;
  side: 'person' | 'organisation';
  isReadOnly: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const { records } = useLiveRecords('activities');
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const timeline = timelineOf(records, recordId);
  const today = todayIso();
  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: { xs: 2, md: 3 } }}
      data-testid="activity-timeline"
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h3" component="h2" sx={{ flex: 1 }}>
          {t('activity.timelineTitle')}
        </Typography>
        {isReadOnly ? null : (
          <Button onClick={() => setEditing('new')} data-testid="activity-add">
            {t('activity.add')}
          </Button>
        )}
      </Stack>
      {timeline.length === 0 ? (
        <Typography color="text.secondary">{t('activity.empty')}</Typography>
      ) : (
        <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {timeline.map((activity) => (
            <Box
              component="li"
              key={activity.id}
              data-testid="activity-item"
              sx={{ borderLeft: 3, borderColor: 'divider', pl: 2 }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                <Chip
                  size="small"
                  icon={<>{kindIcons[activity.kind]}</>}
                  label={t(`activity.kinds.${activity.kind}`)}
                />
                <Typography variant="body2" color="text.secondary">
                  {formatDate(activity.date, i18n.language)}
                  {activity.author ? ` · ${t('activity.by', { author: activity.author })}` : ''}
                </Typography>
                {activity.followUpDate ? (
                  <Chip
                    size="small"
                    variant="outlined"
                    color={
                      activity.isFollowUpDone
                        ? 'success'
                        : isFollowUpOverdue(activity, today)
                          ? 'error'
                          : 'default'
                    }
                    label={
                      activity.isFollowUpDone
                        ? t('activity.followUpDone')
                        : `${t('activity.followUp', { date: formatDate(activity.followUpDate, i18n.language) })}${
                            isFollowUpOverdue(activity, today) ? ` · ${t('activity.overdue')}` : ''
                          }`
                    }
                  />
                ) : null}
              </Stack>
              <Typography sx={{ fontWeight: 600, mt: 0.5 }} data-testid="activity-subject">
                {activity.subject}
              </Typography>
              {activity.text ? (
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{activity.text}</Typography>
              ) : null}
              {isReadOnly ? null : (
                <Stack direction="row" spacing={1}>
                  <Button size="small" onClick={() => setEditing(activity)}>
                    {t('activity.edit')}
                  </Button>
                  <Button size="small" color="error" onClick={() => setDeleting(activity)}>
                    {t('activity.delete')}
                  </Button>
                </Stack>
              )}
            </Box>
          ))}
        </Stack>
      )}
      {editing ? (
        <ActivityDialog
          existing={editing === 'new' ? undefined : editing}
          personIds={side === 'person' ? [recordId] : []}
          organisationIds={side === 'organisation' ? [recordId] : []}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('activity.deleteTitle')}
        text={t('activity.deleteText', { subject: deleting?.subject ?? '' })}
        confirmLabel={t('activity.delete')}
        isDestructive
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void deleteActivity(store, target).then(() => notify(t('activity.deleted'), 'success'));
        }}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
};
