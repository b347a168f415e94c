/// <reference lib="webworker" />
// Runs an import's writes off the UI thread: its own RxDB instance on the same IndexedDB database, behind the
// same encryption wrapper, with the data key passed in as a non-extractable CryptoKey (structured-cloneable).
// RxDB's multi-instance support tells the window's instance about every write.
import type { ImportBatch } from '../../shared/model';
import type { WritePlan } from '../../shared/spreadsheet/planImport';
import { openRegisterDatabase } from '../db/openRegisterDatabase';
import { commitImport } from './commitImport';

export type ImportWorkerRequest =
  | {
      type: 'commit';
      registerId: string;
      key: CryptoKey;
      plan: Pick<WritePlan, 'creates' | 'updates'>;
      batch: Omit<ImportBatch, 'status' | 'created' | 'previous' | 'updatedAt'>;
    }
  | { type: 'cancel' };

export type ImportWorkerMessage =
  | { type: 'progress'; written: number; total: number }
  | { type: 'done'; status: 'committed' | 'cancelled' }
  | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const abort = new AbortController();

scope.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    abort.abort();
    return;
  }
  const post = (message: ImportWorkerMessage) => scope.postMessage(message);
  let database: Awaited<ReturnType<typeof openRegisterDatabase>> | null = null;
  try {
    database = await openRegisterDatabase(request.registerId, request.key);
    const outcome = await commitImport(database, { ...request.plan, outcomes: new Map() }, request.batch, {
      onProgress: (progress) => post({ type: 'progress', ...progress }),
      signal: abort.signal,
    });
    post({ type: 'done', status: outcome.status });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    await database?.close();
  }
};
