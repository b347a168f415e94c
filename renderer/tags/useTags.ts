import { useMemo } from 'react';
import type { CategoryScope, Tag } from '../../shared/model';
import { useLiveRecords } from '../state/useLiveRecords';

/** The live tag vocabulary, sorted by label, optionally of one scope. */
export const useTags = (scope?: CategoryScope): { tags: Tag[]; tagsById: Map<string, Tag> } => {
  const { records } = useLiveRecords('tags');
  return useMemo(() => {
    const tags = records
      .filter((tag) => scope === undefined || tag.scope === scope)
      .sort((a, b) => a.label.localeCompare(b.label));
    return { tags, tagsById: new Map(tags.map((tag) => [tag.id, tag])) };
  }, [records, scope]);
};
