/**
 * Delay before the next attempt after `failures` failures in a row: doubles from `initialMs`
 * up to `maxMs`, with up to `jitter` of it randomised so many clients coming back online at once
 * do not hit the server in step.
 */
export type BackoffOptions = { initialMs: number; maxMs: number; jitter: number };

export const defaultBackoff: BackoffOptions = { initialMs: 1_000, maxMs: 60_000, jitter: 0.2 };

export const retryDelay = (
  failures: number,
  options: BackoffOptions = defaultBackoff,
  random: () => number = Math.random,
): number => {
  if (failures <= 0) return 0;
  const exponential = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(failures - 1, 30));
  const spread = exponential * options.jitter;
  return Math.round(Math.min(options.maxMs, exponential - spread + 2 * spread * random()));
};
