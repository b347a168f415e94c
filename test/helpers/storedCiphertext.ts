import type { Page } from '@playwright/test';

/** Where a tampered document lives, and its original `enc` value, so a test can put it back. */
export type Tamper = { database: string; store: string; key: string; original: string };

/**
 * Flips one character inside the first stored ciphertext of a collection directly in IndexedDB, as an
 * attacker or a failing disk could, behind RxDB's back. The register must be locked (database closed).
 */
export const tamperStoredCiphertext = (page: Page, collection: string): Promise<Tamper> =>
  page.evaluate(async (collectionName) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const databases = (await indexedDB.databases())
      .map((info) => info.name ?? '')
      .filter((name) => name.includes('kontakt-') && name.endsWith(`--${collectionName}`));
    for (const name of databases) {
      const database = await open(name);
      try {
        for (const store of [...database.objectStoreNames]) {
          const transaction = database.transaction(store, 'readwrite');
          const objectStore = transaction.objectStore(store);
          const keys = await request(objectStore.getAllKeys());
          for (const key of keys) {
            const document = (await request(objectStore.get(key))) as Record<string, unknown>;
            const enc = document?.enc;
            if (typeof enc !== 'string' || enc.length < 40) continue;
            const at = Math.floor(enc.length / 2);
            const flipped = enc.slice(0, at) + (enc[at] === 'A' ? 'B' : 'A') + enc.slice(at + 1);
            const target = objectStore.keyPath === null ? key : undefined;
            await request(objectStore.put({ ...document, enc: flipped }, target));
            await new Promise<void>((resolve) => (transaction.oncomplete = () => resolve()));
            // RxDB's primary keys are strings.
            return { database: name, store, key: key as string, original: enc };
          }
        }
      } finally {
        database.close();
      }
    }
    throw new Error(`no stored ciphertext found for ${collectionName} in ${databases.join(', ')}`);
  }, collection);

export const revertTamper = (page: Page, tamper: Tamper): Promise<void> =>
  page.evaluate(async ({ database: name, store, key, original }) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      const transaction = database.transaction(store, 'readwrite');
      const objectStore = transaction.objectStore(store);
      const get = objectStore.get(key);
      await new Promise((resolve) => (get.onsuccess = resolve));
      const document = get.result as Record<string, unknown>;
      objectStore.put({ ...document, enc: original }, objectStore.keyPath === null ? key : undefined);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    } finally {
      database.close();
    }
  }, tamper);

export const readEnvelope = (page: Page) => page.evaluate(() => localStorage.getItem('kontakt.register'));

/**
 * Every record of every database of the register, as stored, keyed by database, store and key. Two equal
 * snapshots prove nothing was written in between.
 */
export const snapshotStoredRegister = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(async () => {
    const snapshot: Record<string, string> = {};
    const names = (await indexedDB.databases())
      .map((info) => info.name ?? '')
      .filter((name) => name.includes('kontakt-'));
    for (const name of names.sort()) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      try {
        for (const store of [...database.objectStoreNames]) {
          const objectStore = database.transaction(store, 'readonly').objectStore(store);
          const [keys, values] = await Promise.all(
            [objectStore.getAllKeys(), objectStore.getAll()].map(
              (r) =>
                new Promise<unknown[]>((resolve, reject) => {
                  r.onsuccess = () => resolve(r.result as unknown[]);
                  r.onerror = () => reject(r.error);
                }),
            ),
          );
          keys!.forEach((key, index) => {
            snapshot[`${name}/${store}/${JSON.stringify(key)}`] = JSON.stringify(values![index]);
          });
        }
      } finally {
        database.close();
      }
    }
    return snapshot;
  });
