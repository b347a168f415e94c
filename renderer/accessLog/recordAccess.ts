import { chunksOf, isRepeatView } from '../../shared/accessLog/accessEntriesAbout';
import {
  defaultUnit,
  maxPeoplePerAccessEntry,
  type AccessAction,
  type AccessEntry,
  type AccessSource,
} from '../../shared/model';
import { activityAuthor } from '../activities/activityActions';
import type { RegisterStore } from '../state/registerStore';

export type AccessRecord = {
  action: AccessAction;
  source: AccessSource;
  personIds: readonly string[];
  fileName?: string;
};

const lastViewedAt = new Map<string, number>();

const entriesOf = (store: RegisterStore, access: AccessRecord, now: number): AccessEntry[] => {
  const base = {
    status: 'active' as const,
    createdAt: now,
    updatedAt: now,
    action: access.action,
    source: access.source,
    at: now,
    actor: activityAuthor(store),
    fileName: access.fileName ?? '',
    createdBy: '',
    updatedBy: '',
  };
  const unitOf = (id: string) => store.people.get(id)?.owningUnit ?? defaultUnit;
  if (access.personIds.length === 1) {
    const [personId] = access.personIds as [string];
    return [
      {
        ...base,
        id: crypto.randomUUID(),
        owningUnit: unitOf(personId),
        personId,
        personIds: [],
        personCount: 1,
      },
    ];
  }
  // One entry per owning unit (and per chunk): the server shows each unit's members only the
  // accesses to people they may see themselves.
  const byUnit = new Map<string, string[]>();
  // Appending in place: copying the list per id made a 50 000-person import spend 2 s here.
  for (const id of access.personIds) {
    const unit = unitOf(id);
    const ids = byUnit.get(unit);
    if (ids) ids.push(id);
    else byUnit.set(unit, [id]);
  }
  return [...byUnit].flatMap(([owningUnit, ids]) =>
    chunksOf(ids, maxPeoplePerAccessEntry).map((personIds) => ({
      ...base,
      id: crypto.randomUUID(),
      owningUnit,
      personId: '',
      personIds,
      personCount: access.personIds.length,
    })),
  );
};

/**
 * Records an access to personal data in the access log. Never blocks or fails the user's action: the
 * write goes on in the background and a failure is reported to the console only. Opening the same
 * person again within the repeat window counts once.
 */
export const recordAccess = (store: RegisterStore, access: AccessRecord): void => {
  if (access.personIds.length === 0) return;
  const now = Date.now();
  if (access.action === 'view' && access.personIds.length === 1) {
    const [personId] = access.personIds as [string];
    if (isRepeatView(lastViewedAt.get(personId), now)) return;
    lastViewedAt.set(personId, now);
  }
  void (async () => {
    try {
      await store.database.accessEntries.bulkInsert(entriesOf(store, access, now));
    } catch (error) {
      console.error('Recording an access in the access log failed', error);
    }
  })();
};
