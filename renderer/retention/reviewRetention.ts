import type { Person } from '../../shared/model/personDefinition';
import { evaluateRetention, type RetentionVerdict } from '../../shared/retention/evaluateRetention';
import {
  buildRetentionIndex,
  retentionFactsOf,
  type RetentionSources,
} from '../../shared/retention/retentionFacts';
import type { RetentionRule } from '../../shared/retention/retentionSettings';

export type RetentionReviewRow = { person: Person; verdict: RetentionVerdict };

/**
 * Active people past a rule on `today`: the other collections are indexed once, then each person is
 * one pass over the rules, so 100 000 people stay a single linear sweep.
 */
export const reviewRetention = (
  rules: readonly RetentionRule[],
  people: Iterable<Person>,
  sources: RetentionSources,
  today: string,
): RetentionReviewRow[] => {
  if (rules.length === 0) return [];
  const index = buildRetentionIndex(sources);
  const rows: RetentionReviewRow[] = [];
  for (const person of people) {
    if (person.status !== 'active') continue;
    const verdict = evaluateRetention(rules, person, retentionFactsOf(person, index), today);
    if (verdict) rows.push({ person, verdict });
  }
  return rows;
};
