import {
  defaultUnit,
  tagDefinition,
  validateRecord,
  type CategoryScope,
  type Tag,
  type TagColour,
} from '../../shared/model';
import type { RegisterStore } from '../state/registerStore';
import { validationContextFor, type SaveResult } from '../state/registerActions';

export type TagDraft = { label: string; scope: CategoryScope; colour: TagColour };

const normalisedLabel = (label: string) => label.trim().replace(/\s+/g, ' ');

/** Whether another tag of the same scope already has this label (case-insensitively). */
export const isDuplicateTagLabel = (tags: readonly Tag[], draft: TagDraft, exceptId = ''): boolean =>
  tags.some(
    (tag) =>
      tag.id !== exceptId &&
      tag.scope === draft.scope &&
      tag.label.toLowerCase() === normalisedLabel(draft.label).toLowerCase(),
  );

export const addTag = async (store: RegisterStore, draft: TagDraft): Promise<SaveResult> => {
  const now = Date.now();
  const outcome = validateTag(store, {
    ...draft,
    label: normalisedLabel(draft.label),
    id: crypto.randomUUID(),
    status: 'active',
    // The vocabulary is register-wide; the unit only satisfies the common record shape.
    owningUnit: defaultUnit,
    isArchived: false,
    createdAt: now,
    updatedAt: now,
    createdBy: '',
    updatedBy: '',
  });
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.tags.insert(outcome.record);
  return { isSaved: true, id: outcome.record.id };
};

/** Renames, recolours, archives or restores a tag; records keep pointing to it by id. */
export const updateTag = async (
  store: RegisterStore,
  id: string,
  patch: Partial<Pick<Tag, 'label' | 'colour' | 'isArchived'>>,
): Promise<SaveResult> => {
  const document = await store.database.tags.findOne(id).exec();
  if (!document) return { isSaved: false, issues: [{ path: 'id', code: 'notAllowed' }] };
  const next = { ...document.toJSON(), ...patch, updatedAt: Date.now() } as Tag;
  const outcome = validateTag(store, { ...next, label: normalisedLabel(next.label) });
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await document.incrementalPatch({ ...patch, label: outcome.record.label, updatedAt: next.updatedAt });
  return { isSaved: true, id };
};

const validateTag = (store: RegisterStore, raw: Tag) =>
  validateRecord(tagDefinition, raw, validationContextFor(store));
