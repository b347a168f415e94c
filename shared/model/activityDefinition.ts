import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const activityKinds = ['call', 'meeting', 'email', 'note', 'feedback'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * Something that happened with people and organisations: a call, a meeting, an e-mail, a note or
 * feedback. An optional follow-up (due date, assignee, done) makes it a task in "My tasks".
 */
export type Activity = RecordMeta & {
  kind: ActivityKind;
  /** The day it happened (yyyy-mm-dd). */
  date: string;
  subject: string;
  text: string;
  /** Everyone it concerns; it shows on each of their timelines. Encrypted: who met whom is personal. */
  personIds: string[];
  organisationIds: string[];
  /** Who wrote it: the signed-in user's name, or empty on a register that does not sync. */
  author: string;
  followUpDate: string;
  followUpAssignee: string;
  isFollowUpDone: boolean;
  createdBy: string;
  updatedBy: string;
};

export const activityDefinition: RecordDefinition<Activity> = {
  collection: 'activities',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    kind: { kind: 'choice', options: activityKinds, isRequired: true },
    date: { kind: 'date', isRequired: true },
    subject: { kind: 'text', maxLength: 200, isRequired: true },
    text: { kind: 'longText', maxLength: 10_000 },
    personIds: { kind: 'textList', maxLength: 40, maxItems: 50 },
    organisationIds: { kind: 'textList', maxLength: 40, maxItems: 50 },
    author: { kind: 'text', maxLength: 100 },
    followUpDate: { kind: 'date' },
    followUpAssignee: { kind: 'text', maxLength: 100 },
    isFollowUpDone: { kind: 'flag' },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};
