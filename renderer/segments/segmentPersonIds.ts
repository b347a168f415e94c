import { compileSegment } from '../../shared/segments/compileSegment';
import type { SegmentNode } from '../../shared/segments/segmentTypes';
import type { RegisterStore } from '../state/registerStore';
import { todayIso } from '../state/registerActions';
import { segmentContextOf } from './segmentContextOf';

/** Ids of the people in a segment, in the register's order. */
export const segmentPersonIds = (store: RegisterStore, root: SegmentNode): string[] => {
  const matches = compileSegment(root, segmentContextOf(store, todayIso()));
  const ids: string[] = [];
  for (const person of store.people.values()) if (matches(person)) ids.push(person.id);
  return ids;
};
