import { describe, expect, it } from 'vitest';
import {
  assignTarget,
  duplicateHeaderColumns,
  suggestMapping,
} from '../../../../shared/spreadsheet/importFields';
import { detectHeaderRow } from '../../../../shared/spreadsheet/detectHeaderRow';

describe('header suggestions', () => {
  it('recognises Finnish, Swedish and English headers', () => {
    expect(
      suggestMapping(['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin', 'Y-tunnus', 'Titteli'], 'people'),
    ).toEqual(['firstNames', 'lastName', 'email', 'phone', 'businessId', 'title']);
    expect(
      suggestMapping(
        ['Förnamn', 'Efternamn', 'E-post', 'Telefon', 'Organisation', 'FO-nummer', 'Postnummer', 'Postort'],
        'people',
      ),
    ).toEqual([
      'firstNames',
      'lastName',
      'email',
      'phone',
      'organisationName',
      'businessId',
      'postalCode',
      'city',
    ]);
    expect(
      suggestMapping(
        ['First name', 'Last name', 'Email', 'Phone', 'Address', 'Postal code', 'City'],
        'people',
      ),
    ).toEqual(['firstNames', 'lastName', 'email', 'phone', 'street', 'postalCode', 'city']);
  });

  it('matches headers with a qualifier and prefers longer aliases', () => {
    expect(
      suggestMapping(['Nimi', 'Sähköposti (henkilökohtainen)', 'Yrityksen nimi', 'Kurssi'], 'people'),
    ).toEqual(['fullName', 'email', 'organisationName', '']);
  });

  it('gives a field to one column only and tries our own export headers first', () => {
    expect(suggestMapping(['Sukunimi', 'Sukunimi'], 'people')).toEqual(['lastName', '']);
    expect(suggestMapping(['Eget namn'], 'organisations', { name: ['Eget namn'] })).toEqual(['name']);
  });

  it('moves a field when the user assigns it to another column', () => {
    expect(assignTarget(['email', 'phone', ''], 2, 'email')).toEqual(['', 'phone', 'email']);
    expect(assignTarget(['email', 'phone'], 1, '')).toEqual(['email', '']);
  });

  it('finds repeated headers and the header row under a title line', () => {
    expect(duplicateHeaderColumns(['Nimi', 'nimi ', 'Puhelin', ''])).toEqual([1]);
    expect(
      detectHeaderRow([
        [{ kind: 'text', text: 'Raportti 1.3.2026' }],
        [],
        [
          { kind: 'text', text: 'Nimi' },
          { kind: 'text', text: 'Puhelin' },
        ],
        [
          { kind: 'text', text: 'Anna' },
          { kind: 'number', value: 401234567 },
        ],
      ]),
    ).toBe(3);
  });
});
