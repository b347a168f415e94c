import { createHash } from 'node:crypto';
import type { FieldIssue } from '../../shared/model';
import { validateRecord } from '../../shared/model';
import type { WireDocument } from '../../shared/sync/syncProtocol';
import type { AnyRecordDefinition } from './recordDefinitions';
import { emptyValueOf, fieldsOf, serverManagedFields } from './recordDefinitions';

export type NormalisedDocument = { document: WireDocument; issues: FieldIssue[] };

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * The server cannot know each register's own category keys (they live in the client's settings),
 * so it accepts any category key of sane shape and leaves label checks to clients.
 */
const categoryKeysOf = (input: Record<string, unknown>): string[] =>
  Array.isArray(input.categories)
    ? input.categories.filter((key): key is string => typeof key === 'string' && /^[\w-]{1,64}$/.test(key))
    : [];

/**
 * Normalises a pushed document with the shared model. A deletion keeps only the plaintext
 * bookkeeping fields and blanks every other field, whatever the client sent: tombstones are kept
 * forever, so they must never hold personal values.
 */
export const normaliseWireDocument = (
  definition: AnyRecordDefinition,
  input: Record<string, unknown>,
): NormalisedDocument => {
  const isDeleted = input._deleted === true;
  if (isDeleted) {
    const document: Record<string, unknown> = {};
    for (const [name, field] of fieldsOf(definition)) {
      const keepsValue = name === 'id' || name === 'owningUnit' || name === 'status';
      document[name] = keepsValue && typeof input[name] === 'string' ? input[name] : emptyValueOf(field);
    }
    const issues: FieldIssue[] = [];
    if (document.id === '') issues.push({ path: 'id', code: 'required' });
    if (document.owningUnit === '') issues.push({ path: 'owningUnit', code: 'required' });
    if (document.status === '') document.status = 'passive';
    return { document: { ...(document as WireDocument), _deleted: true }, issues };
  }
  const outcome = validateRecord(definition, input, {
    today: todayIso(),
    knownCategories: categoryKeysOf(input),
  });
  const issues = outcome.issues.filter(
    // The server sets these itself, so a client's missing or stale values are no fault.
    (issue) => !(serverManagedFields as readonly string[]).includes(issue.path),
  );
  return { document: { ...(outcome.record as WireDocument), _deleted: false }, issues };
};

const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/**
 * A hash of what the user edited: the normalised fields of the definition without the
 * server-managed ones. Compare-and-set compares hashes, so a client's assumedMasterState matches
 * even though the server re-stamped the timestamps after its previous push.
 */
export const contentHashOf = (definition: AnyRecordDefinition, input: Record<string, unknown>): string => {
  const { document } = normaliseWireDocument(definition, input);
  const content: Record<string, unknown> = { _deleted: document._deleted };
  for (const [name] of fieldsOf(definition)) {
    if (!(serverManagedFields as readonly string[]).includes(name)) content[name] = document[name];
  }
  return createHash('sha256').update(canonicalJson(content)).digest('base64url');
};
