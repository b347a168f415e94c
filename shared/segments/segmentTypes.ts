import type { ContactLanguage, RecordStatus } from '../model';

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
  | { kind: 'organisation'; organisationIds: string[] };

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
};
