import {
  BehaviorSubject,
  concatMap,
  defer,
  filter,
  finalize,
  firstValueFrom,
  from,
  of,
  tap,
  type Observable,
} from 'rxjs';
import type {
  BulkWriteRow,
  EventBulk,
  PreparedQuery,
  RxDocumentData,
  RxJsonSchema,
  RxStorageBulkWriteResponse,
  RxStorageChangeEvent,
  RxStorageCountResult,
  RxStorageInstance,
  RxStorageQueryResult,
  RxStorageWriteError,
} from 'rxdb';
import Dexie, { type Table } from 'dexie';
import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import { RegisterCorruptedError } from './cryptoErrors';
import {
  assertQueryUsesPlaintextFields,
  encryptedFieldName,
  type EncryptedSchemaLayout,
} from './encryptedSchemaLayout';
import type { RecordCipher } from './recordCipher';

type Doc = RxDocumentData<Record<string, unknown>>;
type StoredDoc = Doc & { [encryptedFieldName]: string };
type AnyInstance = RxStorageInstance<Record<string, unknown>, unknown, unknown>;
type ChangeEvent = RxStorageChangeEvent<Doc>;
type DexieInternals = { dexieTable?: Table; booleanIndexes?: string[] };

/**
 * Storage instance that keeps the primary key, RxDB bookkeeping and the configured plaintext fields as they
 * are, and seals every other field into one authenticated ciphertext. Reads always decrypt (and thereby
 * authenticate) what the inner storage returns; only change events of this instance's own writes reuse the
 * plaintext RxDB handed in, which is what unencrypted storages emit too.
 */
export class EncryptedStorageInstance<
  RxDocType,
  Internals,
  InstanceCreationOptions,
