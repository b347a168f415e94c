import type { FieldIssue, RightsRequest, RightsRequestKind } from '../../shared/model';
import { rightsRequestDefinition, validateRecord } from '../../shared/model';
import { isRestrictionInForce } from '../../shared/rights/processingRestriction';
import { requestDueDate } from '../../shared/rights/requestDueDate';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

export type RequestInput = { kind: RightsRequestKind; receivedDate: string; note: string };

/**
 * Adds a request to the log, validated by the shared model; the due date is computed, never typed.
 * `isHandled` logs it as already done (a restriction applied at once).
 */
export const logRightsRequest = async (
  database: RegisterDatabase,
  person: { id: string; owningUnit: string },
  input: RequestInput,
  options: { today: string; handledBy: string; isHandled?: boolean },
): Promise<{ isSaved: true; id: string } | { isSaved: false; issues: FieldIssue[] }> => {
  const now = Date.now();
  const outcome = validateRecord(
    rightsRequestDefinition,
    {
      id: crypto.randomUUID(),
      status: 'active',
      owningUnit: person.owningUnit,
      createdAt: now,
      updatedAt: now,
      personId: person.id,
      kind: input.kind,
      state: options.isHandled ? 'done' : 'open',
      receivedDate: input.receivedDate,
      dueDate: '',
      handledAt: options.isHandled ? now : 0,
      handledBy: options.isHandled ? options.handledBy : '',
      note: input.note,
      restrictionLiftedAt: 0,
      restrictionLiftedBy: '',
    },
    { today: options.today, knownCategories: [] },
  );
  // The due date follows from the normalised received date (d.m.yyyy typed, ISO stored).
  const record = { ...outcome.record, dueDate: requestDueDate(outcome.record.receivedDate) };
  const issues = outcome.issues.filter((issue) => issue.path !== 'dueDate');
  if (record.receivedDate > options.today) issues.push({ path: 'receivedDate', code: 'dateInFuture' });
  if (issues.length > 0) return { isSaved: false, issues };
  await database.rightsRequests.insert(record);
  return { isSaved: true, id: record.id };
};

/** Closes a request as done or refused, with who and when. */
export const closeRightsRequest = async (
  database: RegisterDatabase,
  id: string,
  state: 'done' | 'refused',
  handledBy: string,
) => {
  const document = await database.rightsRequests.findOne(id).exec();
  const now = Date.now();
  await document?.incrementalPatch({ state, handledAt: now, handledBy, updatedAt: now });
};

/** Lifts every restriction in force for the person; the requests keep when and by whom. */
export const liftRestriction = async (database: RegisterDatabase, personId: string, liftedBy: string) => {
  const now = Date.now();
  const documents = await database.rightsRequests.find({ selector: { personId } }).exec();
  for (const document of documents) {
    if (isRestrictionInForce(document.toJSON() as RightsRequest))
      await document.incrementalPatch({
        restrictionLiftedAt: now,
        restrictionLiftedBy: liftedBy,
        updatedAt: now,
      });
  }
};
