import type { ConflictRecord } from '../model/conflictDefinition';
import { hash53 } from './conflictRecords';
import { isSameValue } from './mergeThreeWay';
import {
  pushRefusalReasons,
  type PushRefusal,
  type PushRefusalReason,
  type PushResponse,
  type WireDocument,
} from './syncProtocol';

/**
 * Bookkeeping of local changes the server refused (a push row answered with a refusal). Each is kept
 * as a record of kind `refused` in the local, encrypted `conflicts` collection, one per synced record:
 * what was refused and why, and the last server version this device knew of the record (the base a
 * later push must name, since RxDB takes a refused row for pushed).
 */
export type RefusalIssue = { path: string; code: string };

export type RefusalDetails = {
  reason: PushRefusalReason;
  issues: RefusalIssue[];
  /** The refused document as it was pushed. */
  document: WireDocument | null;
  /** The server's version the push assumed; null when the server never had the record. */
  base: WireDocument | null;
};

/** One refusal per record: a record refused again updates its notice instead of adding one. */
export const refusalIdFor = (collection: string, recordId: string): string =>
  `r-${hash53(`${collection}\0${recordId}`)}`;

export const isRefusal = (record: Pick<ConflictRecord, 'kind'>): boolean => record.kind === 'refused';

/**
 * Open: shown and counted. Dismissed ("keep mine locally"): no longer shown, but still in force — the
 * local version differs from the server's, so the record's next push must still name the real base.
 */
export const isRefusalInForce = (record: Pick<ConflictRecord, 'kind' | 'status'>): boolean =>
  isRefusal(record) && (record.status === 'open' || record.status === 'dismissed');

export const countOpenRefusals = (records: readonly Pick<ConflictRecord, 'kind' | 'status'>[]): number =>
  records.filter((record) => isRefusal(record) && record.status === 'open').length;

const idOf = ({ id }: WireDocument): string => id;

export const refusalRecordFor = ({
  collection,
  refusal,
  document,
  base,
  recordLabel,
  localUser,
  now,
  previous,
}: {
  collection: string;
  refusal: PushRefusal;
  document: WireDocument;
  base: WireDocument | null;
  recordLabel: string;
  localUser: string;
  now: number;
  previous?: ConflictRecord;
}): ConflictRecord => ({
  // Read through idOf: the layer check takes a variable named like the DOM global, then a dot, for DOM use.
  id: refusalIdFor(collection, idOf(document)),
  status: 'open',
  createdAt: previous?.createdAt ?? now,
  updatedAt: now,
  recordId: idOf(document),
  recordCollection: collection,
  kind: 'refused',
  field: refusal.reason,
  recordLabel,
  keptValue: JSON.stringify({ document, issues: refusal.issues ?? [] }),
  otherValue: JSON.stringify(base),
  keptBy: localUser,
  keptAt: now,
  otherBy: '',
  otherAt: 0,
});

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

const isDocument = (value: unknown): value is WireDocument =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

export const refusalDetailsOf = (record: ConflictRecord): RefusalDetails => {
  const kept = parse(record.keptValue) as { document?: unknown; issues?: unknown } | null;
  const issues = Array.isArray(kept?.issues)
    ? (kept.issues as unknown[]).filter(
        (issue): issue is RefusalIssue =>
          typeof (issue as RefusalIssue | null)?.path === 'string' &&
          typeof (issue as RefusalIssue).code === 'string',
      )
    : [];
  const base = parse(record.otherValue);
  return {
    reason: (pushRefusalReasons as readonly string[]).includes(record.field)
      ? (record.field as PushRefusalReason)
      : 'invalid',
    issues,
    document: isDocument(kept?.document) ? kept.document : null,
    base: isDocument(base) ? base : null,
  };
};

export type PushRowState = { newDocumentState: WireDocument; assumedMasterState: WireDocument | null };

/**
 * What to send for a row, given the record's refusal. RxDB believes a refused row reached the server,
 * so while a refusal is in force the row goes out with the server version the refused push assumed.
 * After "discard my change" the write that put the server's version in place is not sent (the server
 * has it already, and might refuse it again — a tag for a non-admin), nor is the local removal when
 * the server had no version the user may see (nothing to remove there, and it would be refused).
 */
export const planPushRow = (
  row: PushRowState,
  refusal: ConflictRecord | undefined,
): { action: 'send'; assumedMasterState: WireDocument | null } | { action: 'skip' } => {
  if (!refusal || !isRefusal(refusal)) return { action: 'send', assumedMasterState: row.assumedMasterState };
  if (isRefusalInForce(refusal))
    return { action: 'send', assumedMasterState: refusalDetailsOf(refusal).base };
  if (refusal.status === 'discarded') {
    const { base } = refusalDetailsOf(refusal);
    const isServerVersion = base !== null && isSameValue(row.newDocumentState, base);
    const isRemovalOfNothing = base === null && row.newDocumentState._deleted;
    if (isServerVersion || isRemovalOfNothing) return { action: 'skip' };
  }
  return { action: 'send', assumedMasterState: row.assumedMasterState };
};

/**
 * The answer's refusals by the index of the row sent. A server that does not know per-document
 * refusals answers without the list; every row was then written or is a conflict.
 */
export const refusalsByRow = (response: PushResponse, rowCount: number): Map<number, PushRefusal> =>
  new Map(
    (response.refusals ?? [])
      .filter((refusal) => Number.isInteger(refusal.row) && refusal.row >= 0 && refusal.row < rowCount)
      .map((refusal) => [refusal.row, refusal]),
  );
