import type { Person } from '../model';
import { segmentConditionKinds } from './segmentConditionKinds';
import type { SegmentCondition, SegmentContext, SegmentNode } from './segmentTypes';

const compileCondition = <C extends SegmentCondition>(condition: C, context: SegmentContext) =>
  (segmentConditionKinds[condition.kind].compile as (c: C, x: SegmentContext) => (p: Person) => boolean)(
    condition,
    context,
  );

/**
 * A segment as one predicate over people. An AND group of no conditions matches everyone and an OR
 * group of none matches no one (the identities of the two operators).
 */
export const compileSegment = (node: SegmentNode, context: SegmentContext): ((person: Person) => boolean) => {
  if (node.kind !== 'group') return compileCondition(node, context);
  const children = node.children.map((child) => compileSegment(child, context));
  return node.operator === 'and'
    ? (person) => children.every((child) => child(person))
    : (person) => children.some((child) => child(person));
};

/** Whether one person is in a segment; for many people compile once with `compileSegment`. */
export const matchesSegment = (node: SegmentNode, person: Person, context: SegmentContext): boolean =>
  compileSegment(node, context)(person);
