import type { RetentionAction } from '../../shared/retention/retentionSettings';
import type { RegisterStore } from '../state/registerStore';
import { deletePerson, setPersonStatus } from '../state/registerActions';

export type RetentionTask = { personId: string; name: string; action: RetentionAction };

/**
 * The one place a person is erased for retention. For now the register's permanent delete; the stronger
 * erasure built beside this feature is swapped in here.
 */
export const eraseForRetention = (store: RegisterStore, personId: string): Promise<void> =>
  deletePerson(store, personId);

export const retentionChunkSize = 50;

export type RetentionRunResult = { done: number; failure?: { name: string; message: string } };

/**
 * Passivates or erases the tasks in chunks, reporting progress after each chunk and stopping at the next
 * chunk once `isCancelled` says so. Stops at the first failure: what was done stays done.
 */
export const applyRetention = async (
  store: RegisterStore,
  tasks: readonly RetentionTask[],
  onProgress: (done: number) => void,
  isCancelled: () => boolean,
): Promise<RetentionRunResult> => {
  let done = 0;
  for (let start = 0; start < tasks.length; start += retentionChunkSize) {
    if (isCancelled()) break;
    for (const task of tasks.slice(start, start + retentionChunkSize)) {
      try {
        if (task.action === 'passivate') await setPersonStatus(store, task.personId, 'passive');
        else await eraseForRetention(store, task.personId);
      } catch (error) {
        return {
          done,
          failure: { name: task.name, message: error instanceof Error ? error.message : String(error) },
        };
      }
      done += 1;
    }
    onProgress(done);
    // Let the page paint the progress and take a click on Stop between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { done };
};
