import { contactLanguages, eventTypes, recordStatuses, type Person } from '../model';
import {
  segmentConsentStates,
  segmentEventModes,
  type SegmentCondition,
  type SegmentConditionKind,
  type SegmentContext,
} from './segmentTypes';

type Predicate = (person: Person) => boolean;

type ConditionKind<K extends SegmentConditionKind> = {
  /** Prepares a predicate once (sets, bounds), so matching a person allocates nothing. */
  compile: (condition: Extract<SegmentCondition, { kind: K }>, context: SegmentContext) => Predicate;
  /** A stored value of this kind, or null when it is not one. */
  parse: (value: Record<string, unknown>) => Extract<SegmentCondition, { kind: K }> | null;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isDateBound = (value: unknown): value is string =>
  typeof value === 'string' && (value === '' || isoDate.test(value));
const stringList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : null;

const rangePredicate = (
  from: string,
  to: string,
  context: SegmentContext,
  timeOf: (person: Person) => number,
): Predicate => {
  const start = from ? context.startOfDay(from) : Number.NEGATIVE_INFINITY;
  // The end date is inclusive: up to the start of the next day (a day is 23–25 h around DST; the next
  // day's start is computed from its own date, not by adding 24 h).
  const end = to ? nextDayStart(to, context) : Number.POSITIVE_INFINITY;
  return (person) => {
    const time = timeOf(person);
    return time >= start && time < end;
  };
};

const nextDayStart = (iso: string, context: SegmentContext): number => {
  const [year, month, day] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(year!, month! - 1, day! + 1)).toISOString().slice(0, 10);
  return context.startOfDay(next);
};

const parseRange = <K extends 'created' | 'updated'>(kind: K, value: Record<string, unknown>) =>
  isDateBound(value.from) && isDateBound(value.to)
    ? ({ kind, from: value.from, to: value.to } as Extract<SegmentCondition, { kind: K }>)
    : null;

// Lookups a caller did not provide: nobody has such records.
const noRelations = () => [];
const noConsents = () => new Map<string, never>();
const noRegistrations = () => [];

export const segmentConditionKinds: { [K in SegmentConditionKind]: ConditionKind<K> } = {
  category: {
    compile: (condition) => {
      const wanted = new Set(condition.categories);
      return (person) => person.categories.some((category) => wanted.has(category));
    },
    parse: (value) => {
      const categories = stringList(value.categories);
      return categories ? { kind: 'category', categories } : null;
    },
  },
  status: {
    compile: (condition) => (person) => person.status === condition.status,
    parse: (value) =>
      recordStatuses.includes(value.status as never)
        ? { kind: 'status', status: value.status as (typeof recordStatuses)[number] }
        : null,
  },
  contactLanguage: {
    compile: (condition) => {
      const wanted = new Set<string>(condition.languages);
      return (person) => wanted.has(person.contactLanguage);
    },
    parse: (value) => {
      const languages = stringList(value.languages);
      return languages?.every((language) => contactLanguages.includes(language as never))
        ? { kind: 'contactLanguage', languages: languages as (typeof contactLanguages)[number][] }
        : null;
    },
  },
  nationality: {
    compile: (condition) => {
      const wanted = new Set(condition.countries.map((country) => country.toUpperCase()));
      return (person) => wanted.has(person.nationality.toUpperCase());
    },
    parse: (value) => {
      const countries = stringList(value.countries);
      return countries ? { kind: 'nationality', countries } : null;
    },
  },
  created: {
    compile: (condition, context) =>
      rangePredicate(condition.from, condition.to, context, (person) => person.createdAt),
    parse: (value) => parseRange('created', value),
  },
  updated: {
    compile: (condition, context) =>
      rangePredicate(condition.from, condition.to, context, (person) => person.updatedAt),
    parse: (value) => parseRange('updated', value),
  },
  hasEmail: {
    compile: (condition) => (person) => person.emails.length > 0 === condition.isPresent,
    parse: (value) =>
      typeof value.isPresent === 'boolean' ? { kind: 'hasEmail', isPresent: value.isPresent } : null,
  },
  organisation: {
    compile: (condition, context) => {
      const wanted = new Set(condition.organisationIds);
      return (person) => context.organisationIdsOf(person.id).some((id) => wanted.has(id));
    },
    parse: (value) => {
      const organisationIds = stringList(value.organisationIds);
      return organisationIds ? { kind: 'organisation', organisationIds } : null;
    },
  },
  tag: {
    compile: (condition) => {
      const wanted = new Set(condition.tagIds);
      // Records stored before tags existed may lack the field until migrated.
      return (person) => (person.tags ?? []).some((id) => wanted.has(id));
    },
    parse: (value) => {
      const tagIds = stringList(value.tagIds);
      return tagIds ? { kind: 'tag', tagIds } : null;
    },
  },
  relation: {
    compile: ({ typeKey, targetId }, context) => {
      const relationsOf = context.relationsOf ?? noRelations;
      return (person) =>
        relationsOf(person.id).some(
          (relation) => relation.typeKey === typeKey && (targetId === '' || relation.otherId === targetId),
        );
    },
    parse: (value) =>
      typeof value.typeKey === 'string' && value.typeKey !== '' && typeof value.targetId === 'string'
        ? { kind: 'relation', typeKey: value.typeKey, targetId: value.targetId }
        : null,
  },
  consent: {
    compile: ({ purpose, state }, context) => {
      const statesOf = context.consentStatesOf ?? noConsents;
      return (person) => (statesOf(person.id).get(purpose) ?? 'none') === state;
    },
    parse: (value) =>
      typeof value.purpose === 'string' &&
      value.purpose !== '' &&
      segmentConsentStates.includes(value.state as never)
        ? {
            kind: 'consent',
            purpose: value.purpose,
            state: value.state as (typeof segmentConsentStates)[number],
          }
        : null,
  },
  event: {
    compile: ({ mode, eventId, eventType }, context) => {
      const registrationsOf = context.registrationsOf ?? noRegistrations;
      return (person) =>
        registrationsOf(person.id).some(
          (registration) =>
            (mode === 'attended' ? registration.isAttended : !registration.isCancelled) &&
            (eventId !== ''
              ? registration.eventId === eventId
              : eventType === '' || registration.eventType === eventType),
        );
    },
    parse: (value) =>
      segmentEventModes.includes(value.mode as never) &&
      typeof value.eventId === 'string' &&
      (value.eventType === '' || eventTypes.includes(value.eventType as never))
        ? {
            kind: 'event',
            mode: value.mode as (typeof segmentEventModes)[number],
            eventId: value.eventId,
            eventType: value.eventType as (typeof eventTypes)[number] | '',
          }
        : null,
  },
};

export const isSegmentConditionKind = (kind: unknown): kind is SegmentConditionKind =>
  typeof kind === 'string' && Object.hasOwn(segmentConditionKinds, kind);
