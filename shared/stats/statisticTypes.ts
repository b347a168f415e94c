import type { Affiliation, Organisation, Person } from '../model';

/**
 * How a row or column of a statistic is named. The renderer translates it: a category by its translated
 * or custom label, an i18n key with parameters, a month in the UI language, or text as stored (a programme).
 */
export type StatisticLabel =
  | { kind: 'category'; scope: 'person' | 'organisation'; key: string }
  | { kind: 'text'; key: string; params?: Readonly<Record<string, string | number>> }
  | { kind: 'plain'; text: string }
  | { kind: 'month'; year: number; month: number };

export type StatisticRow = { key: string; label: StatisticLabel; values: readonly number[] };

/** A statistic's numbers: one column per series, one row per bar, point or slice. */
export type StatisticTable = { columns: readonly StatisticLabel[]; rows: readonly StatisticRow[] };

export type ChartKind = 'bar' | 'line' | 'pie';

/**
 * Minimal shapes of data other features own (alumni education, events, consents), as this module expects
 * them. The lead maps the real records onto these after the merge; until then the input leaves them out
 * and their statistics stay hidden.
 */
export type EducationFact = { programme: string; graduationYear: number | null };
export type EventFact = { id: string; name: string; startDate: string };
export type RegistrationFact = { eventId: string; status: string };
/** The current state of one person's consent for one purpose. */
export type ConsentFact = { personId: string; purpose: string; isGiven: boolean };

/** The period the dashboard shows: a calendar year, or the last 24 months up to `now`. */
export type StatisticPeriod = { year: number | null; now: number };

export type StatisticInput = {
  people: ReadonlyMap<string, Person>;
  organisations: ReadonlyMap<string, Organisation>;
  affiliations: ReadonlyMap<string, Affiliation>;
  /** Person category keys in the order the settings list them (unknown keys found in records follow). */
  personCategoryKeys: readonly string[];
  organisationCategoryKeys: readonly string[];
  period: StatisticPeriod;
  /** A person's education records (alumni); must return a stored array, not build one per call. */
  educationsOf?: (person: Person) => readonly EducationFact[] | undefined;
  events?: readonly EventFact[];
  registrations?: readonly RegistrationFact[];
  consents?: readonly ConsentFact[];
  /** How a consent purpose key is shown (built-in purposes by their text key, custom ones by label). */
  consentPurposeLabel?: (purpose: string) => StatisticLabel;
  /** The person tag vocabulary, in display order (archived tags included: records still carry them). */
  personTags?: readonly { id: string; label: string }[];
};

/**
 * One statistic's running count. The engine walks people and organisations once for all statistics and
 * hands each record to every counter; data of other collections is read in `finish`.
 */
export type StatisticCounter = {
  person?: (person: Person) => void;
  organisation?: (organisation: Organisation) => void;
  finish: () => StatisticTable;
};

export type StatisticDefinition = {
  key: string;
  chart: ChartKind;
  /** Shown on the dashboard only when its data exists (alumni, events, consents come from other features). */
  isAvailable: (input: StatisticInput) => boolean;
  createCounter: (input: StatisticInput) => StatisticCounter;
};

export type StatisticResult = { key: string; chart: ChartKind; table: StatisticTable };
