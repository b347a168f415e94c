import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryRegister, until } from '../../../helpers/memoryRegister';
import type { RegisterDatabase } from '../../../../renderer/db/openRegisterDatabase';
import { createMergingConflictHandler } from '../../../../renderer/sync/mergingConflictHandler';
import { createRefusalBook, settleRefusal } from '../../../../renderer/sync/refusalBook';
import {
  replicateRegisterCollection,
  type CollectionReplication,
} from '../../../../renderer/sync/replicateRegisterCollection';
import { SyncRequestError, type SyncHttpClient } from '../../../../renderer/sync/syncHttpClient';
import type { ConflictRecord } from '../../../../shared/model';
import { refusalDetailsOf, refusalIdFor } from '../../../../shared/sync/pushRefusals';
import type { PushRequest, PushResponse, WireDocument } from '../../../../shared/sync/syncProtocol';
import { syntheticPeople } from '../../../helpers/syntheticPeople';

/** A server that refuses every person named "Refused" as out of scope and takes the rest. */
const fakeServer = () => {
  const pushes: PushRequest[] = [];
  const pending: { documents: WireDocument[]; pulls: number } = { documents: [], pulls: 0 };
  let sequence = 0;
  const http: SyncHttpClient = {
    request: async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      if (path.includes('/pull')) {
        pending.pulls += 1;
        const documents = pending.documents.splice(0);
        if (documents.length > 0) sequence += 1;
        return { documents, checkpoint: sequence > 0 ? { sequence } : null } as T;
      }
      if (path.includes('/documents/')) throw new SyncRequestError('badResponse', 404, 'notFound', 'nope');
      const push = body as PushRequest;
      pushes.push(push);
      const response: PushResponse = {
        conflicts: [],
        refusals: push.rows.flatMap((row, index) =>
          row.newDocumentState.lastName === 'Refused'
            ? [
                {
                  row: index,
                  id: row.newDocumentState.id,
                  status: 403 as const,
                  reason: 'outOfScope' as const,
                },
              ]
            : [],
        ),
      };
      expect(method).toBe('POST');
      return response as T;
    },
    openStream: async (_path, signal) =>
      new ReadableStream<Uint8Array>({
        start: (controller) => signal.addEventListener('abort', () => controller.close()),
      }),
  };
  const pushedIds = () => pushes.flatMap((push) => push.rows.map((row) => row.newDocumentState.id));
  return { http, pushes, pushedIds, pending };
};

