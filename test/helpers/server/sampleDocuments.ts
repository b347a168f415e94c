import { randomUUID } from 'node:crypto';
import type { WireDocument } from '../../../shared/sync/syncProtocol';

/** A valid person as a client pushes it; the server sets the timestamps and authors. */
export const samplePerson = (
  overrides: Partial<WireDocument> & Record<string, unknown> = {},
): WireDocument => ({
  id: randomUUID(),
  status: 'active',
  owningUnit: 'main',
  createdAt: 0,
  updatedAt: 0,
  firstNames: 'Aino',
  lastName: 'Mäkinen',
  emails: [{ kind: 'work', address: 'aino.makinen@example.fi' }],
  phones: [{ kind: 'mobile', number: '040 123 4567' }],
  notes: '',
  _deleted: false,
  ...overrides,
});

export const sampleOrganisation = (
  overrides: Partial<WireDocument> & Record<string, unknown> = {},
): WireDocument => ({
  id: randomUUID(),
  status: 'active',
  owningUnit: 'main',
  createdAt: 0,
  updatedAt: 0,
  name: 'Oy Esimerkki Ab',
  _deleted: false,
  ...overrides,
});

/** What a client pushes to delete: the personal fields already blanked. */
export const tombstoneOf = (document: WireDocument): WireDocument => ({
  id: document.id,
  status: document.status,
  owningUnit: document.owningUnit,
  createdAt: document.createdAt,
  updatedAt: document.updatedAt,
  firstNames: '',
  lastName: '',
  _deleted: true,
});
