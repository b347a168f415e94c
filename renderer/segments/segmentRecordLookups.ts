import { currentConsentStates } from '../../shared/consent/consentHistory';
import type { ConsentEvent, ConsentState, KontaktEvent, Registration, Relation } from '../../shared/model';
import type {
  SegmentContext,
  SegmentRegistration,
  SegmentRelation,
} from '../../shared/segments/segmentTypes';

/** The records beyond people that segment conditions read; loaded live by `useSegmentRecords`. */
export type SegmentRecords = {
  relations: readonly Relation[];
  consentEvents: readonly ConsentEvent[];
  registrations: readonly Registration[];
  events: readonly KontaktEvent[];
};

type Lookups = Required<Pick<SegmentContext, 'relationsOf' | 'consentStatesOf' | 'registrationsOf'>>;

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Person id → relations, current consent states and registrations, grouped once per evaluation so a
 * compiled segment asks per person in constant time. Relations count while active and not ended by
 * `today`, from either end.
 */
export const segmentRecordLookups = (records: SegmentRecords, today: string): Lookups => {
  const relationsByPerson = new Map<string, SegmentRelation[]>();
  for (const relation of records.relations) {
    if (relation.status !== 'active' || (relation.endDate !== '' && relation.endDate <= today)) continue;
    if (relation.fromKind === 'person')
      push(relationsByPerson, relation.fromId, { typeKey: relation.typeKey, otherId: relation.toId });
    if (relation.toKind === 'person')
      push(relationsByPerson, relation.toId, { typeKey: relation.typeKey, otherId: relation.fromId });
  }
  const consentsByPerson = new Map<string, ConsentEvent[]>();
  for (const event of records.consentEvents) push(consentsByPerson, event.personId, event);
  const consentStates = new Map<string, ReadonlyMap<string, ConsentState>>();
  for (const [personId, history] of consentsByPerson) {
    const states = new Map<string, ConsentState>();
    for (const [purpose, event] of currentConsentStates(history)) states.set(purpose, event.state);
    consentStates.set(personId, states);
  }
  const eventTypeOf = new Map(records.events.map((event) => [event.id, event.type as string]));
  const registrationsByPerson = new Map<string, SegmentRegistration[]>();
  for (const registration of records.registrations) {
    push(registrationsByPerson, registration.personId, {
      eventId: registration.eventId,
      eventType: eventTypeOf.get(registration.eventId) ?? '',
      isCancelled: registration.registrationStatus === 'cancelled',
      isAttended: registration.registrationStatus === 'attended',
    });
  }
  const noRelations: readonly SegmentRelation[] = [];
  const noStates: ReadonlyMap<string, ConsentState> = new Map();
  const noRegistrations: readonly SegmentRegistration[] = [];
  return {
    relationsOf: (personId) => relationsByPerson.get(personId) ?? noRelations,
    consentStatesOf: (personId) => consentStates.get(personId) ?? noStates,
    registrationsOf: (personId) => registrationsByPerson.get(personId) ?? noRegistrations,
  };
};
