import type { StatisticInput } from '../../shared/stats/statisticTypes';
import type { RegisterStore } from '../state/registerStore';

/**
 * The statistics' input from the register in memory. Alumni educations, events, registrations and
 * consents are added here once those features are merged (their statistics stay hidden until then).
 */
export const statisticInputOf = (store: RegisterStore, year: number | null, now: number): StatisticInput => {
  const settings = store.settings();
  return {
    people: store.people,
    organisations: store.organisations,
    affiliations: store.affiliations,
    personCategoryKeys: settings.personCategories.map((option) => option.key),
    organisationCategoryKeys: settings.organisationCategories.map((option) => option.key),
    period: { year, now },
  };
};
