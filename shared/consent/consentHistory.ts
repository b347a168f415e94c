import type { ConsentEvent, ConsentState } from '../model/consentEventDefinition';
import type { MarketingBanEvent } from '../model/marketingBanDefinition';

type Dated = { id: string; date: string; createdAt: number };

/**
 * Oldest first: by the date the person acted, then by when the event was recorded (the server's clock
 * once synced), then by id so every device shows the same order.
 */
export const compareEvents = (a: Dated, b: Dated): number =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const sortedHistory = <T extends Dated>(events: readonly T[]): T[] => [...events].sort(compareEvents);

const latest = <T extends Dated>(events: readonly T[]): T | undefined =>
  events.reduce<T | undefined>(
    (best, event) => (!best || compareEvents(event, best) > 0 ? event : best),
    undefined,
  );

/** The latest consent event of one purpose, or undefined when the person was never asked. */
export const currentConsent = (purpose: string, history: readonly ConsentEvent[]): ConsentEvent | undefined =>
  latest(history.filter((event) => event.purpose === purpose));

export const currentConsentState = (
  purpose: string,
  history: readonly ConsentEvent[],
): ConsentState | 'unknown' => currentConsent(purpose, history)?.state ?? 'unknown';

/** The current state of every purpose that has events, by purpose key. */
export const currentConsentStates = (history: readonly ConsentEvent[]): Map<string, ConsentEvent> => {
  const states = new Map<string, ConsentEvent>();
  for (const event of history) {
    const known = states.get(event.purpose);
    if (!known || compareEvents(event, known) > 0) states.set(event.purpose, event);
  }
  return states;
};

/** Whether the latest ban event sets the ban. */
export const hasMarketingBan = (banHistory: readonly MarketingBanEvent[]): boolean =>
  latest(banHistory)?.action === 'set';

export type Contactability = 'contactable' | 'banned' | 'noConsent';

/** Why a person may or may not be contacted for a purpose: a ban overrides every consent. */
export const contactabilityFor = (
  purpose: string,
  history: readonly ConsentEvent[],
  banHistory: readonly MarketingBanEvent[],
): Contactability => {
  if (hasMarketingBan(banHistory)) return 'banned';
  return currentConsentState(purpose, history) === 'given' ? 'contactable' : 'noConsent';
};

export const isContactableFor = (
  purpose: string,
  history: readonly ConsentEvent[],
  banHistory: readonly MarketingBanEvent[],
): boolean => contactabilityFor(purpose, history, banHistory) === 'contactable';