> implements RxStorageInstance<RxDocType, Internals, InstanceCreationOptions> {
  readonly databaseName: string;
  readonly collectionName: string;
  readonly schema: Readonly<RxJsonSchema<RxDocumentData<RxDocType>>>;
  readonly getChangedDocumentsSince?: RxStorageInstance<
    RxDocType,
    Internals,
    InstanceCreationOptions
  >['getChangedDocumentsSince'];

  private readonly inner: AnyInstance;
  private readonly layout: EncryptedSchemaLayout;
  private readonly cipher: RecordCipher;
  /** Plaintext of documents this instance is writing right now, keyed by their (unique per write) ciphertext. */
  private readonly ownWrites = new Map<string, Doc>();
  /** Change bulks received but not yet emitted; a write resolves only after its events went out. */
  private readonly pendingChangeBulks$ = new BehaviorSubject(0);

  constructor(
    inner: RxStorageInstance<unknown, Internals, InstanceCreationOptions>,
    schema: RxJsonSchema<RxDocumentData<RxDocType>>,
    layout: EncryptedSchemaLayout,
    cipher: RecordCipher,
  ) {
    this.inner = inner as unknown as AnyInstance;
    this.databaseName = inner.databaseName;
    this.collectionName = inner.collectionName;
    this.schema = schema;
    this.layout = layout;
    this.cipher = cipher;
    const innerGetChanged = this.inner.getChangedDocumentsSince?.bind(this.inner);
    if (innerGetChanged) {
      this.getChangedDocumentsSince = (async (limit: number, checkpoint?: unknown) => {
        const result = await innerGetChanged(limit, checkpoint);
        return { checkpoint: result.checkpoint, documents: await this.fromStorageAll(result.documents) };
      }) as typeof this.getChangedDocumentsSince;
    }
  }

  get internals(): Readonly<Internals> {
    return this.inner.internals as Readonly<Internals>;
  }

  get options(): Readonly<InstanceCreationOptions> {
    return this.inner.options as Readonly<InstanceCreationOptions>;
  }

  async bulkWrite(
    documentWrites: BulkWriteRow<RxDocType>[],
    context: string,
  ): Promise<RxStorageBulkWriteResponse<RxDocType>> {
    const rows = documentWrites as unknown as BulkWriteRow<Record<string, unknown>>[];
    const sealedKeys: string[] = [];
    const remember = (stored: StoredDoc, plain: Doc): StoredDoc => {
      this.ownWrites.set(stored[encryptedFieldName], plain);
      sealedKeys.push(stored[encryptedFieldName]);
      return stored;
    };
    try {
      const storedRows = await Promise.all(
        rows.map(async (row): Promise<BulkWriteRow<Record<string, unknown>>> => {
          const document = row.document as Doc;
          if (!row.previous) {
            return { document: remember(await this.toStorage(document), document) };
          }
          const previous = row.previous;
          const [storedDocument, storedPrevious] = await Promise.all([
            this.toStorage(document),
            this.toStorage(previous),
          ]);
          return {
            previous: remember(storedPrevious, previous),
            document: remember(storedDocument, document),
          };
        }),
      );
      const result = await this.inner.bulkWrite(storedRows, context);
      const errors = result.error.length === 0 ? [] : await this.errorsFromStorage(result.error, rows);
      await firstValueFrom(this.pendingChangeBulks$.pipe(filter((pending) => pending === 0)));
      return { error: errors as unknown as RxStorageWriteError<RxDocType>[] };
    } finally {
      sealedKeys.forEach((sealed) => this.ownWrites.delete(sealed));
    }
  }

  async findDocumentsById(ids: string[], withDeleted: boolean): Promise<RxDocumentData<RxDocType>[]> {
    const stored = await this.inner.findDocumentsById(ids, withDeleted);
    return (await this.fromStorageAll(stored)) as unknown as RxDocumentData<RxDocType>[];
  }

  async query(preparedQuery: PreparedQuery<RxDocType>): Promise<RxStorageQueryResult<RxDocType>> {
    assertQueryUsesPlaintextFields(this.layout, preparedQuery.query as PreparedQuery<unknown>['query']);
    const result = await this.inner.query(preparedQuery as unknown as PreparedQuery<Record<string, unknown>>);
    const documents = await this.fromStorageAll(result.documents);
    return { documents: documents as unknown as RxDocumentData<RxDocType>[] };
  }

  /**
   * Live documents after `afterId` in primary-key order, at most `limit`: the bulk read behind
   * unlock. RxDB's Dexie query walks an IndexedDB cursor, one round trip to Chromium's browser
   * process per document; on Dexie this reads the same index range with one getAll instead
   * (docs/PERFORMANCE.md). It relies on RxDB 17's Dexie layout — a compound index
   * [_deleted+<primary key>] with `_deleted` stored as '0'/'1' — and checks for it; any other
   * storage (the memory storage of unit tests) gets the equivalent RxDB query.
   */
  async readLiveChunk(afterId: string | null, limit: number): Promise<RxDocumentData<RxDocType>[]> {
    const primaryPath = this.layout.primaryPath;
    const internals = (await (this.inner as { internals?: unknown }).internals) as DexieInternals | undefined;
    const indexName = `[_deleted+${primaryPath}]`;
    const table = internals?.dexieTable;
    const hasDexieLayout =
      table !== undefined &&
      internals?.booleanIndexes?.includes('_deleted') === true &&
      table.schema.indexes.some((index) => index.name === indexName);
    let stored: Doc[];
    if (hasDexieLayout) {
      const rows = await table
        .where(indexName)
        .between(['0', afterId ?? Dexie.minKey], ['0', Dexie.maxKey], afterId === null, true)
        .limit(limit)
        .toArray();
      stored = rows.map((row) => ({ ...row, _deleted: false }) as Doc);
    } else {
      const schema = this.schema as unknown as RxJsonSchema<RxDocumentData<Record<string, unknown>>>;
      const selector =
        afterId === null
          ? { _deleted: { $eq: false } }
          : { _deleted: { $eq: false }, [primaryPath]: { $gt: afterId } };
      const query = normalizeMangoQuery(schema, {
        selector,
        sort: [{ [primaryPath]: 'asc' }],
        limit,
      } as never);
      stored = (await this.inner.query(prepareQuery(schema, query))).documents;
    }
    return (await this.fromStorageAll(stored)) as unknown as RxDocumentData<RxDocType>[];
  }

  async count(preparedQuery: PreparedQuery<RxDocType>): Promise<RxStorageCountResult> {
    assertQueryUsesPlaintextFields(this.layout, preparedQuery.query as PreparedQuery<unknown>['query']);
    return this.inner.count(preparedQuery as unknown as PreparedQuery<Record<string, unknown>>);
  }

  getAttachmentData(documentId: string, attachmentId: string, digest: string): Promise<Blob> {
    // Unreachable in practice: schemas with attachments are refused at instance creation.
    return this.inner.getAttachmentData(documentId, attachmentId, digest);
  }

  changeStream(): Observable<EventBulk<RxStorageChangeEvent<RxDocumentData<RxDocType>>, unknown>> {
    const changes = defer(() => {
      let pendingHere = 0;
      const adjustPending = (delta: number) => {
        pendingHere += delta;
        this.pendingChangeBulks$.next(this.pendingChangeBulks$.getValue() + delta);
      };
      return this.inner.changeStream().pipe(
        tap(() => adjustPending(1)),
        // concatMap keeps bulk order even when one bulk needs asynchronous decryption.
        concatMap((bulk) => {
          const fromOwnWrite = this.eventBulkFromOwnWrites(bulk);
          return fromOwnWrite ? of(fromOwnWrite) : from(this.decryptEventBulk(bulk));
        }),
        tap(() => adjustPending(-1)),
        // On error (a corrupted foreign event) or unsubscribe, release writers waiting for these bulks.
        finalize(() => adjustPending(-pendingHere)),
      );
    });
    return changes as unknown as Observable<
      EventBulk<RxStorageChangeEvent<RxDocumentData<RxDocType>>, unknown>
    >;
  }

  cleanup(minimumDeletedTime: number): Promise<boolean> {
    return this.inner.cleanup(minimumDeletedTime);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  remove(): Promise<void> {
    return this.inner.remove();
  }

  private async toStorage(document: Doc): Promise<StoredDoc> {
    const { keptFields, primaryPath } = this.layout;
    const stored: Record<string, unknown> = {};
    const secret: Record<string, unknown> = {};
    for (const field of Object.keys(document)) {
      if (keptFields.has(field)) {
        stored[field] = document[field];
      } else {
        secret[field] = document[field];
      }
    }
    stored[encryptedFieldName] = await this.cipher.seal(
      this.collectionName,
      String(document[primaryPath]),
      secret,
    );
    return stored as StoredDoc;
  }

  private async fromStorage(stored: Doc): Promise<Doc> {
    const documentId = stored[this.layout.primaryPath];
    if (typeof documentId !== 'string') {
      throw new RegisterCorruptedError(this.collectionName, String(documentId), 'the primary key is missing');
    }
    // The freshly parsed payload becomes the document (one allocation less per record on read-all).
    const document = await this.cipher.open(this.collectionName, documentId, stored[encryptedFieldName]);
    for (const field of Object.keys(stored)) {
      if (field !== encryptedFieldName) {
        document[field] = stored[field];
      }
    }
    return document as Doc;
  }

  private fromStorageAll(stored: Doc[]): Promise<Doc[]> {
    return Promise.all(stored.map((doc) => this.fromStorage(doc)));
  }

  private async errorsFromStorage(
    errors: RxStorageWriteError<Record<string, unknown>>[],
    rows: BulkWriteRow<Record<string, unknown>>[],
  ): Promise<RxStorageWriteError<Record<string, unknown>>[]> {
    const rowsById = new Map<string, BulkWriteRow<Record<string, unknown>>>();
    rows.forEach((row) => rowsById.set(String(row.document[this.layout.primaryPath]), row));
    return Promise.all(
      errors.map(async (error) => {
        const writeRow = rowsById.get(error.documentId) ?? {
          previous: error.writeRow.previous ? await this.fromStorage(error.writeRow.previous) : undefined,
          document: await this.fromStorage(error.writeRow.document as Doc),
        };
        const mapped = { ...error, writeRow } as RxStorageWriteError<Record<string, unknown>> & {
          documentInDb?: Doc;
          schema?: unknown;
        };
        if ('documentInDb' in error && error.documentInDb) {
          mapped.documentInDb = await this.fromStorage(error.documentInDb);
        }
        if (error.status === 422) {
          mapped.schema = this.schema;
        }
        return mapped;
      }),
    );
  }

  private eventBulkFromOwnWrites(
    bulk: EventBulk<ChangeEvent, unknown>,
  ): EventBulk<ChangeEvent, unknown> | undefined {
    const events: ChangeEvent[] = [];
    for (const event of bulk.events) {
      const documentData = this.ownWrites.get((event.documentData as StoredDoc)[encryptedFieldName]);
      const storedPrevious = event.previousDocumentData as StoredDoc | null | undefined;
      const previousDocumentData = storedPrevious
        ? this.ownWrites.get(storedPrevious[encryptedFieldName])
        : storedPrevious;
      if (!documentData || (storedPrevious && !previousDocumentData)) {
        return undefined;
      }
      events.push({ ...event, documentData, previousDocumentData } as ChangeEvent);
    }
    return { ...bulk, events };
  }

  /** Events written by another instance (e.g. another window) must be decrypted; failures error the stream. */
  private async decryptEventBulk(
    bulk: EventBulk<ChangeEvent, unknown>,
  ): Promise<EventBulk<ChangeEvent, unknown>> {
    const events = await Promise.all(
      bulk.events.map(async (event) => {
        const storedPrevious = event.previousDocumentData as Doc | null | undefined;
        const [documentData, previousDocumentData] = await Promise.all([
          this.ownOrDecrypted(event.documentData),
          storedPrevious ? this.ownOrDecrypted(storedPrevious) : storedPrevious,
        ]);
        return { ...event, documentData, previousDocumentData } as ChangeEvent;
      }),
    );
    return { ...bulk, events };
  }

  private ownOrDecrypted(stored: Doc): Promise<Doc> | Doc {
    return this.ownWrites.get((stored as StoredDoc)[encryptedFieldName]) ?? this.fromStorage(stored);
  }
}
