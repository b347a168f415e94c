import { describe, expect, it } from 'vitest';
import { accessExportSections } from '../../../../shared/rights/accessExportSections';
import { buildAccessExport } from '../../../../shared/rights/buildAccessExport';

const person = {
  id: 'p1',
  status: 'active',
  owningUnit: 'main',
  createdAt: Date.UTC(2026, 0, 2),
  updatedAt: Date.UTC(2026, 0, 3),
  firstNames: 'Aino',
  lastName: 'Mäkinen',
  formerLastNames: ['Virtanen'],
  birthDate: '1990-05-01',
  categories: ['alumni'],
  contactLanguage: 'fi',
  emails: [{ kind: 'work', address: 'aino@example.fi' }],
  phones: [{ kind: 'mobile', number: '+358401234567' }],
  addresses: [{ kind: 'home', street: 'Katu 1', postalCode: '00100', city: 'Helsinki', country: 'FI' }],
  links: [],
  notes: '=cmd',
  _rev: '1-abc',
  _meta: { lwt: 1 },
};
const affiliation = {
  id: 'a1',
  personId: 'p1',
  organisationId: 'o1',
  role: 'Lecturer',
  startDate: '2020-01-01',
  endDate: '',
  isPrimary: true,
  status: 'active',
};

const registration = {
  id: 'r1',
  eventId: 'e1',
  personId: 'p1',
  registrationStatus: 'attended',
  paymentStatus: 'paid',
  amountCents: 4500,
  status: 'active',
};

describe('buildAccessExport', () => {
  const build = () =>
    buildAccessExport({
      personId: 'p1',
      sections: accessExportSections,
      recordsOf: (section) =>
        section.key === 'person'
          ? [person]
          : section.key === 'affiliations'
            ? [affiliation]
            : section.key === 'registrations'
              ? [registration]
              : [],
      organisationName: (id) => (id === 'o1' ? 'Oy Esimerkki Ab' : ''),
      nameOf: (kind, id) => (kind === 'event' && id === 'e1' ? 'Alumni day' : ''),
      categoryLabel: (key) => `label:${key}`,
      translate: (key) => `t:${key}`,
      now: Date.UTC(2026, 10, 22, 12),
    });

  it('gives JSON with stable keys, stored values and organisation names, without RxDB bookkeeping', () => {
    const { json } = build();
    expect(json).toMatchObject({ format: 'kontakt-subject-access', formatVersion: 1, personId: 'p1' });
    expect(json.exportedAt).toBe('2026-11-22T12:00:00.000Z');
    expect(Object.keys(json.sections)).toEqual([
      'person',
      'affiliations',
      'rightsRequests',
      'consents',
      'marketingBans',
      'listMemberships',
      'registrations',
      'relations',
      'activities',
      'accessLog',
    ]);
    const stored = json.sections.person as Record<string, unknown>;
    expect(stored.emails).toEqual(person.emails);
    expect(stored).not.toHaveProperty('_rev');
    expect(stored).not.toHaveProperty('_meta');
    expect(json.sections.affiliations).toEqual([{ ...affiliation, organisationName: 'Oy Esimerkki Ab' }]);
    expect(json.sections.rightsRequests).toEqual([]);
  });

  it('names referenced records in the sheet by their display name, falling back to the id', () => {
    const { sheets } = build();
    const sheet = sheets.find((item) => item.name === 't:rights.export.sections.registrations');
    expect(sheet?.rows[0]?.[0]).toBe('Alumni day');
    expect(sheet?.rows[0]?.[1]).toBe('t:events.statuses.attended');
    const activities = sheets.find((item) => item.name === 't:rights.export.sections.activities');
    expect(activities?.header).not.toContain('t:activity.fields.people');
  });

  it('gives one sheet per section with translated headers and readable values', () => {
    const { sheets } = build();
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      't:rights.export.sections.person',
      't:rights.export.sections.affiliations',
      't:rights.export.sections.rightsRequests',
      't:rights.export.sections.consents',
      't:consent.ban.history',
      't:rights.export.sections.listMemberships',
      't:rights.export.sections.registrations',
      't:rights.export.sections.relations',
      't:rights.export.sections.activities',
      't:rights.export.sections.accessLog',
    ]);
    const [personSheet, affiliationSheet] = sheets;
    expect(personSheet!.header).toEqual(['t:rights.export.field', 't:rights.export.value']);
    const value = (label: string) => personSheet!.rows.find((row) => row[0] === label)?.[1];
    expect(value('t:fields.lastName')).toBe('Mäkinen');
    expect(value('t:fields.birthDate')).toEqual({ date: '1990-05-01' });
    expect(value('t:fields.categories')).toBe('label:alumni');
    expect(value('t:fields.contactLanguage')).toBe('t:contactLanguages.fi');
    expect(value('t:fields.addresses')).toBe('Katu 1, 00100 Helsinki, FI');
    expect(value('t:fields.createdAt')).toBe('2026-01-02T00:00:00.000Z');
    expect(affiliationSheet!.header[0]).toBe('t:fields.organisation');
    expect(affiliationSheet!.rows[0]!.slice(0, 6)).toEqual([
      'Oy Esimerkki Ab',
      'Lecturer',
      '',
      { date: '2020-01-01' },
      null,
      't:common.yes',
    ]);
  });
});
