import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryRegister, until } from '../../helpers/memoryRegister';
import type { RegisterDatabase } from '../../../renderer/db/openRegisterDatabase';
import { createRegisterStore, type RegisterStore } from '../../../renderer/state/registerStore';
import { syntheticPeople } from '../../helpers/syntheticPeople';

describe('register store loading after unlock', () => {
  let store: RegisterStore | null = null;
  let database: RegisterDatabase | null = null;

  afterEach(async () => {
    await store?.close();
    await database?.close().catch(() => undefined);
    store = null;
    database = null;
  });

  const openWith = async (count: number) => {
    database = await openMemoryRegister();
    await database.people.bulkInsert(syntheticPeople(count, 5));
    return database;
  };

  it('returns with the first page loaded and finishes the rest in the background', async () => {
    const opened = await openWith(1_800);
    const errors: unknown[] = [];
    store = await createRegisterStore(opened, (error) => errors.push(error));
    expect(store.people.size).toBe(500);
    expect(store.loading()).toMatchObject({ isComplete: false, total: 1_800 });
    await until(() => store!.loading().isComplete);
    expect(store.people.size).toBe(1_800);
    expect(store.peopleIndex.size()).toBe(1_800);
    expect(store.loading()).toEqual({ loaded: 1_800, total: 1_800, isComplete: true });
    expect(errors).toEqual([]);
  });

  it('is complete at once for a register smaller than the first page', async () => {
    const opened = await openWith(20);
    store = await createRegisterStore(opened, () => undefined);
    await until(() => store!.loading().isComplete);
    expect(store.people.size).toBe(20);
  });

  it('keeps an edit or a deletion made while loading instead of the older stored version', async () => {
    const opened = await openWith(6_000);
    store = await createRegisterStore(opened, () => undefined);
    const people = syntheticPeople(6_000, 5);
    // Ids sort after the first page, so the background load reaches them after these changes.
    const edited = people.find((person) => person.id === 'bench-5-999')!;
    const removed = people.find((person) => person.id === 'bench-5-998')!;
    expect(store.people.has(edited.id)).toBe(false);
    await (await opened.people.findOne(edited.id).exec())!.incrementalPatch({ lastName: 'Muokattu' });
    await (await opened.people.findOne(removed.id).exec())!.remove();
    await until(() => store!.loading().isComplete);
    expect(store.people.get(edited.id)?.lastName).toBe('Muokattu');
    expect(store.people.has(removed.id)).toBe(false);
    expect(store.people.size).toBe(5_999);
  });

  it('stops loading when closed, without reporting an error', async () => {
    const opened = await openWith(3_000);
    const errors: unknown[] = [];
    const closing = await createRegisterStore(opened, (error) => errors.push(error));
    await closing.close();
    database = null;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors).toEqual([]);
    expect(closing.people.size).toBe(0);
  });

  it('reports damage found by the background load instead of showing a partial register as whole', async () => {
    const opened = await openWith(1_200);
    // The memory storage files writes on the next read; flush them before tampering.
    await opened.people.findByIds(['bench-5-999']).exec();
    // Flip one character of a stored ciphertext beyond the first page, in the memory storage under the wrapper.
    const encrypted = (opened.people.storageInstance as unknown as { originalStorageInstance: unknown })
      .originalStorageInstance as {
      inner: { internals: { documents: Map<string, Record<string, string>> } };
    };
    const documents = encrypted.inner.internals.documents;
    const stored = documents.get('bench-5-999')!;
    const sealed = stored.enc!;
    const flipped = sealed.slice(0, 40) + (sealed[40] === 'A' ? 'B' : 'A') + sealed.slice(41);
    // Queries read the storage's index arrays, which hold this same object.
    stored.enc = flipped;
    const errors: unknown[] = [];
    store = await createRegisterStore(opened, (error) => errors.push(error));
    await until(() => errors.length > 0);
    expect((errors[0] as Error).name).toBe('RegisterCorruptedError');
    expect(store.loading().isComplete).toBe(false);
  });
});
