import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import type { TestServer } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

const sampleEvent = (owningUnit: string, overrides: Record<string, unknown> = {}): WireDocument => ({
  id: randomUUID(),
  status: 'active',
  owningUnit,
  createdAt: 0,
  updatedAt: 0,
  name: 'Excel-kurssi',
  type: 'course',
  startDate: '2026-12-01',
  priceCents: 12050,
  capacity: 2,
  _deleted: false,
  ...overrides,
});

const sampleRegistration = (event: WireDocument, overrides: Record<string, unknown> = {}): WireDocument => ({
  id: randomUUID(),
  status: 'active',
  owningUnit: event.owningUnit,
  createdAt: 0,
  updatedAt: 0,
  eventId: event.id,
  personId: randomUUID(),
  registrationStatus: 'registered',
  paymentStatus: 'invoiced',
  amountCents: 12050,
  invoiceReference: '1232',
  dueDate: '2026-12-15',
  registeredAt: 1,
  _deleted: false,
  ...overrides,
});

describe.each(testDatabases)('events and registrations through the server on $name', ({ databaseUrl }) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(databaseUrl ? { databaseUrl } : {});
  }, 60_000);
  afterAll(() => server?.stop());

  it('syncs events and registrations within the unit, with money as cents and empty numbers as null', async () => {
    const team = `unit-${Math.random().toString(36).slice(2, 8)}`;
    const staff = await server.clientFor('staff', [team]);
    const colleague = await server.clientFor('staff', [team]);
    const outsider = await server.clientFor('staff', [`unit-${Math.random().toString(36).slice(2, 8)}`]);
    const event = sampleEvent(team);
    const unlimited = sampleEvent(team, {
      name: 'Webinaari',
      type: 'webinar',
      priceCents: null,
      capacity: null,
    });
    expect(
      (await staff.push('events', [{ newDocumentState: event }, { newDocumentState: unlimited }])).body,
    ).toEqual({
      conflicts: [],
    });
    const registration = sampleRegistration(event);
    expect((await staff.push('registrations', [{ newDocumentState: registration }])).body).toEqual({
      conflicts: [],
    });

    const events = (await colleague.pullAll('events')).documents;
    expect(events.get(event.id)).toMatchObject({ priceCents: 12050, capacity: 2, type: 'course' });
    expect(events.get(unlimited.id)).toMatchObject({ priceCents: null, capacity: null });
    expect((await colleague.pullAll('registrations')).documents.get(registration.id)).toMatchObject({
      eventId: event.id,
      paymentStatus: 'invoiced',
      amountCents: 12050,
    });
    expect((await outsider.pullAll('events')).documents.has(event.id)).toBe(false);
    expect((await outsider.pullAll('registrations')).documents.has(registration.id)).toBe(false);
  });

  it('refuses invalid events and registrations, and registrations outside the user’s units, writing nothing', async () => {
    const team = `unit-${Math.random().toString(36).slice(2, 8)}`;
    const staff = await server.clientFor('staff', [team]);
    const event = sampleEvent(team);
    const badCapacity = await staff.push('events', [{ newDocumentState: { ...event, capacity: 2.5 } }]);
    expect(badCapacity.status).toBe(400);
    const badStatus = await staff.push('registrations', [
      { newDocumentState: sampleRegistration(event, { registrationStatus: 'maybe' }) },
    ]);
    expect(badStatus.status).toBe(400);
    const elsewhere = await staff.push('registrations', [
      { newDocumentState: sampleRegistration(event, { owningUnit: 'main' }) },
    ]);
    expect(elsewhere.status).toBe(403);
    expect((await staff.pullAll('events')).documents.has(event.id)).toBe(false);
    expect((await staff.pullAll('registrations')).documents.size).toBe(0);
  });
});
