import { useMemo } from 'react';
import { compileSegment } from '../../shared/segments/compileSegment';
import type { Person } from '../../shared/model';
import { useStore } from '../app/AppContext';
import { todayIso } from '../state/registerActions';
import { segmentContextOf } from './segmentContextOf';
import { useSelectedSegmentId } from './selectedSegment';
import { useSegments } from './useSegments';
import { useSegmentRecords } from './useSegmentRecords';

/** Narrows list rows to the selected segment's people (all rows when none is selected). */
export const useSegmentFilter = () => {
  const store = useStore();
  const { segments } = useSegments();
  const selectedId = useSelectedSegmentId();
  const segment = segments.find((item) => item.id === selectedId);
  const version = store.version();
  const records = useSegmentRecords();
  return useMemo(() => {
    if (!segment) return <Row extends { id: string }>(rows: readonly Row[]) => rows;
    const matches = compileSegment(segment.root, segmentContextOf(store, todayIso(), records));
    return <Row extends { id: string }>(rows: readonly Row[]) =>
      rows.filter((row) => {
        const person: Person | undefined = store.people.get(row.id);
        return person !== undefined && matches(person);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the records do.
  }, [store, version, segment, records]);
};
