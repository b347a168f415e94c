import type { Activity } from '../model/activityDefinition';
import type { Affiliation } from '../model/affiliationDefinition';
import type { ConsentEvent, ConsentState } from '../model/consentEventDefinition';
import type { KontaktEvent } from '../model/eventDefinition';
import type { Person } from '../model/personDefinition';
import type { Registration } from '../model/registrationDefinition';
import { compareEvents } from '../consent/consentHistory';
import { isIsoDate, isoDayOf, laterDay } from './retentionDates';

/** What the rules look at for one person; every date an ISO day. */
export type RetentionFacts = {
  /**
   * Latest of updatedAt, affiliation end dates, registered events' end dates, consent event dates and the
   * dates of activities (calls, meetings…) that name the person.
   */
  lastActivity: string;
  /** End (or start, when no end) of the latest event the person registered to; undefined when none. */
  lastEventEnd?: string;
  /** Latest consent state per purpose with its date. */
  consents: ReadonlyMap<string, { state: ConsentState; date: string }>;
};

export type RetentionSources = {
  affiliations: readonly Affiliation[];
  registrations: readonly Registration[];
  events: readonly KontaktEvent[];
  consentEvents: readonly ConsentEvent[];
  /** Optional so callers without the activities collection still evaluate the other bases. */
  activities?: readonly Activity[];
};

/** Other collections' facts indexed by person once per evaluation, so each person costs a few map lookups. */
export type RetentionIndex = {
  affiliationEnd: Map<string, string>;
  eventEnd: Map<string, string>;
  activityDate: Map<string, string>;
  consents: Map<string, Map<string, ConsentEvent>>;
};

const raise = (map: Map<string, string>, personId: string, day: string | undefined): void => {
  if (!isIsoDate(day)) return;
  const known = map.get(personId);
  if (known === undefined || day > known) map.set(personId, day);
};

export const buildRetentionIndex = (sources: RetentionSources): RetentionIndex => {
  const affiliationEnd = new Map<string, string>();
  for (const affiliation of sources.affiliations)
    raise(affiliationEnd, affiliation.personId, affiliation.endDate);
  const endOfEvent = new Map<string, string>();
  for (const event of sources.events) {
    const end = isIsoDate(event.endDate) ? event.endDate : event.startDate;
    if (isIsoDate(end)) endOfEvent.set(event.id, end);
  }
  const eventEnd = new Map<string, string>();
  for (const registration of sources.registrations)
    raise(eventEnd, registration.personId, endOfEvent.get(registration.eventId));
  const consents = new Map<string, Map<string, ConsentEvent>>();
  for (const event of sources.consentEvents) {
    let byPurpose = consents.get(event.personId);
    if (!byPurpose) consents.set(event.personId, (byPurpose = new Map()));
    const known = byPurpose.get(event.purpose);
    if (!known || compareEvents(event, known) > 0) byPurpose.set(event.purpose, event);
  }
  const activityDate = new Map<string, string>();
  for (const activity of sources.activities ?? []) {
    if (activity.status !== 'active') continue;
    for (const personId of activity.personIds) raise(activityDate, personId, activity.date);
  }
  return { affiliationEnd, eventEnd, activityDate, consents };
};

const noConsents: ReadonlyMap<string, { state: ConsentState; date: string }> = new Map();

/** The one place a person's retention facts are built from loaded data. */
export const retentionFactsOf = (
  person: Pick<Person, 'id' | 'updatedAt'>,
  index: RetentionIndex,
): RetentionFacts => {
  const byPurpose = index.consents.get(person.id);
  let lastActivity = isoDayOf(person.updatedAt);
  lastActivity = laterDay(lastActivity, index.affiliationEnd.get(person.id)) ?? lastActivity;
  lastActivity = laterDay(lastActivity, index.activityDate.get(person.id)) ?? lastActivity;
  const lastEventEnd = index.eventEnd.get(person.id);
  lastActivity = laterDay(lastActivity, lastEventEnd) ?? lastActivity;
  const consents = byPurpose ?? noConsents;
  for (const event of consents.values())
    lastActivity = laterDay(lastActivity, isIsoDate(event.date) ? event.date : undefined) ?? lastActivity;
  // The index's own map is handed out (read-only), so no per-person copy is made.
  return lastEventEnd === undefined ? { lastActivity, consents } : { lastActivity, lastEventEnd, consents };
};
