import type { FieldDefinition, RecordDefinition } from '../../shared/model';
import {
  activityDefinition,
  relationDefinition,
  affiliationDefinition,
  consentEventDefinition,
  contactListDefinition,
  listMembershipDefinition,
  marketingBanDefinition,
  eventDefinition,
  organisationDefinition,
  personDefinition,
  registrationDefinition,
  erasureMarkerDefinition,
  accessEntryDefinition,
  rightsRequestDefinition,
  tagDefinition,
  categoryDefinition,
  registerConfigDefinition,
} from '../../shared/model';
import type { SyncCollection } from '../../shared/sync/syncProtocol';
import { syncCollections } from '../../shared/sync/syncProtocol';

/** The server handles every record type alike, as a bag of fields described by its definition. */
export type AnyRecordDefinition = RecordDefinition<Record<string, unknown>>;

export const recordDefinitions: Record<SyncCollection, AnyRecordDefinition> = {
  people: personDefinition as unknown as AnyRecordDefinition,
  organisations: organisationDefinition as unknown as AnyRecordDefinition,
  affiliations: affiliationDefinition as unknown as AnyRecordDefinition,
  consentEvents: consentEventDefinition as unknown as AnyRecordDefinition,
  marketingBans: marketingBanDefinition as unknown as AnyRecordDefinition,
  contactLists: contactListDefinition as unknown as AnyRecordDefinition,
  listMemberships: listMembershipDefinition as unknown as AnyRecordDefinition,
  events: eventDefinition as unknown as AnyRecordDefinition,
  registrations: registrationDefinition as unknown as AnyRecordDefinition,
  activities: activityDefinition as unknown as AnyRecordDefinition,
  relations: relationDefinition as unknown as AnyRecordDefinition,
  rightsRequests: rightsRequestDefinition as unknown as AnyRecordDefinition,
  erasureMarkers: erasureMarkerDefinition as unknown as AnyRecordDefinition,
  accessEntries: accessEntryDefinition as unknown as AnyRecordDefinition,
  tags: tagDefinition as unknown as AnyRecordDefinition,
  categories: categoryDefinition as unknown as AnyRecordDefinition,
  registerConfigs: registerConfigDefinition as unknown as AnyRecordDefinition,
};

/**
 * Histories kept as proof (consent and direct-marketing-ban events): a stored record's content may
 * never change, only the whole record be erased (a tombstone). A change is a new record.
 */
export const appendOnlyCollections: readonly SyncCollection[] = [
  'consentEvents',
  'marketingBans',
  'accessEntries',
];

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
    case 'number':
      return null;
    case 'categories':
    case 'textList':
    case 'emails':
    case 'phones':
    case 'addresses':
    case 'links':
    case 'choiceList':
    case 'educations':
      return [];
    default:
      return '';
  }
};
