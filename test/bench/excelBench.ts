import ExcelJS from 'exceljs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { defaultUnit, emptyAlumniProfile, type Organisation, type Person } from '../../shared/model';
import { buildImportRows } from '../../shared/spreadsheet/buildImportRows';
import { cellText } from '../../shared/spreadsheet/cellTransforms';
import { detectHeaderRow } from '../../shared/spreadsheet/detectHeaderRow';
import { suggestMapping } from '../../shared/spreadsheet/importFields';
import { buildWritePlan, planImport, type RegisterSnapshot } from '../../shared/spreadsheet/planImport';
import { openRegisterDatabase } from '../../renderer/db/openRegisterDatabase';
import { commitImport } from '../../renderer/spreadsheet/commitImport';
import { buildExportSheet } from '../../renderer/spreadsheet/exportRecords';
import { personExportColumns } from '../../renderer/spreadsheet/exportColumns';
import { readSpreadsheet } from '../../renderer/spreadsheet/readSpreadsheet';
import { writeXlsx } from '../../renderer/spreadsheet/writeXlsx';
import type { BenchSection, BenchSuite } from './benchTypes';

const rowCount = 50_000;
const registerSize = 50_000;
const firstNames = ['Anna', 'Matti', 'Åsa', 'Jörgen', 'Päivi', 'Oskari', 'Märta', 'Ville'];
const lastNames = ['Virtanen', 'Korhonen', 'Öhman', 'Söderberg', 'Hämäläinen', 'Lindqvist', 'Ek', 'Åberg'];
const organisations = ['Pohjolan Koulutus Oy', 'Vasa Trä Ab', 'Åbo Marin Ab', 'Keski-Suomen Energia Oy'];

const registerPerson = (index: number): Person => ({
  id: `reg-${index}`,
  status: 'active',
  owningUnit: defaultUnit,
  createdAt: 1,
  updatedAt: 1,
  firstNames: firstNames[index % 8]!,
  lastName: `${lastNames[(index >> 3) % 8]!}${index}`,
  formerLastNames: [],
  preferredName: '',
  birthDate: '',
  title: '',
  categories: [],
  tags: [],
  contactLanguage: '',
  nationality: '',
  emails: [{ kind: 'work', address: `person${index}@example.fi` }],
  phones: [],
  addresses: [],
  links: [],
  notes: '',
  ...emptyAlumniProfile,
  createdBy: '',
  updatedBy: '',
});

