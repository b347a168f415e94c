import type { RightsRequest } from '../model';

type RestrictionSource = Pick<RightsRequest, 'personId' | 'kind' | 'state' | 'restrictionLiftedAt'>;

/**
 * A restriction of processing (GDPR art. 18) is in force from the moment a restriction request is
 * completed until it is lifted. It is derived from the request log rather than stored on the person,
 * so the person record keeps one owner and the log shows when and by whom it began and ended.
 */
export const isRestrictionInForce = (request: RestrictionSource): boolean =>
  request.kind === 'restriction' && request.state === 'done' && request.restrictionLiftedAt === 0;

export const isProcessingRestricted = (personId: string, requests: Iterable<RestrictionSource>): boolean => {
  for (const request of requests)
    if (request.personId === personId && isRestrictionInForce(request)) return true;
  return false;
};

/** Every person whose processing is restricted now. */
export const restrictedPersonIds = (requests: Iterable<RestrictionSource>): Set<string> => {
  const ids = new Set<string>();
  for (const request of requests) if (isRestrictionInForce(request)) ids.add(request.personId);
  return ids;
};

/** Records to leave out of lists and exports: restricted people, unless the user asked to see them. */
export const withoutRestricted = <T extends { id: string }>(
  records: readonly T[],
  restricted: ReadonlySet<string>,
): readonly T[] => (restricted.size === 0 ? records : records.filter((record) => !restricted.has(record.id)));
