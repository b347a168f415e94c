import type { CategoryScope, RecordDefinition } from './fieldDefinition';
import { defaultUnit, type RecordMeta } from './recordStatus';
import type { CategoryOption } from './registerSettings';
import type { FieldIssue } from './validateRecord';

export const categoryScopes = ['person', 'organisation'] as const satisfies readonly CategoryScope[];

/**
 * One category of people or organisations ("Alumni", "Key partner"), shared through the server so
 * every laptop offers the same list; only admins may change it (server/access/recordScope). Records
 * carry categories by `key`, as they did when the list lived in each device's settings, so nothing
 * that holds keys (people, organisations, import mappings, segments, retention rules) changes.
 */
export type Category = RecordMeta & {
  scope: CategoryScope;
  /** What records carry: a built-in key ('alumnus') or `custom-…` for one users added. */
  key: string;
  /** Users' own wording for a custom category; empty for a built-in one, which is translated by key. */
  label: string;
  isBuiltIn: boolean;
  /** A disabled category stays on the records that carry it but is no longer offered. */
  isEnabled: boolean;
  /** Order in pickers and filters: the built-ins first as shipped, then custom ones as added. */
  position: number;
  createdBy: string;
  updatedBy: string;
};

/** Custom keys stay short enough that `organisation:<key>` fits the 40-character id. */
export const maxCategoryKeyLength = 26;
export const maxCategoryPosition = 9_999;
/** The keys record category fields accept (as the server checks them on people and organisations). */
export const categoryKeyPattern = /^[\w-]{1,26}$/;

export const categoryDefinition: RecordDefinition<Category> = {
  collection: 'categories',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // Non-personal vocabulary settings, plaintext like a tag's scope and colour.
    scope: { kind: 'choice', options: categoryScopes, isPlaintext: true, isRequired: true },
    key: { kind: 'text', maxLength: maxCategoryKeyLength, isPlaintext: true, isRequired: true },
    isBuiltIn: { kind: 'flag', isPlaintext: true },
    isEnabled: { kind: 'flag', isPlaintext: true },
    position: { kind: 'number', min: 0, max: maxCategoryPosition, isInteger: true, isPlaintext: true },
    // Users typed it, so it is encrypted like every other label.
    label: { kind: 'text', maxLength: 60 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};

/**
 * Deterministic, so two devices that seed the same built-in (or move the same custom category out
 * of their settings) write the same record and converge instead of duplicating it.
 */
export const categoryIdOf = (scope: CategoryScope, key: string): string => `${scope}:${key}`;

/** The category records that stand for a settings list (the one-time move out of the settings). */
export const categoryRecordsFrom = (
  scope: CategoryScope,
  options: readonly CategoryOption[],
  now: number,
): Category[] =>
  options
    // A key the server would refuse stays in the settings (the fallback) rather than block sync.
    .filter((option) => categoryKeyPattern.test(option.key))
    .map((option, index) => ({
      id: categoryIdOf(scope, option.key),
      status: 'active',
      // The vocabulary is register-wide; the unit only satisfies the common record shape.
      owningUnit: defaultUnit,
      createdAt: now,
      updatedAt: now,
      scope,
      key: option.key,
      label: option.isBuiltIn ? '' : option.label,
      isBuiltIn: option.isBuiltIn,
      isEnabled: option.isEnabled,
      position: Math.min(index, maxCategoryPosition),
      createdBy: '',
      updatedBy: '',
    }));

/**
 * The categories of a scope as the app uses them: the synced records when the register has any of
 * that scope, otherwise the list still kept in this device's settings (a register from before the
 * move, a connected one before its first pull, or a server no admin has given categories yet).
 * One record per key: should two ids ever carry the same key, the first in id order wins.
 */
export const categoryOptionsOf = (
  records: readonly Category[],
  fallback: readonly CategoryOption[],
  scope: CategoryScope,
): CategoryOption[] => {
  const ofScope = records
    .filter((record) => record.scope === scope && record.status === 'active')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (ofScope.length === 0) return [...fallback];
  const byKey = new Map<string, Category>();
  for (const record of ofScope) if (!byKey.has(record.key)) byKey.set(record.key, record);
  return [...byKey.values()]
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .map((record) => ({
      key: record.key,
      label: record.label,
      isBuiltIn: record.isBuiltIn,
      isEnabled: record.isEnabled,
    }));
};

/**
 * What the definition alone cannot say: the id is `scope:key` (so devices converge, see
 * `categoryIdOf`) and the key has the shape record category fields accept. Checked by the server on
 * every push, beside `validateRecord`.
 */
export const categoryIdentityIssues = (record: {
  id: unknown;
  scope?: unknown;
  key?: unknown;
}): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const key = typeof record.key === 'string' ? record.key : '';
  if (!categoryKeyPattern.test(key)) issues.push({ path: 'key', code: 'notAllowed' });
  if (record.id !== categoryIdOf(record.scope as CategoryScope, key))
    issues.push({ path: 'id', code: 'notAllowed' });
  return issues;
};
