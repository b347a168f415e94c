import type { ImportBatch } from '../../shared/model';
import type { WritePlan } from '../../shared/spreadsheet/planImport';
import type { CommitOutcome, CommitProgress } from './commitImport';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorker';

/** The worker could not start (no Worker support, blocked by policy): nothing was written, the caller may fall back. */
export class WorkerStartError extends Error {}

/** Starts the import worker and resolves when it has committed, cancelled (and undone) or failed. */
export const commitInWorker = (
  request: {
    registerId: string;
    key: CryptoKey;
    plan: WritePlan;
    batch: Omit<ImportBatch, 'status' | 'created' | 'previous' | 'updatedAt'>;
  },
  options: { onProgress: (progress: CommitProgress) => void; signal: AbortSignal },
): Promise<CommitOutcome> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    let hasStarted = false;
    options.signal.addEventListener('abort', () =>
      worker.postMessage({ type: 'cancel' } satisfies ImportWorkerRequest),
    );
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      hasStarted = true;
      if (message.type === 'progress') options.onProgress({ written: message.written, total: message.total });
      else if (message.type === 'done') {
        finish();
        resolve({ status: message.status });
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      const message = event.message || 'The import worker failed';
      reject(hasStarted ? new Error(message) : new WorkerStartError(message));
    };
    worker.postMessage({
      type: 'commit',
      registerId: request.registerId,
      key: request.key,
      plan: { creates: request.plan.creates, updates: request.plan.updates },
      batch: request.batch,
    } satisfies ImportWorkerRequest);
  });
