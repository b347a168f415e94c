import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../../shared/sync/retryBackoff';
import { createServerSentEventParser } from '../../../../shared/sync/serverSentEvents';
import { normaliseServerUrl } from '../../../../shared/sync/serverUrl';
import {
  displayedSyncStatus,
  initialSyncState,
  reduceSyncState,
  type SyncEvent,
} from '../../../../shared/sync/syncStatus';

describe('retryDelay', () => {
  const exact = { initialMs: 1000, maxMs: 60_000, jitter: 0 };
  it('doubles from the first failure and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 50].map((failures) => retryDelay(failures, exact))).toEqual([
      0, 1000, 2000, 4000, 8000, 32_000, 60_000, 60_000,
    ]);
  });
  it('spreads by the jitter and never beyond the cap', () => {
    const options = { initialMs: 1000, maxMs: 60_000, jitter: 0.2 };
    expect(retryDelay(3, options, () => 0)).toBe(3200);
    expect(retryDelay(3, options, () => 1)).toBe(4800);
    expect(retryDelay(40, options, () => 1)).toBe(60_000);
  });
});

describe('server-sent events parser', () => {
  it('assembles events split anywhere, including inside CRLF, and skips comments', () => {
    const parser = createServerSentEventParser();
    const text = ': keep-alive\r\ndata: {"a":\r\ndata: 1}\r\n\r\nevent: ping\ndata: "RESYNC"\n\n';
    const events = [...text].flatMap((character) => parser.push(character));
    expect(events).toEqual([
      { event: 'message', data: '{"a":\n1}', id: '' },
      { event: 'ping', data: '"RESYNC"', id: '' },
    ]);
  });
  it('waits for the blank line before dispatching and keeps the last id', () => {
    const parser = createServerSentEventParser();
    expect(parser.push('id: 7\ndata: x\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: 'x', id: '7' }]);
    expect(parser.push('data:y\r\r')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: 'y', id: '7' }]);
  });
});

describe('normaliseServerUrl', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(normaliseServerUrl(' https://kontakt.example.fi/ ')).toEqual({
      isValid: true,
      url: 'https://kontakt.example.fi',
    });
    expect(normaliseServerUrl('http://localhost:8080')).toEqual({
      isValid: true,
      url: 'http://localhost:8080',
    });
    expect(normaliseServerUrl('http://127.0.0.1:4100/kontakt/')).toEqual({
      isValid: true,
      url: 'http://127.0.0.1:4100/kontakt',
    });
    expect(normaliseServerUrl('http://kontakt.example.fi')).toEqual({
      isValid: false,
      code: 'httpsRequired',
    });
  });
  it('refuses blanks, other schemes, credentials and garbage', () => {
    expect(normaliseServerUrl('  ')).toEqual({ isValid: false, code: 'required' });
    expect(normaliseServerUrl('ftp://x.fi')).toEqual({ isValid: false, code: 'invalid' });
    expect(normaliseServerUrl('https://user:pw@x.fi')).toEqual({ isValid: false, code: 'invalid' });
    expect(normaliseServerUrl('kontakt.example.fi')).toEqual({ isValid: false, code: 'invalid' });
  });
});

