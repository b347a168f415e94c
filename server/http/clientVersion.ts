/** Compares dotted versions numerically ("0.10.0" > "0.9.3"); anything unparsable is outdated. */
export const isClientVersionSupported = (version: string | undefined, minimum: string): boolean => {
  if (!version || !/^\d+(\.\d+){0,3}$/.test(version.trim())) return false;
  const have = version.trim().split('.').map(Number);
  const need = minimum.split('.').map(Number);
  for (let index = 0; index < Math.max(have.length, need.length); index += 1) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
};
