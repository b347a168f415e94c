import type { ConsentEvent } from '../model/consentEventDefinition';
import type { MarketingBanEvent } from '../model/marketingBanDefinition';
import { contactabilityFor, hasMarketingBan, type Contactability } from './consentHistory';

/** Every person's consent and ban events, grouped once so lists and exports ask per person cheaply. */
export type ConsentIndex = {
  consentsOf: (personId: string) => readonly ConsentEvent[];
  bansOf: (personId: string) => readonly MarketingBanEvent[];
};

const groupByPerson = <T extends { personId: string }>(events: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const event of events) {
    const group = groups.get(event.personId);
    if (group) group.push(event);
    else groups.set(event.personId, [event]);
  }
  return groups;
};

export const buildConsentIndex = (
  consents: readonly ConsentEvent[],
  bans: readonly MarketingBanEvent[],
): ConsentIndex => {
  const consentGroups = groupByPerson(consents);
  const banGroups = groupByPerson(bans);
  return {
    consentsOf: (personId) => consentGroups.get(personId) ?? [],
    bansOf: (personId) => banGroups.get(personId) ?? [],
  };
};

export const contactabilityIn = (index: ConsentIndex, personId: string, purpose: string): Contactability =>
  contactabilityFor(purpose, index.consentsOf(personId), index.bansOf(personId));

export const isBannedIn = (index: ConsentIndex, personId: string): boolean =>
  hasMarketingBan(index.bansOf(personId));
