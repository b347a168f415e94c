import {
  getPrimaryFieldOfPrimaryKey,
  INTERNAL_STORE_SCHEMA_TITLE,
  META_INSTANCE_SCHEMA_TITLE,
  type FilledMangoQuery,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb';
import { EncryptedStorageUsageError } from './cryptoErrors';

/** Name of the single stored field that holds the sealed personal part of a record. */
export const encryptedFieldName = 'enc';

/** RxDB's own fields: not personal, and needed in the clear for revisions, deletion and replication. */
export const bookkeepingFields: readonly string[] = ['_deleted', '_rev', '_meta', '_attachments'];

// RxDB's internal instances (database meta store, replication meta) use composite keys whose parts are already
// readable inside the stored primary key, so they are kept in the clear without the app having to list them.
const rxdbInternalSchemaTitles: readonly string[] = [INTERNAL_STORE_SCHEMA_TITLE, META_INSTANCE_SCHEMA_TITLE];

export type EncryptedSchemaLayout = {
  collectionName: string;
  primaryPath: string;
  /** Top-level fields stored unchanged: primary key, bookkeeping and the collection's plaintext fields. */
  keptFields: ReadonlySet<string>;
  innerSchema: RxJsonSchema<RxDocumentData<unknown>>;
};

function topLevelField(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}

function describeKept(layout: EncryptedSchemaLayout): string {
  return [...layout.keptFields].join(', ');
}

export function createEncryptedSchemaLayout(
  schema: RxJsonSchema<RxDocumentData<unknown>>,
  collectionName: string,
  plaintextFields: readonly string[],
): EncryptedSchemaLayout {
  const fail = (problem: string): never => {
    throw new EncryptedStorageUsageError(`Encrypted storage, collection "${collectionName}": ${problem}`);
  };
  const properties = schema.properties as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(properties, encryptedFieldName)) {
    fail(`the schema must not define a property "${encryptedFieldName}"; that name holds the ciphertext.`);
  }
  if (schema.attachments) {
    fail('attachments are not supported (they would be stored unencrypted).');
  }
  if (schema.encrypted && schema.encrypted.length > 0) {
    fail('remove "encrypted" from the schema; every field not listed as plaintext is encrypted anyway.');
  }
  for (const field of plaintextFields) {
    if (field.includes('.')) {
      fail(`plaintext field "${field}" must be a top-level property name.`);
    }
  }

  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey);
  // Plaintext fields the schema does not have are ignored on purpose: older schema versions opened during a
  // migration lack fields that newer versions list as plaintext.
  const keptFields = new Set<string>([
    primaryPath,
    ...bookkeepingFields,
    ...plaintextFields.filter((field) => Object.prototype.hasOwnProperty.call(properties, field)),
  ]);
  const compositeFields = typeof schema.primaryKey === 'string' ? [] : schema.primaryKey.fields;
  const isRxdbInternal = schema.title !== undefined && rxdbInternalSchemaTitles.includes(schema.title);
  for (const field of compositeFields) {
    if (isRxdbInternal) {
      keptFields.add(field);
    } else if (!keptFields.has(field)) {
      fail(`primary key part "${field}" is encrypted; list it as a plaintext field.`);
    }
  }
  const indexes = [...(schema.indexes ?? []), ...(schema.internalIndexes ?? [])];
  for (const index of indexes) {
    const fields: readonly string[] = typeof index === 'string' ? [index] : index;
    for (const field of fields) {
      if (!keptFields.has(topLevelField(field))) {
        fail(
          `index [${fields.join(', ')}] uses encrypted field "${field}"; only plaintext fields can be indexed.`,
        );
      }
    }
  }

  const innerProperties: Record<string, unknown> = {};
  for (const field of Object.keys(properties)) {
    if (keptFields.has(field)) {
      innerProperties[field] = properties[field];
    }
  }
  innerProperties[encryptedFieldName] = { type: 'string' };
  const innerSchema = {
    ...schema,
    properties: innerProperties,
    required: [...(schema.required ?? []).filter((field) => keptFields.has(field)), encryptedFieldName],
  } as RxJsonSchema<RxDocumentData<unknown>>;
  delete innerSchema.encrypted;

  return { collectionName, primaryPath, keptFields, innerSchema };
}

function collectSelectorFields(selector: unknown, layout: EncryptedSchemaLayout, fields: string[]): void {
  if (typeof selector !== 'object' || selector === null) {
    return;
  }
  for (const [key, condition] of Object.entries(selector)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      for (const part of Array.isArray(condition) ? condition : []) {
        collectSelectorFields(part, layout, fields);
      }
    } else if (key.startsWith('$')) {
      // Operators such as $where/$expr could read any field; refusing them keeps the check sound.
      throw new EncryptedStorageUsageError(
        `Encrypted storage, collection "${layout.collectionName}": top-level query operator ${key} is not supported.`,
      );
    } else {
      fields.push(key);
    }
  }
}

/**
 * The inner storage only sees ciphertext for encrypted fields, so a query on them would silently match
 * nothing (or sort arbitrarily). Refuse such queries loudly; search personal data in the in-memory index.
 */
export function assertQueryUsesPlaintextFields(
  layout: EncryptedSchemaLayout,
  query: FilledMangoQuery<unknown>,
): void {
  const used: { field: string; part: string }[] = [];
  const selectorFields: string[] = [];
  collectSelectorFields(query.selector, layout, selectorFields);
  selectorFields.forEach((field) => used.push({ field, part: 'selector' }));
  for (const sortPart of query.sort ?? []) {
    Object.keys(sortPart).forEach((field) => used.push({ field, part: 'sort' }));
  }
  (query.index ?? []).forEach((field) => used.push({ field, part: 'index' }));
  for (const { field, part } of used) {
    if (!layout.keptFields.has(topLevelField(field))) {
      throw new EncryptedStorageUsageError(
        `Encrypted storage, collection "${layout.collectionName}": the query ${part} uses encrypted field "${field}". ` +
          `Only plaintext fields (${describeKept(layout)}) can be queried or sorted in storage; ` +
          'search personal data through the in-memory index.',
      );
    }
  }
}
