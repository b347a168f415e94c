import { currentConsentState } from './consentHistory';
import type { ConsentIndex } from './consentIndex';
import { isBannedIn } from './consentIndex';

export type ConsentCoverage = {
  purpose: string;
  given: number;
  withdrawn: number;
  refused: number;
  /** Never asked: no event for this purpose. */
  unknown: number;
  /** Given and not banned: who may be contacted for the purpose. */
  contactable: number;
};

/** For each purpose, how many of `personIds` stand in each current state, and how many are contactable. */
export const consentCoverage = (
  purposes: readonly string[],
  personIds: readonly string[],
  index: ConsentIndex,
): ConsentCoverage[] =>
  purposes.map((purpose) => {
    const coverage: ConsentCoverage = {
      purpose,
      given: 0,
      withdrawn: 0,
      refused: 0,
      unknown: 0,
      contactable: 0,
    };
    for (const personId of personIds) {
      const state = currentConsentState(purpose, index.consentsOf(personId));
      coverage[state] += 1;
      if (state === 'given' && !isBannedIn(index, personId)) coverage.contactable += 1;
    }
    return coverage;
  });
