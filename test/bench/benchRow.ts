import type { BenchRow } from './benchTypes';

export type BenchRowOptions = {
  /** A figure from the same run to divide by. */
  baseline?: { name: string; value: number };
  /** Target on the value itself, in the row's unit. */
  atMost?: number;
  /** Target on the ratio to the baseline. */
  atMostRatio?: number;
};

/** One table row with its ratio and whether its target is met, computed the same way in every suite. */
export const benchRow = (
  name: string,
  value: number,
  unit: string,
  options: BenchRowOptions = {},
): BenchRow => {
  const ratio = options.baseline ? value / options.baseline.value : undefined;
  const targets = [
    ...(options.atMost === undefined
      ? []
      : [{ text: `≤ ${options.atMost} ${unit}`, isMet: value <= options.atMost }]),
    ...(options.atMostRatio === undefined || ratio === undefined
      ? []
      : [{ text: `≤ ${options.atMostRatio}×`, isMet: ratio <= options.atMostRatio }]),
  ];
  return {
    name,
    value,
    unit,
    ...(options.baseline ? { baseline: options.baseline.name, ratio } : {}),
    ...(targets.length === 0
      ? {}
      : {
          target: targets.map((target) => target.text).join(', '),
          isMet: targets.every((target) => target.isMet),
        }),
  };
};
