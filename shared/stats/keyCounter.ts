/**
 * Counts by string key into a typed array: a key gets its slot once, after which counting is an
 * index lookup and an increment, with no allocation per record. Keys known up front keep their order.
 */
export type KeyCounter = {
  add: (key: string, column?: number) => void;
  /** Gives a key its row (of zeros) without counting. */
  touch: (key: string) => void;
  entries: () => { key: string; values: number[] }[];
};

export const createKeyCounter = (knownKeys: readonly string[], columns = 1): KeyCounter => {
  const slots = new Map<string, number>();
  let counts = new Float64Array(Math.max(16, knownKeys.length) * columns);
  const keys: string[] = [];
  const slotOf = (key: string): number => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = keys.length;
      keys.push(key);
      slots.set(key, slot);
      if ((slot + 1) * columns > counts.length) {
        const grown = new Float64Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    return slot;
  };
  knownKeys.forEach(slotOf);
  return {
    add: (key, column = 0) => {
      counts[slotOf(key) * columns + column]! += 1;
    },
    touch: (key) => {
      slotOf(key);
    },
    entries: () =>
      keys.map((key, slot) => ({
        key,
        values: Array.from(counts.subarray(slot * columns, slot * columns + columns)),
      })),
  };
};
