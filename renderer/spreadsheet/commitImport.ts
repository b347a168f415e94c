import type { RxCollection } from 'rxdb';
import {
  affiliationDefinition,
  organisationDefinition,
  personDefinition,
  validateRecord,
  type CollectionKey,
  type ImportBatch,
  type RecordDefinition,
} from '../../shared/model';
import type { WritePlan } from '../../shared/spreadsheet/planImport';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import { bulkReplace } from './bulkReplace';

export type CommitProgress = { written: number; total: number };

export type CommitOutcome = { status: 'committed' } | { status: 'cancelled' };

/** Small enough that the progress bar moves and cancel answers quickly; large enough to amortise a bulk write. */
const chunkSize = 1000;

const collectionOf = (database: RegisterDatabase, key: CollectionKey): RxCollection =>
  database[key] as unknown as RxCollection;

const definitions: Record<CollectionKey, RecordDefinition<never>> = {
  people: personDefinition as RecordDefinition<never>,
  organisations: organisationDefinition as RecordDefinition<never>,
  affiliations: affiliationDefinition as RecordDefinition<never>,
};

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes an import plan. The batch — what will be created, and the previous version of every record that
 * will be updated — is stored first, so a crash at any point leaves a batch that undoImport can roll back.
 * A cancel rolls back at once. Writes go in chunks, yielding to the UI between them.
 */
export const commitImport = async (
  database: RegisterDatabase,
  plan: WritePlan,
  batch: Omit<ImportBatch, 'status' | 'created' | 'previous' | 'updatedAt'>,
  options: { onProgress: (progress: CommitProgress) => void; signal: AbortSignal },
): Promise<CommitOutcome> => {
  const stored: ImportBatch = {
    ...batch,
    updatedAt: Date.now(),
    status: 'inProgress',
    created: plan.creates.map(({ collection, record }) => ({ collection, id: record.id })),
    previous: plan.updates.map(({ collection, previous }) => ({ collection, record: previous })),
  };
  await database.importBatches.insert(stored);
  const steps: { collection: CollectionKey; records: Record<string, unknown>[]; isUpdate: boolean }[] = [];
  // Organisations before the people who link to them, and links last.
  for (const key of ['organisations', 'people', 'affiliations'] as const) {
    const creates = plan.creates.filter((item) => item.collection === key).map((item) => item.record);
    const updates = plan.updates.filter((item) => item.collection === key).map((item) => item.next);
    for (let index = 0; index < creates.length; index += chunkSize)
      steps.push({ collection: key, records: creates.slice(index, index + chunkSize), isUpdate: false });
    for (let index = 0; index < updates.length; index += chunkSize)
      steps.push({ collection: key, records: updates.slice(index, index + chunkSize), isUpdate: true });
  }
  const total = plan.creates.length + plan.updates.length;
  let written = 0;
  options.onProgress({ written, total });
  // Ids the batch lists as created but that were already in the register: undo must not remove them.
  const existedBefore = new Set<string>();
  const write = async (step: (typeof steps)[number]) => {
    const collection = collectionOf(database, step.collection);
    let errors: number;
    if (step.isUpdate) {
      errors = (await bulkReplace(collection, step.records as never)).errors;
    } else {
      const failed = (await collection.bulkInsert(step.records)).error;
      failed.filter((error) => error.status === 409).forEach((error) => existedBefore.add(error.documentId));
      errors = failed.length;
    }
    if (errors > 0) throw new Error(`${errors} records could not be written`);
    return step.records.length;
  };
  // Two chunks in flight: the next one is encrypted while IndexedDB commits the one before (measured:
  // 50 000 rows 25.4 s → 20.6 s in Chromium, docs/PERFORMANCE.md). Undo waits for both to settle, so
  // nothing is written after it has looked.
  let inFlight: Promise<number> | null = null;
  const settle = async () => {
    const pending = inFlight;
    inFlight = null;
    if (!pending) return;
    written += await pending;
    options.onProgress({ written, total });
  };
  try {
    for (const step of steps) {
      if (options.signal.aborted) {
        await settle();
        await undoImport(database, stored.id);
        await setStatus(database, stored.id, 'cancelled');
        return { status: 'cancelled' };
      }
      const previous = inFlight;
      inFlight = write(step);
      // Marked handled now; whoever awaits it below still sees the failure.
      inFlight.catch(() => undefined);
      if (previous) {
        written += await previous.catch(async (error: unknown) => {
          await inFlight?.catch(() => undefined);
          inFlight = null;
          throw error;
        });
        options.onProgress({ written, total });
        await yieldToUi();
      }
    }
    await settle();
  } catch (error) {
    await inFlight?.catch(() => undefined);
    if (existedBefore.size > 0) await forgetCreated(database, stored.id, existedBefore);
    await undoImport(database, stored.id);
    throw error;
  }
  await setStatus(database, stored.id, 'committed');
  return { status: 'committed' };
};

const forgetCreated = async (database: RegisterDatabase, batchId: string, ids: ReadonlySet<string>) => {
  const document = await database.importBatches.findOne(batchId).exec();
  const created = (document?.toJSON() as ImportBatch | undefined)?.created ?? [];
  await document?.incrementalPatch({ created: created.filter((item) => !ids.has(item.id)) });
};

const setStatus = async (database: RegisterDatabase, batchId: string, status: ImportBatch['status']) => {
  const document = await database.importBatches.findOne(batchId).exec();
  await document?.incrementalPatch({ status, updatedAt: Date.now() });
};

/**
 * Removes what a batch created and restores what it updated. Safe to run on a batch interrupted at any
 * point: records that were never written are simply not found. Created records are blanked before
 * removal so the tombstones RxDB keeps carry no personal data. The batch then forgets the previous
 * versions it kept, since they are personal data the register no longer needs.
 */
export const undoImport = async (database: RegisterDatabase, batchId: string): Promise<void> => {
  const batchDocument = await database.importBatches.findOne(batchId).exec();
  if (!batchDocument) return;
  const batch = batchDocument.toJSON() as ImportBatch;
  for (const key of ['affiliations', 'people', 'organisations'] as const) {
    const ids = batch.created.filter((item) => item.collection === key).map((item) => item.id);
    const collection = collectionOf(database, key);
    for (let index = 0; index < ids.length; index += chunkSize) {
      const found = await collection.findByIds(ids.slice(index, index + chunkSize)).exec();
      if (found.size === 0) continue;
      const blank = validateRecord(definitions[key], {}, { today: '', knownCategories: [] }).record as Record<
        string,
        unknown
      >;
      const blanked = [...found.values()].map((document) => {
        const data = document.toJSON() as Record<string, unknown>;
        const kept = Object.fromEntries(
          Object.entries(definitions[key].fields)
            .filter(([, field]) => (field as { isPlaintext?: boolean }).isPlaintext)
            .map(([name]) => [name, data[name]]),
        );
        return { ...blank, ...kept, updatedAt: Date.now() };
      });
      await collection.bulkUpsert(blanked);
      await collection.bulkRemove([...found.keys()]);
    }
  }
  for (const key of ['organisations', 'people', 'affiliations'] as const) {
    const previous = batch.previous.filter((item) => item.collection === key).map((item) => item.record);
    for (let index = 0; index < previous.length; index += chunkSize)
      await bulkReplace(collectionOf(database, key), previous.slice(index, index + chunkSize) as never);
  }
  await batchDocument.incrementalPatch({ status: 'undone', previous: [], updatedAt: Date.now() });
};
