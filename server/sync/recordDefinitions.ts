import type { FieldDefinition, RecordDefinition } from '../../shared/model';
import {
  affiliationDefinition,
  erasureMarkerDefinition,
  organisationDefinition,
  personDefinition,
  rightsRequestDefinition,
} from '../../shared/model';
import type { SyncCollection } from '../../shared/sync/syncProtocol';
import { syncCollections } from '../../shared/sync/syncProtocol';

/** The server handles every record type alike, as a bag of fields described by its definition. */
export type AnyRecordDefinition = RecordDefinition<Record<string, unknown>>;

export const recordDefinitions: Record<SyncCollection, AnyRecordDefinition> = {
  people: personDefinition as unknown as AnyRecordDefinition,
  organisations: organisationDefinition as unknown as AnyRecordDefinition,
  affiliations: affiliationDefinition as unknown as AnyRecordDefinition,
  rightsRequests: rightsRequestDefinition as unknown as AnyRecordDefinition,
  erasureMarkers: erasureMarkerDefinition as unknown as AnyRecordDefinition,
};

export const isSyncCollection = (value: unknown): value is SyncCollection =>
  syncCollections.includes(value as SyncCollection);

/** Fields only the server writes; a client's values for them are ignored and never compared. */
export const serverManagedFields = ['createdAt', 'updatedAt', 'createdBy', 'updatedBy'] as const;

export const fieldsOf = (definition: AnyRecordDefinition) =>
  Object.entries(definition.fields) as [string, FieldDefinition][];

/** The empty value of a field kind: what a tombstone or scope-removal entry carries instead of personal data. */
export const emptyValueOf = (field: FieldDefinition): unknown => {
  switch (field.kind) {
    case 'timestamp':
      return 0;
    case 'flag':
      return false;
    case 'categories':
    case 'textList':
    case 'emails':
    case 'phones':
    case 'addresses':
    case 'links':
      return [];
    default:
      return '';
  }
};
