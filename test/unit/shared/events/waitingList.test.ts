import { describe, expect, it } from 'vitest';
import {
  registrationsToPromote,
  seatsLeft,
  seatsTaken,
  statusForNewRegistration,
  waitingPositionOf,
} from '../../../../shared/events/waitingList';
import type { Registration } from '../../../../shared/model';

type Seat = Pick<Registration, 'id' | 'registrationStatus' | 'registeredAt' | 'status'>;

const seat = (id: string, registrationStatus: Seat['registrationStatus'], registeredAt = 0): Seat => ({
  id,
  registrationStatus,
  registeredAt,
  status: 'active',
});

describe('capacity and waiting list', () => {
  it('counts registered, attended and no-show as seats; waiting, cancelled and passive do not', () => {
    const all = [
      seat('a', 'registered'),
      seat('b', 'attended'),
      seat('c', 'noShow'),
      seat('d', 'waitingList'),
      seat('e', 'cancelled'),
      { ...seat('f', 'registered'), status: 'passive' as const },
    ];
    expect(seatsTaken(all)).toBe(3);
    expect(seatsLeft({ capacity: 5 }, all)).toBe(2);
    expect(seatsLeft({ capacity: null }, all)).toBeNull();
  });

  it('puts a registration beyond capacity on the waiting list, and never without a limit', () => {
    const two = [seat('a', 'registered'), seat('b', 'registered')];
    expect(statusForNewRegistration({ capacity: 3 }, two)).toBe('registered');
    expect(statusForNewRegistration({ capacity: 2 }, two)).toBe('waitingList');
    // A capacity lowered below the seats taken is still full, not negative.
    expect(statusForNewRegistration({ capacity: 1 }, two)).toBe('waitingList');
    expect(statusForNewRegistration({ capacity: null }, two)).toBe('registered');
  });

  it('promotes the earliest waiting registrations into the free seats only', () => {
    const registrations = [
      seat('a', 'cancelled', 1),
      seat('b', 'registered', 2),
      seat('late', 'waitingList', 9),
      seat('early', 'waitingList', 5),
      seat('middle', 'waitingList', 7),
    ];
    expect(registrationsToPromote({ capacity: 2 }, registrations).map((r) => r.id)).toEqual(['early']);
    expect(registrationsToPromote({ capacity: 3 }, registrations).map((r) => r.id)).toEqual([
      'early',
      'middle',
    ]);
    expect(registrationsToPromote({ capacity: 1 }, registrations)).toEqual([]);
    expect(registrationsToPromote({ capacity: null }, registrations)).toHaveLength(3);
  });

  it('numbers the waiting list first come, first served, ties by id', () => {
    const registrations = [
      seat('z', 'waitingList', 5),
      seat('y', 'waitingList', 5),
      seat('x', 'waitingList', 1),
    ];
    expect(waitingPositionOf('x', registrations)).toBe(1);
    expect(waitingPositionOf('y', registrations)).toBe(2);
    expect(waitingPositionOf('z', registrations)).toBe(3);
    expect(waitingPositionOf('nobody', registrations)).toBeNull();
  });
});
