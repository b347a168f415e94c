import type { Organisation, Person } from '../model';
import { statisticRegistry } from './statisticRegistry';
import type { StatisticDefinition, StatisticInput, StatisticResult } from './statisticTypes';

/**
 * Computes the available statistics with one pass over people and one over organisations: each record is
 * handed to every counter that wants it, so 100 000 people are read once however many charts there are.
 */
export const computeStatistics = (
  input: StatisticInput,
  definitions: readonly StatisticDefinition[] = statisticRegistry,
): StatisticResult[] => {
  const available = definitions.filter((definition) => definition.isAvailable(input));
  const counters = available.map((definition) => definition.createCounter(input));
  const personCounters = counters.flatMap((counter) => (counter.person ? [counter.person] : []));
  const organisationCounters = counters.flatMap((counter) =>
    counter.organisation ? [counter.organisation] : [],
  );
  const personCount = personCounters.length;
  const organisationCount = organisationCounters.length;
  if (personCount > 0)
    for (const person of input.people.values() as Iterable<Person>)
      for (let index = 0; index < personCount; index += 1) personCounters[index]!(person);
  if (organisationCount > 0)
    for (const organisation of input.organisations.values() as Iterable<Organisation>)
      for (let index = 0; index < organisationCount; index += 1) organisationCounters[index]!(organisation);
  return available.map((definition, index) => ({
    key: definition.key,
    chart: definition.chart,
    table: counters[index]!.finish(),
  }));
};
