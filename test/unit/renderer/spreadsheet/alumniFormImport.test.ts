import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../../renderer/spreadsheet/readSpreadsheet';
import { buildImportRows } from '../../../../shared/spreadsheet/buildImportRows';
import { detectHeaderRow } from '../../../../shared/spreadsheet/detectHeaderRow';
import { suggestMapping } from '../../../../shared/spreadsheet/importFields';
import { cellText } from '../../../../shared/spreadsheet/cellTransforms';

// The alumni registration form as coordinators receive it (Finnish headers, one "X" column per interest).
const fixture = path.resolve(__dirname, '../../../fixtures/spreadsheets/alumni-form.xlsx');

describe('the alumni form maps to the alumni profile by its headers alone', () => {
  it('fills the education record and the marked interests of each row', async () => {
    const sheet = (await readSpreadsheet('alumni-form.xlsx', new Uint8Array(await readFile(fixture))))
      .sheets[0]!;
    const headerRow = detectHeaderRow(sheet.rows);
    const headers = sheet.rows[headerRow - 1]!.map((cell) => cellText(cell ?? null));
    const mapping = suggestMapping(headers, 'people');
    const targetOf = (header: string) => mapping[headers.indexOf(header)];
    expect(targetOf('Koulutus/koulutusohjelma')).toBe('educationProgramme');
    expect(targetOf('Opintojen aloitusvuosi')).toBe('educationStartYear');
    expect(targetOf('Suoritettu tutkinto')).toBe('educationDegree');
    expect(targetOf('Valmistumisvuosi')).toBe('educationGraduationYear');
    expect(targetOf('Vierailu/osaamisen jakaminen opintojaksoilla')).toBe('interestGuestLecturing');
    expect(targetOf('Alumnitapahtumat')).toBe('interestAlumniEvents');
    expect(targetOf('Haluan poistaa tietoni alumnirekisteristä')).toBe('removalRequest');
    // Each interest column has its own target, so none is left unmapped.
    expect(headers.filter((header, column) => header !== '' && mapping[column] === '')).toEqual([
      'Vastaajan nro',
      'Vastausaika',
    ]);

    const [first] = buildImportRows(
      sheet.rows.slice(headerRow),
      { kind: 'people', mapping, nameOrder: 'lastFirst', headerRow },
      { today: '2026-11-22', knownCategories: [] },
    );
    expect(first?.kind).toBe('people');
    if (first?.kind !== 'people') return;
    expect(first.person.lastName).toBe('Öhman');
    expect(first.person.educations).toEqual([
      {
        institution: '',
        programme: 'Insinööri (AMK), rakennustekniikka',
        startYear: '2008',
        degree: 'AMK-tutkinto',
        graduationYear: '2012',
      },
    ]);
    expect(first.person.cooperationInterests).toEqual(['guestLecturing', 'internships']);
    expect(first.issues.filter((issue) => issue.isError)).toEqual([]);
  });
});
