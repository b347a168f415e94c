import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPollingStream, polledCollections } from '../../../../renderer/sync/pollingStream';
import { syncCollections } from '../../../../shared/sync/syncProtocol';

describe('polling stream', () => {
  afterEach(() => vi.useRealTimers());

  it('asks for a pull at once and then every interval, and stops when unsubscribed', () => {
    vi.useFakeTimers();
    const onConnected = vi.fn();
    const items: unknown[] = [];
    const subscription = createPollingStream(5_000, onConnected).subscribe((item) => items.push(item));
    expect(onConnected).toHaveBeenCalledTimes(1);
    expect(items).toEqual(['RESYNC']);
    vi.advanceTimersByTime(15_000);
    expect(items).toHaveLength(4);
    subscription.unsubscribe();
    vi.advanceTimersByTime(15_000);
    expect(items).toHaveLength(4);
  });

  it('keeps the live streams within the browser’s six connections per origin', () => {
    // Each live stream holds one HTTP/1.1 connection for good; at least one must stay free for pulls and pushes.
    const liveStreams = syncCollections.filter((name) => !polledCollections.includes(name));
    expect(liveStreams.length).toBeLessThanOrEqual(5);
  });
});
