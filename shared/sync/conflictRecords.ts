import type { ConflictRecord } from '../model/conflictDefinition';
import type { MergeableDocument, MergeOutcome } from './mergeThreeWay';

export type ConflictContext = {
  collection: ConflictRecord['recordCollection'];
  local: MergeableDocument;
  remote: MergeableDocument;
  outcome: MergeOutcome<MergeableDocument>;
  /** The signed-in user on this device, whose value won. */
  localUser: string;
  recordLabel: string;
  now: number;
};

/** cyrb53: a fast 53-bit string hash, enough to give a conflict a stable id. */
export const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');
const asTime = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * The conflict records one merge leaves behind. Ids are derived from the record, the field and the
 * server version that lost, so resolving the same rejected push twice writes the same records once.
 */
export const conflictRecordsFor = ({
  collection,
  local,
  remote,
  outcome,
  localUser,
  recordLabel,
  now,
}: ConflictContext): ConflictRecord[] => {
  const common = {
    status: 'open' as const,
    createdAt: now,
    updatedAt: now,
    recordId: local.id,
    recordCollection: collection,
    recordLabel,
    keptBy: localUser,
    keptAt: asTime(local.updatedAt),
    otherBy: asText(remote.updatedBy),
    otherAt: asTime(remote.updatedAt),
  };
  const idFor = (part: string) =>
    `c-${hash53(`${collection}\0${local.id}\0${part}\0${asTime(remote.updatedAt)}`)}`;
  const records: ConflictRecord[] = outcome.conflicts.map((conflict) => ({
    ...common,
    id: idFor(`field:${conflict.field}`),
    kind: 'field',
    field: conflict.field,
    keptValue: JSON.stringify(conflict.localValue ?? null),
    otherValue: JSON.stringify(conflict.remoteValue ?? null),
  }));
  if (outcome.deletion !== 'none') {
    records.push({
      ...common,
      id: idFor(`deletion:${outcome.deletion}`),
      kind: outcome.deletion,
      field: '',
      // kept/other keep their meaning (this device / the server); the kind says which side deleted.
      keptValue: 'null',
      otherValue: 'null',
    });
  }
  return records;
};
