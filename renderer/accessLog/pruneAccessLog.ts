import { accessLogRetentionMs } from '../../shared/accessLog/accessEntriesAbout';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

/**
 * Removes access entries past their retention. The removals sync like any deletion, so each device
 * and the server drop them too; the server's own audit log keeps its ids-only rows.
 */
export const pruneAccessLog = async (database: RegisterDatabase, now: number): Promise<number> => {
  const expired = await database.accessEntries
    .find({ selector: { at: { $lt: now - accessLogRetentionMs } } })
    .exec();
  if (expired.length > 0)
    await database.accessEntries.bulkRemove(expired.map((document) => document.primary));
  return expired.length;
};