/** Half the sheet is people already in the register (matched by e-mail, some get a title), half is new. */
const buildSheet = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Osallistujat');
  sheet.addRow([
    'Etunimi',
    'Sukunimi',
    'Sähköposti',
    'Puhelin',
    'Organisaatio',
    'Titteli',
    'Postinumero',
    'Postitoimipaikka',
  ]);
  for (let row = 0; row < rowCount; row += 1) {
    const index = row % 2 === 0 ? row : registerSize + row;
    sheet.addRow([
      firstNames[index % 8],
      `${lastNames[(index >> 3) % 8]}${index}`,
      ` PERSON${index}@EXAMPLE.FI `,
      row % 3 === 0 ? 401000000 + row : `040 ${String(1000000 + row).slice(0, 7)}`,
      organisations[row % 4],
      row % 4 === 0 ? 'Suunnittelija' : '',
      row % 5 === 0 ? 100 : '20100',
      'Turku',
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const peakMemory = () => {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
};

const seconds = (started: number) => (performance.now() - started) / 1000;

const run = async (): Promise<BenchSection[]> => {
  const bytes = await buildSheet();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const database = await openRegisterDatabase(`bench-${Date.now()}`, key, getRxStorageMemory());
  const people = new Map<string, Person>();
  for (let index = 0; index < registerSize; index += 1) people.set(`reg-${index}`, registerPerson(index));
  const all = [...people.values()];
  for (let index = 0; index < all.length; index += 5000)
    await database.people.bulkInsert(all.slice(index, index + 5000));
  const snapshot: RegisterSnapshot = {
    people,
    organisations: new Map<string, Organisation>(),
    affiliations: new Map(),
  };

  // One untimed parse first, so neither the baseline nor the pipeline pays for JIT warm-up.
  await new ExcelJS.Workbook().xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const parseStarted = performance.now();
  const baseline = new ExcelJS.Workbook();
  await baseline.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const parseSeconds = seconds(parseStarted);

  const rssBefore = process.memoryUsage().rss;
  const stopMemory = peakMemory();
  const importStarted = performance.now();
  const workbook = await readSpreadsheet('bench.xlsx', bytes);
  const sheet = workbook.sheets[0]!;
  const headerRow = detectHeaderRow(sheet.rows);
  const mapping = suggestMapping(sheet.rows[headerRow - 1]!.map(cellText), 'people');
  const readSeconds = seconds(importStarted);
  const context = { today: '2026-11-22', knownCategories: [] };
  const candidates = buildImportRows(
    sheet.rows.slice(headerRow),
    { kind: 'people', mapping, nameOrder: 'firstLast', headerRow },
    context,
  );
  const planned = planImport(candidates, snapshot);
  const plan = buildWritePlan(planned, new Map(), snapshot, {
    batchId: 'bench',
    now: Date.now(),
    newId: () => crypto.randomUUID(),
    context,
  });
  const planSeconds = seconds(importStarted) - readSeconds;
  await commitImport(
    database,
    plan,
    {
      id: 'bench',
      startedAt: Date.now(),
      fileName: 'bench.xlsx',
      kind: 'people',
      counts: { created: 0, updated: 0, skipped: 0, invalid: 0 },
    },
    { onProgress: () => undefined, signal: new AbortController().signal },
  );
  const importSeconds = seconds(importStarted);
  const peak = stopMemory();
  const writeSeconds = importSeconds - readSeconds - planSeconds;

  const exportStarted = performance.now();
  const exportPeople = [...people.values()];
  const exportBytes = await writeXlsx([
    buildExportSheet({
      name: 'People',
      columns: personExportColumns,
      header: (column) => column,
      context: {
        organisationOf: () => undefined,
        categoryLabel: (key) => key,
        sectorLabel: (key) => key,
        statusLabel: (status) => status,
      },
      records: { kind: 'people', items: exportPeople },
    }),
  ]);
  const exportSeconds = seconds(exportStarted);
  await database.close();
  const created = plan.creates.filter((item) => item.collection === 'people').length;
  return [
    {
      title: `Excel import: ${rowCount.toLocaleString('en')} people rows against a register of ${registerSize.toLocaleString('en')}`,
      rows: [
        { name: 'exceljs parse alone', value: parseSeconds, unit: 's' },
        { name: 'read (exceljs + cell conversion)', value: readSeconds, unit: 's' },
        { name: 'validate + match + merge plan', value: planSeconds, unit: 's' },
        { name: 'encrypted write (RxDB, AES-GCM)', value: writeSeconds, unit: 's' },
        {
          name: 'import end to end',
          value: importSeconds,
          unit: 's',
          baseline: 'exceljs parse alone',
          ratio: importSeconds / parseSeconds,
          target: '≤ 3× and ≤ 15 s',
          isMet: importSeconds / parseSeconds <= 3 && importSeconds <= 15,
        },
        {
          name: 'peak RSS during import',
          value: peak / 1024 / 1024,
          unit: 'MB',
          baseline: `${(rssBefore / 1024 / 1024).toFixed(0)} MB before`,
        },
        {
          name: `export of ${exportPeople.length.toLocaleString('en')} people to .xlsx`,
          value: exportSeconds,
          unit: 's',
          target: '≤ 5 s',
          isMet: exportSeconds <= 5,
        },
      ],
      notes: [
        `${created} created, ${plan.updates.length} updated; export file ${(exportBytes.length / 1024 / 1024).toFixed(1)} MB.`,
        'Node with RxDB memory storage behind the real AES-GCM wrapper; in the app the wrapper sits on Dexie/IndexedDB, whose write cost is not in these numbers.',
      ],
    },
  ];
};

export const bench: BenchSuite = { name: 'excel', run };
