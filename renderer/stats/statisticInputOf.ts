import { consentSettingsOf } from '../../shared/consent/consentPurposes';
import { buildConsentIndex, isBannedIn } from '../../shared/consent/consentIndex';
import { currentConsentStates } from '../../shared/consent/consentHistory';
import type { ConsentEvent, KontaktEvent, MarketingBanEvent, Registration, Tag } from '../../shared/model';
import type { ConsentFact, StatisticInput, StatisticLabel } from '../../shared/stats/statisticTypes';
import type { RegisterStore } from '../state/registerStore';

/** Records of the smaller collections the statistics read besides the register store's people. */
export type StatisticSources = {
  consentEvents: readonly ConsentEvent[];
  marketingBans: readonly MarketingBanEvent[];
  events: readonly KontaktEvent[];
  registrations: readonly Registration[];
  tags?: readonly Tag[];
};

/**
 * Each person's current consent per purpose. A person with a direct-marketing ban counts as without
 * consent for every purpose, since a ban overrides them all (shared/consent).
 */
const consentFacts = (sources: StatisticSources): ConsentFact[] => {
  const index = buildConsentIndex(sources.consentEvents, sources.marketingBans);
  const personIds = new Set(sources.consentEvents.map((event) => event.personId));
  const facts: ConsentFact[] = [];
  for (const personId of personIds) {
    const isBanned = isBannedIn(index, personId);
    for (const [purpose, event] of currentConsentStates(index.consentsOf(personId)))
      facts.push({ personId, purpose, isGiven: !isBanned && event.state === 'given' });
  }
  return facts;
};

/** The statistics' input from the register in memory and the feature collections. */
export const statisticInputOf = (
  store: RegisterStore,
  year: number | null,
  now: number,
  sources: StatisticSources,
): StatisticInput => {
  const settings = store.settings();
  const purposes = consentSettingsOf(settings).purposes;
  const consentPurposeLabel = (key: string): StatisticLabel => {
    const option = purposes.find((purpose) => purpose.key === key);
    if (option && !option.isBuiltIn) return { kind: 'plain', text: option.label };
    return option ? { kind: 'text', key: `consent.purposes.${key}` } : { kind: 'plain', text: key };
  };
  return {
    people: store.people,
    organisations: store.organisations,
    affiliations: store.affiliations,
    personCategoryKeys: store.categoryOptions('person').map((option) => option.key),
    organisationCategoryKeys: store.categoryOptions('organisation').map((option) => option.key),
    period: { year, now },
    // Passive (archived) events still count: the statistics report what happened.
    events: sources.events.map((event) => ({ id: event.id, name: event.name, startDate: event.startDate })),
    registrations: sources.registrations.map((registration) => ({
      eventId: registration.eventId,
      status: registration.registrationStatus,
    })),
    consents: consentFacts(sources),
    consentPurposeLabel,
    personTags: (sources.tags ?? [])
      .filter((tag) => tag.scope === 'person')
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((tag) => ({ id: tag.id, label: tag.label })),
  };
};
