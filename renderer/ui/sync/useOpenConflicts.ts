import { useEffect, useState } from 'react';
import type { ConflictRecord } from '../../../shared/model';
import { useStore } from '../../app/AppContext';

/** Open conflicts, newest first, live from the encrypted `conflicts` collection. */
export const useOpenConflicts = (): ConflictRecord[] => {
  const store = useStore();
  const [conflicts, setConflicts] = useState<ConflictRecord[]>([]);
  useEffect(() => {
    const subscription = store.database.conflicts
      .find({ selector: { status: 'open' } })
      .$.subscribe((documents) =>
        setConflicts(
          documents
            .map((document) => document.toJSON() as ConflictRecord)
            .sort((a, b) => b.createdAt - a.createdAt),
        ),
      );
    return () => subscription.unsubscribe();
  }, [store.database]);
  return conflicts;
};
