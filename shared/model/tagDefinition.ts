import type { CategoryScope, RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

/** A small fixed palette so chips stay readable in light and dark mode; the UI maps each to a colour. */
export const tagColours = ['grey', 'blue', 'green', 'orange', 'red', 'purple', 'teal', 'brown'] as const;
export type TagColour = (typeof tagColours)[number];

export const tagScopes = ['person', 'organisation'] as const satisfies readonly CategoryScope[];

/**
 * A free label admins give people or organisations ("Board 2026", "Christmas card"). Shared through
 * the server so every laptop uses the same vocabulary; only admins may change it (server/sync/pushChanges).
 * Records point to tags by id, so renaming a tag needs no rewrite of the tagged records.
 */
export type Tag = RecordMeta & {
  label: string;
  scope: CategoryScope;
  colour: TagColour;
  /** An archived tag stays on the records that carry it but can no longer be picked. */
  isArchived: boolean;
  createdBy: string;
  updatedBy: string;
};

export const maxTagsPerRecord = 50;

export const tagDefinition: RecordDefinition<Tag> = {
  collection: 'tags',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    label: { kind: 'text', maxLength: 60, isRequired: true },
    // Non-personal vocabulary settings, plaintext so the list can be filtered without decrypting.
    scope: { kind: 'choice', options: tagScopes, isPlaintext: true, isRequired: true },
    colour: { kind: 'choice', options: tagColours, isPlaintext: true, isRequired: true },
    isArchived: { kind: 'flag', isPlaintext: true },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};
