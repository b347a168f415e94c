import { defaultUnit, relationDefinition, validateRecord, type Relation } from '../../shared/model';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import type { RegisterStore } from '../state/registerStore';
import { todayIso, validationContextFor, type SaveResult } from '../state/registerActions';

export type RelationDraft = Pick<
  Relation,
  'fromId' | 'fromKind' | 'toId' | 'toKind' | 'typeKey' | 'startDate' | 'endDate' | 'note'
>;

const owningUnitOf = (store: RegisterStore, draft: RelationDraft): string =>
  (draft.fromKind === 'person' ? store.people.get(draft.fromId) : store.organisations.get(draft.fromId))
    ?.owningUnit ?? defaultUnit;

export const saveRelation = async (store: RegisterStore, draft: RelationDraft): Promise<SaveResult> => {
  const now = Date.now();
  const outcome = validateRecord(
    relationDefinition,
    {
      ...draft,
      id: crypto.randomUUID(),
      status: 'active',
      owningUnit: owningUnitOf(store, draft),
      createdAt: now,
      updatedAt: now,
      createdBy: '',
      updatedBy: '',
    },
    validationContextFor(store),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.relations.insert(outcome.record);
  return { isSaved: true, id: outcome.record.id };
};

export const endRelation = async (store: RegisterStore, id: string) => {
  const document = await store.database.relations.findOne(id).exec();
  await document?.incrementalPatch({ endDate: todayIso(), updatedAt: Date.now() });
};

/** Blanked before removal, so the tombstone that syncs holds nothing personal. */
export const removeRelation = async (database: RegisterDatabase, id: string) => {
  const document = await database.relations.findOne(id).exec();
  if (!document) return;
  const blanked = await document.incrementalPatch({ note: '', typeKey: '', updatedAt: Date.now() });
  await blanked.remove();
};

/** A deleted person or organisation takes its relations along, at both ends. */
export const removeRelationsOf = async (database: RegisterDatabase, recordId: string) => {
  const relations = await database.relations
    .find({ selector: { $or: [{ fromId: recordId }, { toId: recordId }] } })
    .exec();
  for (const relation of relations) await removeRelation(database, relation.id);
};
