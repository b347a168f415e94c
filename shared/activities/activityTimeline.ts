import type { Activity } from '../model/activityDefinition';

/** Newest first: by the day it happened, then by when it was written. */
export const compareActivities = (a: Activity, b: Activity): number =>
  b.date.localeCompare(a.date) || b.createdAt - a.createdAt || a.id.localeCompare(b.id);

/** The timeline of one person or organisation: every live activity that names it. */
export const timelineOf = (activities: readonly Activity[], recordId: string): Activity[] =>
  activities
    .filter(
      (activity) =>
        activity.status === 'active' &&
        (activity.personIds.includes(recordId) || activity.organisationIds.includes(recordId)),
    )
    .sort(compareActivities);

export const hasOpenFollowUp = (activity: Activity): boolean =>
  activity.status === 'active' && activity.followUpDate !== '' && !activity.isFollowUpDone;

/** Past its due day (the due day itself is not overdue yet). */
export const isFollowUpOverdue = (activity: Activity, today: string): boolean =>
  hasOpenFollowUp(activity) && activity.followUpDate < today;

/**
 * A user's open tasks, earliest due first. A follow-up without an assignee belongs to its author; on a
 * register that does not sync (no user names) every open follow-up is "mine".
 */
export const openTasksOf = (activities: readonly Activity[], user: string): Activity[] => {
  const folded = user.trim().toLowerCase();
  return activities
    .filter(hasOpenFollowUp)
    .filter((activity) => {
      if (folded === '') return true;
      const owner = (activity.followUpAssignee || activity.author).trim().toLowerCase();
      return owner === '' || owner === folded;
    })
    .sort((a, b) => a.followUpDate.localeCompare(b.followUpDate) || compareActivities(a, b));
};
