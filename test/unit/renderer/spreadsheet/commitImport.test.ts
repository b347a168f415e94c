import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryRegister } from '../../../helpers/memoryRegister';
import type { ImportBatch, Person } from '../../../../shared/model';
import type { WritePlan } from '../../../../shared/spreadsheet/planImport';
import type { RegisterDatabase } from '../../../../renderer/db/openRegisterDatabase';
import { commitImport, undoImport } from '../../../../renderer/spreadsheet/commitImport';
import { syntheticPeople } from '../../../helpers/syntheticPeople';

const batch = {
  id: 'batch-1',
  startedAt: 1,
  fileName: 'people.xlsx',
  kind: 'people' as const,
  counts: { created: 0, updated: 0, skipped: 0, invalid: 0 },
};

/** `created` new people (ids new-…) and `updated` register people given the title "Imported". */
const planFor = (register: Person[], created: number, updated: number): WritePlan => ({
  creates: syntheticPeople(created, 7).map((person) => ({
    collection: 'people' as const,
    record: { ...person, id: `new-${person.id}` },
  })),
  updates: register.slice(0, updated).map((person) => ({
    collection: 'people' as const,
    previous: person,
    next: { ...person, title: 'Imported' },
  })),
  outcomes: new Map(),
});

describe('commitImport', () => {
  let database: RegisterDatabase | null = null;
  afterEach(async () => {
    await database?.close().catch(() => undefined);
    database = null;
  });

  const openWith = async (count: number) => {
    database = await openMemoryRegister();
    const register = syntheticPeople(count, 3);
    await database.people.bulkInsert(register);
    return { database, register };
  };
  const createdLeft = async (db: RegisterDatabase) =>
    (await db.people.find().exec()).filter((document) => document.id.startsWith('new-')).length;
  const titled = async (db: RegisterDatabase) =>
    (await db.people.find().exec()).filter((document) => document.toJSON().title === 'Imported').length;
  const statusOf = async (db: RegisterDatabase) =>
    ((await db.importBatches.findOne(batch.id).exec())?.toJSON() as ImportBatch | undefined)?.status;

  it('writes every chunk with progress, and undo restores the register', async () => {
    const { database: db, register } = await openWith(2_500);
    const progress: number[] = [];
    const outcome = await commitImport(db, planFor(register, 3_500, 2_500), batch, {
      onProgress: ({ written }) => progress.push(written),
      signal: new AbortController().signal,
    });
    expect(outcome).toEqual({ status: 'committed' });
    expect(await createdLeft(db)).toBe(3_500);
    expect(await titled(db)).toBe(2_500);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(6_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await statusOf(db)).toBe('committed');

    await undoImport(db, batch.id);
    expect(await createdLeft(db)).toBe(0);
    expect(await titled(db)).toBe(0);
    expect(await db.people.count().exec()).toBe(2_500);
  });

  it('leaves nothing of an import cancelled midway', async () => {
    const { database: db, register } = await openWith(1_000);
    const abort = new AbortController();
    const outcome = await commitImport(db, planFor(register, 5_000, 1_000), batch, {
      onProgress: ({ written }) => {
        if (written >= 1_000) abort.abort();
      },
      signal: abort.signal,
    });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(await createdLeft(db)).toBe(0);
    expect(await titled(db)).toBe(0);
    expect(await statusOf(db)).toBe('cancelled');
  });

  it('undoes everything when a later chunk fails, waiting for the chunk still being written', async () => {
    const { database: db, register } = await openWith(1_000);
    const plan = planFor(register, 4_000, 0);
    // The fourth chunk holds a person the register already has: its insert fails.
    plan.creates[3_500] = { collection: 'people', record: register[10]! };
    await expect(
      commitImport(db, plan, batch, { onProgress: () => undefined, signal: new AbortController().signal }),
    ).rejects.toThrow(/could not be written/);
    expect(await createdLeft(db)).toBe(0);
    expect(await db.people.count().exec()).toBe(1_000);
  });
});
