import type { SegmentContext } from '../../shared/segments/segmentTypes';
import type { RegisterStore } from '../state/registerStore';
import { segmentRecordLookups, type SegmentRecords } from './segmentRecordLookups';

/** Current affiliations by person (active, not ended by `today`), built once per use of a segment. */
export const segmentContextOf = (
  store: RegisterStore,
  today: string,
  records?: SegmentRecords,
): SegmentContext => {
  const organisationsByPerson = new Map<string, string[]>();
  for (const affiliation of store.affiliations.values()) {
    if (affiliation.status !== 'active' || (affiliation.endDate && affiliation.endDate < today)) continue;
    const list = organisationsByPerson.get(affiliation.personId);
    if (list) list.push(affiliation.organisationId);
    else organisationsByPerson.set(affiliation.personId, [affiliation.organisationId]);
  }
  const none: readonly string[] = [];
  return {
    organisationIdsOf: (personId) => organisationsByPerson.get(personId) ?? none,
    startOfDay: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      return new Date(year!, month! - 1, day!).getTime();
    },
    ...(records ? segmentRecordLookups(records, today) : {}),
  };
};
