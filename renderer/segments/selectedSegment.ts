import { useSyncExternalStore } from 'react';

// The segment applied to the People list, kept while the user moves between pages (like the list filters).
let selectedId = '';
const listeners = new Set<() => void>();

export const selectSegment = (id: string) => {
  selectedId = id;
  listeners.forEach((listener) => listener());
};

export const useSelectedSegmentId = (): string =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => selectedId,
  );
