import type { SyncCollection } from '../../shared/sync/syncProtocol';
import { syncCollections } from '../../shared/sync/syncProtocol';
import type { SqlClient } from '../db/SqlClient';
import { changesChannel } from './feedLock';

/**
 * Wakes this instance's open streams when any instance committed a change: every change goes
 * out as a NOTIFY after COMMIT (in-process on PGlite), and every instance, including the writer,
 * hears it through one LISTEN. The notification names only collections; each stream then pulls
 * with its own user's scope, so nothing in a notification can leak.
 */
export type ChangeHub = {
  announce: (collections: readonly SyncCollection[]) => Promise<void>;
  subscribe: (collection: SyncCollection, onChange: () => void) => () => void;
  close: () => Promise<void>;
};

export const createChangeHub = async (sql: SqlClient): Promise<ChangeHub> => {
  const subscribers = new Map<SyncCollection, Set<() => void>>(
    syncCollections.map((collection) => [collection, new Set()]),
  );
  const unlisten = await sql.listen(changesChannel, (payload) => {
    let collections: unknown;
    try {
      collections = (JSON.parse(payload) as { collections?: unknown }).collections;
    } catch {
      return;
    }
    if (!Array.isArray(collections)) return;
    for (const collection of collections)
      subscribers.get(collection as SyncCollection)?.forEach((wake) => wake());
  });
  return {
    announce: (collections) => sql.notify(changesChannel, JSON.stringify({ collections })),
    subscribe: (collection, onChange) => {
      subscribers.get(collection)!.add(onChange);
      return () => subscribers.get(collection)!.delete(onChange);
    },
    close: unlisten,
  };
};
