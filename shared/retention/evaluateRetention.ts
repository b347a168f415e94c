import type { Person } from '../model/personDefinition';
import { addPeriod } from './retentionDates';
import type { RetentionFacts } from './retentionFacts';
import type { RetentionBasis, RetentionRule } from './retentionSettings';

/** Why a rule is due: the basis, the day the period is counted from, and the day it ran out. */
export type RetentionReason = { basis: RetentionBasis; basisDate: string; dueDate: string };
export type RetentionVerdict = { rule: RetentionRule; reason: RetentionReason };

const appliesTo = (
  rule: RetentionRule,
  person: Pick<Person, 'categories'>,
  facts: RetentionFacts,
): boolean => {
  switch (rule.target.kind) {
    case 'category':
      return person.categories.includes(rule.target.key);
    case 'consent':
      return facts.consents.has(rule.target.purpose);
    case 'eventParticipants':
      return facts.lastEventEnd !== undefined;
  }
};

const basisDateOf = (rule: RetentionRule, facts: RetentionFacts): string | undefined => {
  switch (rule.basis) {
    case 'lastActivity':
      return facts.lastActivity;
    case 'eventEnd':
      return facts.lastEventEnd;
    case 'consentWithdrawn': {
      if (rule.target.kind !== 'consent') return undefined;
      const current = facts.consents.get(rule.target.purpose);
      return current && current.state !== 'given' ? current.date : undefined;
    }
  }
};

/**
 * The first rule (in settings order) whose period has run out for this person on `today` (ISO day), with
 * the reason; undefined when none is due. Due on the day the period ends: 3 years from 3.2.2021 is due
 * on 3.2.2024.
 */
export const evaluateRetention = (
  rules: readonly RetentionRule[],
  person: Pick<Person, 'categories'>,
  facts: RetentionFacts,
  today: string,
): RetentionVerdict | undefined => {
  for (const rule of rules) {
    if (!appliesTo(rule, person, facts)) continue;
    const basisDate = basisDateOf(rule, facts);
    if (basisDate === undefined) continue;
    const dueDate = addPeriod(basisDate, rule.amount, rule.unit);
    if (dueDate <= today) return { rule, reason: { basis: rule.basis, basisDate, dueDate } };
  }
  return undefined;
};
