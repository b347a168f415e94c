import { createKeyCounter } from './keyCounter';
import { periodBounds } from './periodBounds';
import type { StatisticDefinition, StatisticLabel } from './statisticTypes';

const countColumn: StatisticLabel[] = [{ kind: 'text', key: 'stats.columns.count' }];

/** Alumni (people with an education record) by programme; a person with two programmes counts in both. */
export const alumniByProgramme: StatisticDefinition = {
  key: 'alumniByProgramme',
  chart: 'bar',
  isAvailable: (input) => input.educationsOf !== undefined,
  createCounter: (input) => {
    const counter = createKeyCounter([]);
    const educationsOf = input.educationsOf;
    return {
      person: (person) => {
        const educations = educationsOf?.(person);
        if (!educations) return;
        for (let index = 0; index < educations.length; index += 1)
          counter.add(educations[index]!.programme.trim());
      },
      finish: () => ({
        columns: countColumn,
        rows: counter
          .entries()
          .sort((a, b) => b.values[0]! - a.values[0]! || a.key.localeCompare(b.key))
          .map((entry) => ({
            key: entry.key,
            label: entry.key
              ? { kind: 'plain', text: entry.key }
              : { kind: 'text', key: 'stats.labels.noProgramme' },
            values: entry.values,
          })),
      }),
    };
  },
};

/** Graduations per year (all years known, oldest first). */
export const alumniByGraduationYear: StatisticDefinition = {
  key: 'alumniByGraduationYear',
  chart: 'bar',
  isAvailable: (input) => input.educationsOf !== undefined,
  createCounter: (input) => {
    const counter = createKeyCounter([]);
    const educationsOf = input.educationsOf;
    return {
      person: (person) => {
        const educations = educationsOf?.(person);
        if (!educations) return;
        for (let index = 0; index < educations.length; index += 1) {
          const year = educations[index]!.graduationYear;
          if (year !== null) counter.add(String(year));
        }
      },
      finish: () => ({
        columns: countColumn,
        rows: counter
          .entries()
          .sort((a, b) => Number(a.key) - Number(b.key))
          .map((entry) => ({
            key: entry.key,
            label: { kind: 'plain', text: entry.key },
            values: entry.values,
          })),
      }),
    };
  },
};

export const registrationColumns = ['registered', 'attended', 'cancelled'] as const;

/**
 * Registrations and attendance per event in the period (by the event's start date). "Registered" counts
 * every registration that was not cancelled, attended ones included.
 */
export const eventRegistrations: StatisticDefinition = {
  key: 'eventRegistrations',
  chart: 'bar',
  isAvailable: (input) => input.events !== undefined && input.registrations !== undefined,
  createCounter: (input) => ({
    finish: () => {
      const bounds = periodBounds(input.period);
      const first = bounds.months[0]!;
      const last = bounds.months[bounds.months.length - 1]!;
      const from = `${first.year}-${String(first.month).padStart(2, '0')}-01`;
      const to = `${last.year}-${String(last.month).padStart(2, '0')}-31`;
      const events = (input.events ?? [])
        .filter((event) => event.startDate >= from && event.startDate <= to)
        .sort((a, b) => a.startDate.localeCompare(b.startDate));
      const counter = createKeyCounter(
        events.map((event) => event.id),
        registrationColumns.length,
      );
      const shown = new Set(events.map((event) => event.id));
      for (const registration of input.registrations ?? []) {
        if (!shown.has(registration.eventId)) continue;
        if (registration.status === 'cancelled') counter.add(registration.eventId, 2);
        else {
          counter.add(registration.eventId, 0);
          if (registration.status === 'attended') counter.add(registration.eventId, 1);
        }
      }
      const values = new Map(counter.entries().map((entry) => [entry.key, entry.values]));
      return {
        columns: registrationColumns.map((column) => ({ kind: 'text', key: `stats.columns.${column}` })),
        rows: events.map((event) => ({
          key: event.id,
          label: { kind: 'plain', text: event.name },
          values: values.get(event.id) ?? [0, 0, 0],
        })),
      };
    },
  }),
};

/** Active people with a consent given, and without one, per purpose (the consent's current state). */
export const consentCoverage: StatisticDefinition = {
  key: 'consentCoverage',
  chart: 'bar',
  isAvailable: (input) => input.consents !== undefined,
  createCounter: (input) => {
    let activePeople = 0;
    return {
      person: (person) => {
        if (person.status === 'active') activePeople += 1;
      },
      finish: () => {
        const counter = createKeyCounter([]);
        for (const consent of input.consents ?? []) {
          const person = input.people.get(consent.personId);
          if (person?.status !== 'active') continue;
          // A withdrawn or refused consent still names the purpose, so the purpose gets its row.
          if (consent.isGiven) counter.add(consent.purpose);
          else counter.touch(consent.purpose);
        }
        return {
          columns: [
            { kind: 'text', key: 'stats.columns.consentGiven' },
            { kind: 'text', key: 'stats.columns.consentMissing' },
          ],
          rows: counter.entries().map((entry) => ({
            key: entry.key,
            label: input.consentPurposeLabel?.(entry.key) ?? { kind: 'plain', text: entry.key },
            values: [entry.values[0]!, activePeople - entry.values[0]!],
          })),
        };
      },
    };
  },
};
