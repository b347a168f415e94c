import type { WireDocument } from '../../shared/sync/syncProtocol';
import type { AnyRecordDefinition } from './recordDefinitions';
import { emptyValueOf, fieldsOf } from './recordDefinitions';

/**
 * What a user receives for a record they can no longer see: shaped like a tombstone (every field
 * present, all blank) so it fits the client's schema, flagged `scopeRemoved` so the client drops
 * it instead of treating it as someone's deletion. No value of the record leaves the server.
 */
export const scopeRemovalOf = (
  definition: AnyRecordDefinition,
  id: string,
  updatedAt: number,
): WireDocument => {
  const document: Record<string, unknown> = {};
  for (const [name, field] of fieldsOf(definition)) document[name] = emptyValueOf(field);
  return { ...document, id, status: 'passive', updatedAt, _deleted: true, scopeRemoved: true };
};
