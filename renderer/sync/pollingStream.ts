import { Observable } from 'rxjs';
import type { RxReplicationPullStreamItem } from 'rxdb';
import type { SyncCheckpoint, SyncCollection } from '../../shared/sync/syncProtocol';

/**
 * Collections that are pulled on a timer instead of holding their own live stream. Chromium opens at
 * most six HTTP/1.1 connections per origin, and every live stream keeps one open for good: with a
 * stream per collection, a seventh collection would starve every pull and push. The consent feature's
 * collections change seldom, so a pull every few seconds (empty pulls are one cheap, unaudited GET)
 * is enough; a single multiplexed stream for all collections is the lasting fix.
 */
// Activities too: a timeline entry reaching a colleague within seconds is soon enough.
export const polledCollections: readonly SyncCollection[] = [
  'consentEvents',
  'marketingBans',
  'contactLists',
  'listMemberships',
  'activities',
  'relations',
  // The request log and erasure markers: the erased records themselves travel on their own live streams.
  'rightsRequests',
  'erasureMarkers',
  // The access log only ever grows; nobody waits for a colleague's entry.
  'accessEntries',
  // The tag vocabulary changes seldom, and only by admins.
  'tags',
  // Categories likewise: an admin-managed vocabulary that changes seldom.
  'categories',
  // The register-wide feature configuration (relation types, consent purposes…): admin-managed, seldom changed.
  'registerConfigs',
];

export const pollIntervalMs = 5_000;

/** RxDB's pull stream as 'RESYNC' now, every `intervalMs`, and whenever the browser comes back online. */
export const createPollingStream = <T>(
  intervalMs: number,
  onConnected: () => void,
): Observable<RxReplicationPullStreamItem<T, SyncCheckpoint>> =>
  new Observable((subscriber) => {
    const resync = () => subscriber.next('RESYNC');
    onConnected();
    resync();
    const timer = setInterval(resync, intervalMs);
    globalThis.addEventListener?.('online', resync);
    return () => {
      clearInterval(timer);
      globalThis.removeEventListener?.('online', resync);
    };
  });
