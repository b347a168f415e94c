import type { StatisticPeriod } from './statisticTypes';

export type MonthBucket = { year: number; month: number };

/**
 * Month boundaries of a period in local time: the chosen year's twelve months, or the 24 months up to and
 * including the one `now` falls in. `starts` has one more entry than `months` (the end of the last one).
 */
export type PeriodBounds = {
  months: readonly MonthBucket[];
  starts: Float64Array;
  /** The reporting year: the chosen one, or the year `now` falls in. */
  year: number;
  yearStart: number;
  yearEnd: number;
};

export const periodBounds = (period: StatisticPeriod): PeriodBounds => {
  const nowDate = new Date(period.now);
  const reportingYear = period.year ?? nowDate.getFullYear();
  const first =
    period.year === null
      ? { year: nowDate.getFullYear(), month: nowDate.getMonth() - 23 }
      : { year: period.year, month: 0 };
  const count = period.year === null ? 24 : 12;
  const months: MonthBucket[] = [];
  const starts = new Float64Array(count + 1);
  for (let index = 0; index <= count; index += 1) {
    const date = new Date(first.year, first.month + index, 1);
    starts[index] = date.getTime();
    if (index < count) months.push({ year: date.getFullYear(), month: date.getMonth() + 1 });
  }
  return {
    months,
    starts,
    year: reportingYear,
    yearStart: new Date(reportingYear, 0, 1).getTime(),
    yearEnd: new Date(reportingYear + 1, 0, 1).getTime(),
  };
};

/** The month index a timestamp falls in, or -1 outside the period (binary search, no allocation). */
export const monthIndexOf = (starts: Float64Array, time: number): number => {
  if (time < starts[0]! || time >= starts[starts.length - 1]!) return -1;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= time) low = middle;
    else high = middle - 1;
  }
  return low;
};
