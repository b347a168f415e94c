import { useEffect, useState } from 'react';
import type { MangoQuerySelector, RxCollection } from 'rxdb';
import { useStore } from '../app/AppContext';
import type { RegisterCollections } from '../db/openRegisterDatabase';

type RecordOf<C extends keyof RegisterCollections> =
  RegisterCollections[C] extends RxCollection<infer T> ? T : never;

/**
 * Live, decrypted records of one collection, optionally narrowed by a selector on plaintext fields
 * (ids, references, status, timestamps: the encrypted fields cannot be queried at storage level).
 * For the smaller collections beside people and organisations, which the register store does not keep.
 * `selectorKey` must change whenever the selector does (e.g. the person id it names).
 */
export const useLiveRecords = <C extends keyof RegisterCollections>(
  collection: C,
  selector: MangoQuerySelector<RecordOf<C>> = {},
  selectorKey = '',
): { records: RecordOf<C>[]; isLoading: boolean } => {
  const store = useStore();
  const [state, setState] = useState<{ records: RecordOf<C>[]; isLoading: boolean }>({
    records: [],
    isLoading: true,
  });
  useEffect(() => {
    const target = store.database[collection] as unknown as RxCollection<RecordOf<C>>;
    const subscription = target.find({ selector }).$.subscribe((documents) =>
      setState({
        records: documents.map((document) => document.toJSON() as RecordOf<C>),
        isLoading: false,
      }),
    );
    return () => subscription.unsubscribe();
    // The selector object is rebuilt on every render; selectorKey says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store.database, collection, selectorKey]);
  return state;
};
