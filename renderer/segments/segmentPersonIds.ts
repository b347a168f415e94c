import { compileSegment } from '../../shared/segments/compileSegment';
import type { SegmentNode } from '../../shared/segments/segmentTypes';
import type { RegisterStore } from '../state/registerStore';
import { todayIso } from '../state/registerActions';
import { segmentContextOf } from './segmentContextOf';
import type { SegmentRecords } from './segmentRecordLookups';

/** Ids of the people in a segment, in the register's order. */
export const segmentPersonIds = (
  store: RegisterStore,
  root: SegmentNode,
  records?: SegmentRecords,
): string[] => {
  const matches = compileSegment(root, segmentContextOf(store, todayIso(), records));
  const ids: string[] = [];
  for (const person of store.people.values()) if (matches(person)) ids.push(person.id);
  return ids;
};