describe('a push the server refuses in part', () => {
  let database: RegisterDatabase | null = null;
  let replication: CollectionReplication | null = null;

  afterEach(async () => {
    await replication?.cancel();
    await database?.close().catch(() => undefined);
    replication = null;
    database = null;
  });

  it('keeps the refusal on the device, pushes the rest and later changes, and never retries the refused row', async () => {
    database = await openMemoryRegister();
    const server = fakeServer();
    const [refused, accepted, later] = syntheticPeople(3, 1);
    const refusals = createRefusalBook(database.conflicts, async () => 'anna');
    replication = replicateRegisterCollection(
      database.people as never,
      'people',
      server.http,
      'test|people',
      {
        onSuccess: () => undefined,
        onTransferred: () => undefined,
        onConnected: () => undefined,
        onFailure: (error) => {
          throw error;
        },
        shouldRetry: () => false,
      },
      { autoStart: true, refusals },
    );
    await database.people.bulkInsert([
      { ...refused!, lastName: 'Refused' },
      { ...accepted!, lastName: 'Accepted' },
    ]);
    await until(() => server.pushedIds().includes(accepted!.id));
    await replication.awaitInSync();
    expect(server.pushes.every((push) => push.refusalMode === 'perDocument')).toBe(true);

    const stored = (await database.conflicts
      .findOne(refusalIdFor('people', refused!.id))
      .exec())!.toJSON() as ConflictRecord;
    expect(stored).toMatchObject({
      kind: 'refused',
      status: 'open',
      field: 'outOfScope',
      recordId: refused!.id,
    });
    expect(refusalDetailsOf(stored)).toMatchObject({
      reason: 'outOfScope',
      base: null,
      document: { lastName: 'Refused' },
    });
    // The refused local version stays.
    expect((await database.people.findOne(refused!.id).exec())?.lastName).toBe('Refused');

    // Not retried: well past RxDB's retry time, a later change goes out alone.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const pushesBefore = server.pushes.length;
    await database.people.insert({ ...later!, lastName: 'Later' });
    await until(() => server.pushedIds().includes(later!.id));
    expect(
      server.pushes.slice(pushesBefore).flatMap((push) => push.rows.map((row) => row.newDocumentState.id)),
    ).toEqual([later!.id]);
    expect(server.pushedIds().filter((id) => id === refused!.id)).toHaveLength(1);

    // A server version pulled meanwhile (here: a scope removal) does not replace the refused local version.
    const pullsBefore = server.pending.pulls;
    server.pending.documents.push({
      ...refused!,
      lastName: '',
      firstNames: '',
      _deleted: true,
      scopeRemoved: true,
    } as unknown as WireDocument);
    replication.reSync();
    await until(() => server.pending.pulls > pullsBefore && server.pending.documents.length === 0);
    await replication.awaitInSync();
    expect((await database.people.findOne(refused!.id).exec())?.lastName).toBe('Refused');

    // Keep mine locally closes the notice but keeps the refusal in force (its base still counts).
    expect(
      await settleRefusal({
        conflicts: database.conflicts,
        collectionOf: () => database!.people as never,
        http: server.http,
        refusalId: stored.id,
        choice: 'keepLocal',
      }),
    ).toBe('kept');
    expect((await refusals.forRecords('people', [refused!.id])).get(refused!.id)?.status).toBe('dismissed');

    // Try again pushes the refused version once more, as a creation (its base: none on the server).
    await settleRefusal({
      conflicts: database.conflicts,
      collectionOf: () => database!.people as never,
      http: server.http,
      refusalId: stored.id,
      choice: 'tryAgain',
    });
    await until(() => server.pushedIds().filter((id) => id === refused!.id).length === 2);
    const retried = server.pushes.at(-1)!.rows.find((row) => row.newDocumentState.id === refused!.id)!;
    expect(retried.assumedMasterState).toBeUndefined();

    // Discarding a change the server has no version of removes it here and pushes nothing for it.
    await replication.awaitInSync();
    const outcome = await settleRefusal({
      conflicts: database.conflicts,
      collectionOf: () => database!.people as never,
      http: server.http,
      refusalId: stored.id,
      choice: 'discard',
    });
    expect(outcome).toBe('removed');
    expect(await database.people.findOne(refused!.id).exec()).toBeNull();
    await replication.awaitInSync();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.pushedIds().filter((id) => id === refused!.id)).toHaveLength(2);
    expect((await database.conflicts.findOne(stored.id).exec())?.status).toBe('discarded');
  });

  it('merges a refused change met by a newer server version against the base the refused push assumed', async () => {
    const base = { id: 'p-1', lastName: 'Mäkinen', title: '', notes: '', updatedAt: 1, _deleted: false };
    const refusedVersion = { ...base, title: 'Rector', updatedAt: 2 };
    const server = { ...base, notes: 'Met at the fair', updatedAt: 3, updatedBy: 'u-2' };
    const taken: string[] = [];
    const handler = createMergingConflictHandler('people', () => ({
      localUser: async () => 'anna',
      record: async () => undefined,
      takeRefusalBase: async (_collection, id) => {
        taken.push(id);
        return { base };
      },
    }));
    const merged = (await handler.resolve(
      // RxDB took the refused row for pushed: its assumed master state is the refused version itself.
      {
        newDocumentState: refusedVersion,
        assumedMasterState: refusedVersion,
        realMasterState: server,
      } as never,
      'test',
    )) as Record<string, unknown>;
    expect(merged).toMatchObject({ title: 'Rector', notes: 'Met at the fair' });
    expect(taken).toEqual(['p-1']);
  });
});
