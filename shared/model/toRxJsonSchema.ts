import { educationTextLimits } from './alumniProfile';
import { addressKinds, emailKinds, linkKinds, phoneKinds } from './contactEntries';
import type { FieldDefinition, RecordDefinition } from './fieldDefinition';
import { maxListItems } from './fieldDefinition';
import { recordStatuses } from './recordStatus';

/** A JSON schema in the shape RxDB accepts; typed loosely so shared/ stays free of rxdb. */
export type JsonSchema = Record<string, unknown>;

const entrySchema = (kinds: readonly string[], valueFields: Record<string, number>): JsonSchema => ({
  type: 'array',
  maxItems: maxListItems,
  items: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: [...kinds] },
      ...Object.fromEntries(
        Object.entries(valueFields).map(([name, maxLength]) => [name, { type: 'string', maxLength }]),
      ),
    },
    required: ['kind', ...Object.keys(valueFields)],
  },
});

export const fieldJsonSchema = (field: FieldDefinition): JsonSchema => {
  switch (field.kind) {
    case 'id':
    case 'reference':
      return { type: 'string', maxLength: 40 };
    case 'timestamp':
      // Bounded integer so RxDB can index it.
      return { type: 'number', minimum: 0, maximum: 9_999_999_999_999, multipleOf: 1 };
    case 'status':
      return { type: 'string', enum: [...recordStatuses], maxLength: 10 };
    case 'unit':
      return { type: 'string', maxLength: 60 };
    case 'text':
    case 'longText':
      return { type: 'string', maxLength: field.maxLength };
    case 'date':
      return { type: 'string', maxLength: 10 };
    case 'choice':
      return { type: 'string', enum: [...field.options] };
    case 'flag':
      return { type: 'boolean' };
    case 'number':
      // Empty is null. Number fields hold amounts and counts, never plaintext index keys.
      return {
        type: ['number', 'null'],
        minimum: field.min,
        maximum: field.max,
        ...(field.isInteger ? { multipleOf: 1 } : {}),
      };
    case 'businessId':
      return { type: 'string', maxLength: 9 };
    case 'country':
      return { type: 'string', maxLength: 2 };
    case 'categories':
      return { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 60 } };
    case 'textList':
      return {
        type: 'array',
        maxItems: field.maxItems,
        items: { type: 'string', maxLength: field.maxLength },
      };
    case 'emails':
      return entrySchema(emailKinds, { address: 254 });
    case 'phones':
      return entrySchema(phoneKinds, { number: 20 });
    case 'addresses':
      return entrySchema(addressKinds, { street: 200, postalCode: 12, city: 100, country: 2 });
    case 'links':
      return entrySchema(linkKinds, { url: 2000 });
    case 'choiceList':
      return {
        type: 'array',
        maxItems: field.options.length,
        items: { type: 'string', enum: [...field.options] },
      };
    case 'educations':
      return {
        type: 'array',
        maxItems: maxListItems,
        items: {
          type: 'object',
          properties: {
            institution: { type: 'string', maxLength: educationTextLimits.institution },
            programme: { type: 'string', maxLength: educationTextLimits.programme },
            startYear: { type: 'string', maxLength: 4 },
            degree: { type: 'string', maxLength: educationTextLimits.degree },
            graduationYear: { type: 'string', maxLength: 4 },
          },
          required: ['institution', 'programme', 'startYear', 'degree', 'graduationYear'],
        },
      };
  }
};

export const toRxJsonSchema = <T>(definition: RecordDefinition<T>): JsonSchema => {
  const entries = Object.entries(definition.fields) as [string, FieldDefinition][];
  return {
    title: definition.collection,
    version: definition.schemaVersion,
    primaryKey: 'id',
    type: 'object',
    properties: Object.fromEntries(entries.map(([name, field]) => [name, fieldJsonSchema(field)])),
    required: entries.filter(([, field]) => field.isRequired).map(([name]) => name),
    indexes: definition.indexes.map((index) => [...index]),
  };
};

export const plaintextFieldsOf = <T>(definition: RecordDefinition<T>): string[] =>
  (Object.entries(definition.fields) as [string, FieldDefinition][])
    .filter(([, field]) => field.isPlaintext)
    .map(([name]) => name);
