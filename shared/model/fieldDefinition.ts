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
  | (FieldBase & { kind: 'reference'; target: 'person' | 'organisation' })
  | (FieldBase & { kind: 'text'; maxLength: number })
  | (FieldBase & { kind: 'longText'; maxLength: number })
  | (FieldBase & { kind: 'date'; isBirthDate?: boolean })
  | (FieldBase & { kind: 'choice'; options: readonly string[] })
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
  | 'rightsRequests'
  | 'erasureMarkers';

export type RecordDefinition<T> = {
  collection: CollectionName;
  /** Bumped with a migration whenever the stored shape changes. */
  schemaVersion: number;
  fields: { readonly [K in keyof T]-?: FieldDefinition };
  indexes: readonly (readonly (keyof T & string)[])[];
};

export const maxListItems = 20;
