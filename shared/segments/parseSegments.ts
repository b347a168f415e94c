import { isSegmentConditionKind, segmentConditionKinds } from './segmentConditionKinds';
import type { Segment, SegmentGroup, SegmentNode } from './segmentTypes';

export const maxSegmentNameLength = 100;
const maxDepth = 4;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored node, or null when it is not one (an unknown kind from a newer version included). */
export const parseSegmentNode = (value: unknown, depth = 0): SegmentNode | null => {
  if (!isRecord(value)) return null;
  if (value.kind === 'group') return parseGroup(value, depth);
  if (!isSegmentConditionKind(value.kind)) return null;
  return segmentConditionKinds[value.kind].parse(value);
};

const parseGroup = (value: Record<string, unknown>, depth: number): SegmentGroup | null => {
  if (depth >= maxDepth) return null;
  if (value.operator !== 'and' && value.operator !== 'or') return null;
  if (!Array.isArray(value.children)) return null;
  const children = value.children.map((child) => parseSegmentNode(child, depth + 1));
  // A group with a condition this version does not understand would match differently than it was
  // saved; rather than silently widen or narrow it, the whole segment is refused.
  if (children.some((child) => child === null)) return null;
  return { kind: 'group', operator: value.operator, children: children as SegmentNode[] };
};

const parseSegment = (value: unknown): Segment | null => {
  if (!isRecord(value)) return null;
  const { id, name, createdAt, updatedAt } = value;
  if (typeof id !== 'string' || !id) return null;
  if (typeof name !== 'string' || !name.trim() || name.length > maxSegmentNameLength) return null;
  if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return null;
  const root = parseSegmentNode(value.root);
  if (root?.kind !== 'group') return null;
  return { id, name, root, createdAt, updatedAt };
};

/**
 * The segments stored under `settings.features.segments`, validated: anything that is not a valid
 * segment (one saved by a newer version with a condition kind this one lacks) is left out here, and kept
 * in storage by `segmentsToStore`.
 */
export const parseSegments = (stored: unknown): Segment[] => {
  const list = isRecord(stored) && Array.isArray(stored.segments) ? stored.segments : [];
  return list.flatMap((item) => {
    const segment = parseSegment(item);
    return segment ? [segment] : [];
  });
};

/** The value to store: the given segments, plus stored items this version cannot read (never lost). */
export const segmentsToStore = (stored: unknown, segments: readonly Segment[]): { segments: unknown[] } => {
  const list = isRecord(stored) && Array.isArray(stored.segments) ? stored.segments : [];
  const unreadable = list.filter((item) => parseSegment(item) === null);
  return { segments: [...segments, ...unreadable] };
};
