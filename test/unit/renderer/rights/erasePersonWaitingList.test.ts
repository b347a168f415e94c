import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryRegister } from '../../../helpers/memoryRegister';
import type { KontaktEvent, Registration } from '../../../../shared/model';
import type { RegisterDatabase } from '../../../../renderer/db/openRegisterDatabase';
import { erasePerson } from '../../../../renderer/rights/erasePerson';
import type { SyncController } from '../../../../renderer/sync/syncController';
import { syntheticPeople } from '../../../helpers/syntheticPeople';

// A register that was never signed in: erasure stays local.
const offline = { serverSession: () => null } as unknown as SyncController;

const course = (capacity: number | null): KontaktEvent => ({
  id: 'course',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  name: 'Excel for coordinators',
  type: 'course',
  startDate: '2027-01-20',
  startTime: '',
  endDate: '',
  endTime: '',
  place: '',
  priceCents: null,
  capacity,
  description: '',
  createdBy: '',
  updatedBy: '',
});

const registration = (
  id: string,
  personId: string,
  registrationStatus: Registration['registrationStatus'],
  registeredAt: number,
): Registration => ({
  id,
  status: 'active',
  owningUnit: 'main',
  createdAt: registeredAt,
  updatedAt: registeredAt,
  eventId: 'course',
  personId,
  registrationStatus,
  paymentStatus: 'unpaid',
  amountCents: null,
  invoiceReference: '',
  dueDate: '',
  registeredAt,
  note: '',
  createdBy: '',
  updatedBy: '',
});

describe('erasing a person who held a seat', () => {
  let database: RegisterDatabase | null = null;
  afterEach(async () => {
    await database?.close().catch(() => undefined);
    database = null;
  });

  type Status = Registration['registrationStatus'];
  const statusesAfterErasing = async (erasedStatus: Status, firstStatus: Status) => {
    database = await openMemoryRegister();
    const [erased, first, second] = syntheticPeople(3, 1);
    await database.people.bulkInsert([erased!, first!, second!]);
    await database.events.insert(course(1));
    await database.registrations.bulkInsert([
      registration('r-erased', erased!.id, erasedStatus, 1),
      registration('r-first', first!.id, firstStatus, 2),
      registration('r-second', second!.id, 'waitingList', 3),
    ]);
    const report = await erasePerson({
      database,
      sync: offline,
      personId: erased!.id,
      handledBy: 'coordinator',
      today: '2026-12-03',
    });
    const statuses = Object.fromEntries(
      (await database.registrations.find().exec()).map((document) => [
        document.id,
        (document.toJSON() as Registration).registrationStatus,
      ]),
    );
    return { report, statuses, firstId: first!.id };
  };

  it('gives the seat to the first on the waiting list and reports who moved up', async () => {
    const { report, statuses, firstId } = await statusesAfterErasing('registered', 'waitingList');
    expect(statuses).toEqual({ 'r-first': 'registered', 'r-second': 'waitingList' });
    expect(report.promoted.map((r) => r.personId)).toEqual([firstId]);
  });

  it('moves nobody up when the erased person was only waiting', async () => {
    const { report, statuses } = await statusesAfterErasing('waitingList', 'registered');
    expect(report.promoted).toEqual([]);
    expect(statuses).toEqual({ 'r-first': 'registered', 'r-second': 'waitingList' });
  });
});
