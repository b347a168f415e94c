import type { RxCollection } from 'rxdb';
import type { RecordDefinition, RecordMeta } from '../../shared/model';
import {
  consentEventDefinition,
  listMembershipDefinition,
  marketingBanDefinition,
  validateRecord,
} from '../../shared/model';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

/**
 * Erasing a person takes their consent history, ban history and memberships with them: the events
 * would otherwise be personal data about someone no longer in the register. Blanked before removal so
 * the tombstones carry only ids, like every other deletion.
 */
export const removeConsentDataOf = async (database: RegisterDatabase, personId: string) => {
  const removeAll = async <T extends RecordMeta>(
    collection: RxCollection<T>,
    definition: RecordDefinition<T>,
  ) => {
    const documents = await collection.find({ selector: { personId } as never }).exec();
    const blank = validateRecord(definition, {} as Partial<Record<keyof T, unknown>>, {
      today: '',
      knownCategories: [],
    }).record;
    await Promise.all(
      documents.map((document) => {
        const stored = document.toJSON() as Record<string, unknown>;
        const kept = Object.fromEntries(
          Object.entries(definition.fields)
            .filter(([, field]) => (field as { isPlaintext?: boolean }).isPlaintext)
            .map(([name]) => [name, stored[name]]),
        );
        return document.incrementalModify(
          () => ({ ...blank, ...kept, updatedAt: Date.now(), _deleted: true }) as never,
        );
      }),
    );
  };
  await removeAll(database.consentEvents, consentEventDefinition);
  await removeAll(database.marketingBans, marketingBanDefinition);
  await removeAll(database.listMemberships, listMembershipDefinition);
};
