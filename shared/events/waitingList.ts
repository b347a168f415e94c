import type { KontaktEvent, Registration, RegistrationStatus } from '../model';

/** Statuses that hold a seat: a no-show still had one. Waiting and cancelled registrations do not. */
export const seatHolderStatuses: readonly RegistrationStatus[] = ['registered', 'attended', 'noShow'];

type Seated = Pick<Registration, 'id' | 'registrationStatus' | 'registeredAt' | 'status'>;

const isCounted = (registration: Pick<Registration, 'status'>) => registration.status === 'active';

export const seatsTaken = (registrations: readonly Seated[]): number =>
  registrations.filter((r) => isCounted(r) && seatHolderStatuses.includes(r.registrationStatus)).length;

/** The waiting list, first come first served (registration time, then id for a stable order). */
export const waitingListOf = <R extends Seated>(registrations: readonly R[]): R[] =>
  registrations
    .filter((r) => isCounted(r) && r.registrationStatus === 'waitingList')
    .sort((a, b) => a.registeredAt - b.registeredAt || a.id.localeCompare(b.id));

/** Seats left, or null when the event has no capacity limit. */
export const seatsLeft = (
  event: Pick<KontaktEvent, 'capacity'>,
  registrations: readonly Seated[],
): number | null =>
  event.capacity === null ? null : Math.max(0, event.capacity - seatsTaken(registrations));

/** Where a new registration goes: a free seat, else the waiting list. */
export const statusForNewRegistration = (
  event: Pick<KontaktEvent, 'capacity'>,
  registrations: readonly Seated[],
): RegistrationStatus => (seatsLeft(event, registrations) === 0 ? 'waitingList' : 'registered');

/**
 * Waiting registrations that move up now that seats are free (after a cancellation or a larger capacity):
 * the first ones on the list, as many as there are free seats. Promotion is automatic — the coordinator
 * is told who moved up — because a free seat left empty is the costlier mistake for a course.
 */
export const registrationsToPromote = <R extends Seated>(
  event: Pick<KontaktEvent, 'capacity'>,
  registrations: readonly R[],
): R[] => {
  const waiting = waitingListOf(registrations);
  const free = seatsLeft(event, registrations);
  return free === null ? waiting : waiting.slice(0, free);
};

/** 1-based place on the waiting list, or null for a registration that is not waiting. */
export const waitingPositionOf = (id: string, registrations: readonly Seated[]): number | null => {
  const index = waitingListOf(registrations).findIndex((r) => r.id === id);
  return index === -1 ? null : index + 1;
};
