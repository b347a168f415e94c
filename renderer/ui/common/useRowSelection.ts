import { useCallback, useEffect, useMemo, useState } from 'react';

export type RowSelection = {
  selectedIds: readonly string[];
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Selects every visible row, or clears them when all are already selected. */
  toggleAllVisible: () => void;
  allVisibleState: 'none' | 'some' | 'all';
  clear: () => void;
};

/**
 * Checked rows of a list. The selection is kept to rows still shown, so a narrower filter never exports
 * rows the user cannot see. Esc clears it unless a dialog or menu is open (Esc closes those first).
 */
export const useRowSelection = (visibleIds: readonly string[]): RowSelection => {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const visible = useMemo(() => new Set(visibleIds), [visibleIds]);
  const selectedIds = useMemo(() => visibleIds.filter((id) => chosen.has(id)), [visibleIds, chosen]);
  const clear = useCallback(() => setChosen(new Set()), []);
  const hasSelection = selectedIds.length > 0;
  useEffect(() => {
    if (!hasSelection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"], [role="presentation"] [role="listbox"]')) return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hasSelection, clear]);
  const allVisibleState =
    selectedIds.length === 0 ? 'none' : selectedIds.length === visibleIds.length ? 'all' : 'some';
  return {
    selectedIds,
    isSelected: (id) => chosen.has(id) && visible.has(id),
    toggle: (id) =>
      setChosen((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAllVisible: () => setChosen(allVisibleState === 'all' ? new Set() : new Set(visibleIds)),
    allVisibleState,
    clear,
  };
};
