import type { RxCollection, RxDocument } from 'rxdb';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

/** Where a collection's records name a person (see personDataCollections and accessExportSections). */
export type PersonReference = {
  collection: string;
  personField: string;
  otherPersonField?: string;
  isPersonList?: boolean;
  bulkListField?: string;
};

const collectionOf = (database: RegisterDatabase, name: string): RxCollection | undefined =>
  (database.collections as Record<string, RxCollection | undefined>)[name];

/**
 * The stored records of a collection that name the person. Plaintext references are queried in
 * storage; an encrypted list of ids can only be filtered after decryption, so that collection is read
 * whole (activities: thousands, not the 100 000 people).
 */
export const findRecordsAbout = async (
  database: RegisterDatabase,
  reference: PersonReference,
  personId: string,
): Promise<RxDocument[]> => {
  const collection = collectionOf(database, reference.collection);
  // A collection registered by a feature this build does not have.
  if (!collection) return [];
  if (reference.isPersonList) {
    const documents = await collection.find().exec();
    return documents.filter((document) => {
      const ids: unknown = document.get(reference.personField);
      return Array.isArray(ids) && ids.includes(personId);
    });
  }
  const fields = [reference.personField, reference.otherPersonField].filter(
    (field): field is string => field !== undefined,
  );
  const found = new Map<string, RxDocument>();
  for (const field of fields)
    for (const document of await collection.find({ selector: { [field]: personId } }).exec())
      found.set(document.primary, document);
  if (reference.bulkListField) {
    const listField = reference.bulkListField;
    for (const document of await collection.find({ selector: { [reference.personField]: '' } }).exec()) {
      const ids: unknown = document.get(listField);
      if (Array.isArray(ids) && ids.includes(personId)) found.set(document.primary, document);
    }
  }
  return [...found.values()];
};
