import type { RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { pruneAccessLog } from '../../../../renderer/accessLog/pruneAccessLog';
import { openRegisterDatabase } from '../../../../renderer/db/openRegisterDatabase';
import { accessLogRetentionMs } from '../../../../shared/accessLog/accessEntriesAbout';
import type { AccessEntry } from '../../../../shared/model';

const entry = (id: string, at: number): AccessEntry => ({
  id,
  status: 'active',
  owningUnit: 'main',
  createdAt: at,
  updatedAt: at,
  action: 'view',
  source: 'personPage',
  at,
  personId: 'p1',
  personIds: [],
  personCount: 1,
  actor: '',
  fileName: '',
  createdBy: '',
  updatedBy: '',
});

describe('pruneAccessLog', () => {
  it('removes the entries past two years and keeps the rest', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const database = await openRegisterDatabase(
      'prune-access',
      key,
      getRxStorageMemory() as RxStorage<unknown, unknown>,
    );
    const now = Date.UTC(2026, 10, 22);
    await database.accessEntries.bulkInsert([
      entry('expired', now - accessLogRetentionMs - 1),
      entry('kept', now - accessLogRetentionMs + 60_000),
    ]);
    expect(await pruneAccessLog(database, now)).toBe(1);
    const left = (await database.accessEntries.find().exec()).map((document) => document.primary);
    await database.close();
    expect(left).toEqual(['kept']);
  });
});
