/**
 * The building blocks of a record definition. One definition per record type
 * drives the RxDB schema, the plaintext/encrypted split, form rendering and
 * validation in every entry point (forms, import, server).
 */
export type CategoryScope = 'person' | 'organisation';

type FieldBase = {
  /** Stays unencrypted at rest: only ids, timestamps and non-personal status fields may. */
  isPlaintext?: boolean;
  isRequired?: boolean;
};

export type FieldDefinition =
  | (FieldBase & { kind: 'id' })
  | (FieldBase & { kind: 'timestamp' })
  | (FieldBase & { kind: 'status' })
  | (FieldBase & { kind: 'unit' })
  | (FieldBase & { kind: 'reference'; target: 'person' | 'organisation' | 'contactList' | 'event' })
  /** A number, empty as null; money is stored as integer cents. */
  | (FieldBase & { kind: 'number'; min: number; max: number; isInteger?: boolean })
  | (FieldBase & { kind: 'text'; maxLength: number })
  | (FieldBase & { kind: 'longText'; maxLength: number })
  | (FieldBase & { kind: 'date'; isBirthDate?: boolean })
  | (FieldBase & { kind: 'choice'; options: readonly string[] })
  /** A set of keys out of `options`, kept in the options' order. */
  | (FieldBase & { kind: 'choiceList'; options: readonly string[] })
  /** Education records of an alumni profile (`EducationEntry`). */
  | (FieldBase & { kind: 'educations' })
  | (FieldBase & { kind: 'flag' })
  | (FieldBase & { kind: 'businessId' })
  | (FieldBase & { kind: 'country' })
  | (FieldBase & { kind: 'categories'; scope: CategoryScope })
  | (FieldBase & { kind: 'textList'; maxLength: number; maxItems: number })
  | (FieldBase & { kind: 'emails' })
  | (FieldBase & { kind: 'phones' })
  | (FieldBase & { kind: 'addresses' })
  | (FieldBase & { kind: 'links' });

export type FieldKind = FieldDefinition['kind'];

export type CollectionName =
  | 'people'
  | 'organisations'
  | 'affiliations'
  | 'settings'
  | 'conflicts'
  | 'importBatches'
  | 'consentEvents'
  | 'marketingBans'
  | 'contactLists'
  | 'listMemberships'
  | 'events'
  | 'registrations'
  | 'activities'
  | 'relations'
  | 'rightsRequests'
  | 'erasureMarkers'
  | 'accessEntries'
  | 'tags'
  | 'categories'
  | 'registerConfigs';

export type RecordDefinition<T> = {
  collection: CollectionName;
  /** Bumped with a migration whenever the stored shape changes. */
  schemaVersion: number;
  fields: { readonly [K in keyof T]-?: FieldDefinition };
  indexes: readonly (readonly (keyof T & string)[])[];
};

export const maxListItems = 20;
