import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openRegisterDatabase, type RegisterDatabase } from '../../renderer/db/openRegisterDatabase';

/** A data key as the app holds it after unlock: AES-256-GCM, not extractable. */
export const newRegisterKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** The whole register as the app opens it (every collection, behind the real encryption), in memory. */
export const openMemoryRegister = async (): Promise<RegisterDatabase> =>
  openRegisterDatabase(crypto.randomUUID(), await newRegisterKey(), getRxStorageMemory());

/** Waits for something that happens in the background (a load, a replication); fails after the timeout. */
export const until = async (
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> => {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting for the condition.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
