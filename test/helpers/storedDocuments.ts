import type { Page } from '@playwright/test';

/**
 * Every stored document of a collection exactly as IndexedDB holds it (ciphertext included), serialised
 * and sorted, so a test can prove an operation wrote nothing by comparing before and after.
 */
export const storedDocuments = (page: Page, collection: string): Promise<string[]> =>
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
    const names = (await indexedDB.databases())
      .map((info) => info.name ?? '')
      .filter((name) => name.includes('kontakt-') && name.endsWith(`--${collectionName}`));
    const documents: string[] = [];
    for (const name of names) {
      const database = await open(name);
      try {
        for (const store of [...database.objectStoreNames]) {
          const all = await request(database.transaction(store, 'readonly').objectStore(store).getAll());
          documents.push(...all.map((document) => `${name}/${store}:${JSON.stringify(document)}`));
        }
      } finally {
        database.close();
      }
    }
    return documents.sort();
  }, collection);