describe('sync status', () => {
  const run = (...events: SyncEvent[]) => events.reduce(reduceSyncState, initialSyncState);

  it('is not configured until a server is set, then signed out until sign-in', () => {
    expect(displayedSyncStatus(run())).toEqual({ kind: 'notConfigured' });
    expect(displayedSyncStatus(run({ type: 'configured', isSignedIn: false }))).toEqual({
      kind: 'signedOut',
      reason: null,
    });
  });

  it('counts records while busy and is up to date once every collection is idle', () => {
    const busy = run(
      { type: 'configured', isSignedIn: true },
      { type: 'active', collection: 'people', isActive: true, at: 1 },
      { type: 'active', collection: 'organisations', isActive: true, at: 1 },
      { type: 'transferred', count: 40 },
      { type: 'active', collection: 'people', isActive: false, at: 2 },
      { type: 'transferred', count: 2 },
    );
    expect(displayedSyncStatus(busy)).toEqual({ kind: 'syncing', count: 42 });
    const done = reduceSyncState(busy, {
      type: 'active',
      collection: 'organisations',
      isActive: false,
      at: 3,
    });
    expect(displayedSyncStatus(done)).toEqual({ kind: 'upToDate', at: 3 });
    const again = reduceSyncState(done, { type: 'active', collection: 'people', isActive: true, at: 4 });
    expect(displayedSyncStatus(again)).toEqual({ kind: 'syncing', count: 0 });
  });

  it('shows offline for no network and an unreachable server, and errors with their reason', () => {
    const signedIn = run({ type: 'configured', isSignedIn: true });
    expect(displayedSyncStatus(reduceSyncState(signedIn, { type: 'online', isOnline: false }))).toEqual({
      kind: 'offline',
      reason: 'noNetwork',
    });
    expect(displayedSyncStatus(reduceSyncState(signedIn, { type: 'failed', reason: 'unreachable' }))).toEqual(
      {
        kind: 'offline',
        reason: 'unreachable',
      },
    );
    const outdated = reduceSyncState(signedIn, { type: 'failed', reason: 'outdated' });
    expect(displayedSyncStatus(outdated)).toEqual({ kind: 'error', reason: 'outdated', detail: '' });
    expect(displayedSyncStatus(reduceSyncState(outdated, { type: 'succeeded' })).kind).toBe('syncing');
  });

  it('is not up to date before the first exchange has finished', () => {
    const started = run(
      { type: 'configured', isSignedIn: true },
      { type: 'active', collection: 'people', isActive: false, at: 1 },
    );
    expect(displayedSyncStatus(started)).toEqual({ kind: 'syncing', count: 0 });
  });

  it('says how many changes the server refused instead of "up to date", and again once they are settled', () => {
    const synced = run(
      { type: 'configured', isSignedIn: true },
      { type: 'active', collection: 'people', isActive: true, at: 1 },
      { type: 'active', collection: 'people', isActive: false, at: 2 },
    );
    expect(displayedSyncStatus(synced)).toEqual({ kind: 'upToDate', at: 2 });
    const refused = reduceSyncState(synced, { type: 'refusals', count: 2 });
    expect(displayedSyncStatus(refused)).toEqual({ kind: 'refused', count: 2 });
    // Busy, offline and errors still say so first; the refusals show again once those clear.
    const busy = reduceSyncState(refused, { type: 'active', collection: 'tags', isActive: true, at: 3 });
    expect(displayedSyncStatus(busy).kind).toBe('syncing');
    expect(displayedSyncStatus(reduceSyncState(refused, { type: 'online', isOnline: false })).kind).toBe(
      'offline',
    );
    const idle = reduceSyncState(busy, { type: 'active', collection: 'tags', isActive: false, at: 4 });
    expect(displayedSyncStatus(idle)).toEqual({ kind: 'refused', count: 2 });
    // A sign-in again does not settle what is stored on the device.
    const reconfigured = reduceSyncState(idle, { type: 'configured', isSignedIn: true });
    expect(reconfigured.refused).toBe(2);
    const settled = reduceSyncState(idle, { type: 'refusals', count: 0 });
    expect(displayedSyncStatus(settled)).toEqual({ kind: 'upToDate', at: 4 });
    expect(reduceSyncState(settled, { type: 'refusals', count: 0 })).toBe(settled);
  });

  it('reports a session the server ended as signed out, expired', () => {
    const state = run({ type: 'configured', isSignedIn: true }, { type: 'signedOut', reason: 'expired' });
    expect(displayedSyncStatus(state)).toEqual({ kind: 'signedOut', reason: 'expired' });
  });
});
