import type { ConsentState, ContactLanguage, EventType, RecordStatus } from '../model';

/**
 * One condition over a person. A discriminated union: a feature adds a kind here and its matcher and
 * parser in `segmentConditionKinds` (the typecheck insists on both). Dates are ISO (yyyy-mm-dd), inclusive;
 * an empty bound is open.
 */
export type SegmentCondition =
  | { kind: 'category'; categories: string[] }
  | { kind: 'status'; status: RecordStatus }
  | { kind: 'contactLanguage'; languages: ContactLanguage[] }
  | { kind: 'nationality'; countries: string[] }
  | { kind: 'created'; from: string; to: string }
  | { kind: 'updated'; from: string; to: string }
  | { kind: 'hasEmail'; isPresent: boolean }
  /** A current affiliation (not ended, active) with one of the organisations. */
  | { kind: 'organisation'; organisationIds: string[] }
  /** Carries any of the tags (ids of `tags` records). */
  | { kind: 'tag'; tagIds: string[] }
  /** A current relation of the type, at either end; `targetId` '' means to anyone. */
  | { kind: 'relation'; typeKey: string; targetId: string }
  /** The current (latest) consent state for the purpose; 'none' when never asked. */
  | { kind: 'consent'; purpose: string; state: SegmentConsentState }
  /**
   * Registered for (any registration not cancelled) or attended an event: the event `eventId`, or
   * when that is '' any event of `eventType` ('' = any event at all).
   */
  | { kind: 'event'; mode: SegmentEventMode; eventId: string; eventType: EventType | '' };

export const segmentConsentStates = ['given', 'withdrawn', 'refused', 'none'] as const;
export type SegmentConsentState = ConsentState | 'none';
export const segmentEventModes = ['registered', 'attended'] as const;
export type SegmentEventMode = (typeof segmentEventModes)[number];

/** A person's current relation, seen from the person: its type and the record at the other end. */
export type SegmentRelation = { typeKey: string; otherId: string };
/** A person's registration, with the event's type so "any event of type Y" needs no event lookup. */
export type SegmentRegistration = {
  eventId: string;
  eventType: string;
  isCancelled: boolean;
  isAttended: boolean;
};

export type SegmentConditionKind = SegmentCondition['kind'];

export type SegmentGroup = { kind: 'group'; operator: 'and' | 'or'; children: SegmentNode[] };

export type SegmentNode = SegmentCondition | SegmentGroup;

/** A saved segment: a named filter over people, usable for the list and for exports. */
export type Segment = { id: string; name: string; root: SegmentGroup; createdAt: number; updatedAt: number };

/** What a condition may need beyond the person: compiled once per use, not per person. */
export type SegmentContext = {
  /** Ids of organisations the person is currently affiliated with. */
  organisationIdsOf: (personId: string) => readonly string[];
  /** Local-time timestamp of the start of an ISO date (the renderer's calendar). */
  startOfDay: (isoDate: string) => number;
  // Lookups over records beyond the person, built once per evaluation (renderer/segments). Absent when
  // the caller has not loaded them: then nobody has relations, consents or registrations.
  relationsOf?: (personId: string) => readonly SegmentRelation[];
  /** Current consent state by purpose. */
  consentStatesOf?: (personId: string) => ReadonlyMap<string, ConsentState>;
  registrationsOf?: (personId: string) => readonly SegmentRegistration[];
};
