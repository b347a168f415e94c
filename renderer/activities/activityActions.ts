import { validateRecord } from '../../shared/model';
import { activityDefinition, defaultUnit, type Activity } from '../../shared/model';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import type { RegisterStore } from '../state/registerStore';
import { validationContextFor, type SaveResult } from '../state/registerActions';

export type ActivityDraft = Pick<
  Activity,
  | 'kind'
  | 'date'
  | 'subject'
  | 'text'
  | 'personIds'
  | 'organisationIds'
  | 'followUpDate'
  | 'followUpAssignee'
  | 'isFollowUpDone'
>;

/** The name activities are signed with: the signed-in user's, or empty on a register that does not sync. */
export const activityAuthor = (store: RegisterStore): string => {
  const sync = store.settings().sync;
  return sync.isSignedIn ? sync.displayName || sync.username : '';
};

/** The owning unit of the first linked person or organisation, so the server scopes it with them. */
const owningUnitOf = (store: RegisterStore, draft: ActivityDraft): string =>
  draft.personIds.map((id) => store.people.get(id)?.owningUnit).find(Boolean) ??
  draft.organisationIds.map((id) => store.organisations.get(id)?.owningUnit).find(Boolean) ??
  defaultUnit;

export const saveActivity = async (
  store: RegisterStore,
  existing: Activity | undefined,
  draft: ActivityDraft,
): Promise<SaveResult> => {
  const now = Date.now();
  const outcome = validateRecord(
    activityDefinition,
    {
      ...existing,
      ...draft,
      id: existing?.id ?? crypto.randomUUID(),
      status: existing?.status ?? 'active',
      owningUnit: existing?.owningUnit ?? owningUnitOf(store, draft),
      author: existing?.author ?? activityAuthor(store),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      createdBy: existing?.createdBy ?? '',
      updatedBy: existing?.updatedBy ?? '',
    },
    validationContextFor(store),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.activities.upsert(outcome.record);
  return { isSaved: true, id: outcome.record.id };
};

export const setFollowUpDone = async (store: RegisterStore, id: string, isDone: boolean) => {
  const document = await store.database.activities.findOne(id).exec();
  await document?.incrementalPatch({ isFollowUpDone: isDone, updatedAt: Date.now() });
};

/** Blanks an activity before removing it, so the tombstone RxDB keeps (and syncs) holds nothing personal. */
const removeBlanked = async (database: RegisterDatabase, activity: Activity) => {
  const document = await database.activities.findOne(activity.id).exec();
  if (!document) return;
  const blanked = await document.incrementalPatch({
    subject: '',
    text: '',
    personIds: [],
    organisationIds: [],
    author: '',
    followUpAssignee: '',
    updatedAt: Date.now(),
  });
  await blanked.remove();
};

export const deleteActivity = async (store: RegisterStore, activity: Activity) =>
  removeBlanked(store.database, activity);

/**
 * When a person or organisation is deleted: activities about nobody else go with them; activities that
 * also name others only lose the reference, so colleagues keep their own history.
 */
export const removeActivityReferences = async (
  database: RegisterDatabase,
  recordId: string,
): Promise<void> => {
  const activities = (await database.activities.find().exec()).map(
    (document) => document.toJSON() as Activity,
  );
  for (const activity of activities) {
    if (!activity.personIds.includes(recordId) && !activity.organisationIds.includes(recordId)) continue;
    const personIds = activity.personIds.filter((id) => id !== recordId);
    const organisationIds = activity.organisationIds.filter((id) => id !== recordId);
    if (personIds.length + organisationIds.length === 0) {
      await removeBlanked(database, activity);
      continue;
    }
    const document = await database.activities.findOne(activity.id).exec();
    await document?.incrementalPatch({ personIds, organisationIds, updatedAt: Date.now() });
  }
};
