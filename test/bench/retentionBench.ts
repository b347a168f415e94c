import type { Affiliation, ConsentEvent, KontaktEvent, Person, Registration } from '../../shared/model';
import { reviewRetention } from '../../renderer/retention/reviewRetention';
import type { RetentionRule } from '../../shared/retention/retentionSettings';
import { testPerson } from '../helpers/statsFixtures';
import { benchRow } from './benchRow';
import type { BenchSection, BenchSuite } from './benchTypes';

const peopleCount = 100_000;
const today = '2026-11-22';
const day = (index: number): string => {
  const date = new Date(Date.UTC(2018, 0, 1) + (index % 3000) * 86_400_000);
  return date.toISOString().slice(0, 10);
};
const meta = {
  status: 'active' as const,
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  createdBy: '',
  updatedBy: '',
};
const categories = ['alumnus', 'lecturer', 'partnerContact', 'customer'];

const buildRegister = () => {
  const people: Person[] = [];
  for (let i = 0; i < peopleCount; i += 1)
    people.push(testPerson(`p${i}`, { categories: [categories[i % 4]!], updatedAt: Date.parse(day(i * 7)) }));
  const affiliations = Array.from({ length: 50_000 }, (_, i) => ({
    ...meta,
    id: `a${i}`,
    personId: `p${i * 2}`,
    organisationId: `o${i % 500}`,
    endDate: i % 3 === 0 ? day(i * 11) : '',
  })) as unknown as Affiliation[];
  const events = Array.from({ length: 300 }, (_, i) => ({
    ...meta,
    id: `e${i}`,
    name: `Event ${i}`,
    type: 'seminar',
    startDate: day(i * 9),
    endDate: day(i * 9 + 1),
  })) as unknown as KontaktEvent[];
  const registrations = Array.from({ length: 40_000 }, (_, i) => ({
    ...meta,
    id: `r${i}`,
    personId: `p${(i * 37) % peopleCount}`,
    eventId: `e${i % 300}`,
  })) as unknown as Registration[];
  const consentEvents = Array.from({ length: 60_000 }, (_, i) => ({
    ...meta,
    id: `c${i}`,
    personId: `p${(i * 13) % peopleCount}`,
    purpose: i % 2 === 0 ? 'newsletter' : 'mentoring',
    state: (['given', 'withdrawn', 'refused'] as const)[i % 3],
    date: day(i * 5),
    source: 'form',
  })) as unknown as ConsentEvent[];
  return { people, sources: { affiliations, events, registrations, consentEvents } };
};

const rules: RetentionRule[] = [
  {
    id: '1',
    target: { kind: 'category', key: 'customer' },
    basis: 'lastActivity',
    amount: 3,
    unit: 'years',
    action: 'passivate',
  },
  {
    id: '2',
    target: { kind: 'eventParticipants' },
    basis: 'eventEnd',
    amount: 18,
    unit: 'months',
    action: 'erase',
  },
  {
    id: '3',
    target: { kind: 'consent', purpose: 'mentoring' },
    basis: 'consentWithdrawn',
    amount: 0,
    unit: 'months',
    action: 'erase',
  },
  {
    id: '4',
    target: { kind: 'category', key: 'partnerContact' },
    basis: 'lastActivity',
    amount: 5,
    unit: 'years',
    action: 'passivate',
  },
  {
    id: '5',
    target: { kind: 'consent', purpose: 'newsletter' },
    basis: 'lastActivity',
    amount: 24,
    unit: 'months',
    action: 'passivate',
  },
];

const median = (run: () => void, times = 7): number => {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
};

export const bench: BenchSuite = {
  name: 'retention',
  run: async (): Promise<BenchSection[]> => {
    const { people, sources } = buildRegister();
    let sink = 0;
    // Baseline: one plain pass over the people reading what every rule reads at least (status, category, date).
    const baseline = median(() => {
      let count = 0;
      for (const person of people)
        if (
          person.status === 'active' &&
          person.categories.includes('customer') &&
          new Date(person.updatedAt).toISOString() < today
        )
          count += 1;
      sink += count;
    });
    let due = 0;
    const review = median(() => {
      due = reviewRetention(rules, people, sources, today).length;
    });
    sink += due;
    const base = { name: 'plain pass over 100 000 people', value: baseline };
    return [
      {
        title: `Retention review: ${peopleCount.toLocaleString('en')} people × ${rules.length} rules (Node, median of 7)`,
        rows: [
          benchRow(base.name, baseline, 'ms'),
          benchRow('index 150 300 facts + evaluate every person', review, 'ms', {
            baseline: base,
            atMost: 1000,
          }),
        ],
        notes: [`${due} people due; sink ${sink % 10}`],
      },
    ];
  },
};
