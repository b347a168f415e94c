import type { AccessColumn, AccessExportSection, AccessNameKind } from './accessExportSections';

/** A spreadsheet cell: text, number, flag or an ISO date (shaped like the renderer's XlsxValue). */
export type AccessCell = string | number | boolean | { date: string } | null;
export type AccessSheet = { name: string; header: string[]; rows: AccessCell[][] };

export type AccessExportJson = {
  format: 'kontakt-subject-access';
  formatVersion: 1;
  exportedAt: string;
  personId: string;
  /** Section key → the person's record (layout record) or their records (layout table). */
  sections: Record<string, Record<string, unknown> | Record<string, unknown>[] | null>;
};

export type AccessExportInput = {
  personId: string;
  sections: readonly AccessExportSection[];
  /** The stored records of each section's collection that reference the person. */
  recordsOf: (section: AccessExportSection) => readonly Record<string, unknown>[];
  organisationName: (id: string) => string;
  /** The display name behind an id of a `name` column ('' when unknown). */
  nameOf: (kind: AccessNameKind, id: string) => string;
  categoryLabel: (key: string) => string;
  translate: (key: string) => string;
  now: number;
};

// RxDB's bookkeeping is not data about the person.
const bookkeeping = new Set(['_rev', '_meta', '_deleted', '_attachments']);

const cleanRecord = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([field]) => !bookkeeping.has(field))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

const entries = (value: unknown): Record<string, string>[] =>
  Array.isArray(value) ? (value as Record<string, string>[]) : [];

const cellOf = (column: AccessColumn, value: unknown, input: AccessExportInput): AccessCell => {
  const text = typeof value === 'string' ? value : '';
  switch (column.format ?? 'text') {
    case 'date':
      return text === '' ? null : { date: text };
    case 'timestamp':
      return typeof value === 'number' && value > 0 ? new Date(value).toISOString() : null;
    case 'list':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'flag':
      return input.translate(value === true ? 'common.yes' : 'common.no');
    case 'choice':
      return text === '' ? '' : input.translate(`${column.valueKeyPrefix}.${text}`);
    case 'categories':
      return Array.isArray(value) ? value.map((key) => input.categoryLabel(String(key))).join(', ') : '';
    case 'emails':
      return entries(value)
        .map((entry) => entry.address)
        .join(', ');
    case 'phones':
      return entries(value)
        .map((entry) => entry.number)
        .join(', ');
    case 'links':
      return entries(value)
        .map((entry) => entry.url)
        .join(', ');
    case 'addresses':
      return entries(value)
        .map((entry) =>
          [entry.street, [entry.postalCode, entry.city].filter(Boolean).join(' '), entry.country]
            .filter(Boolean)
            .join(', '),
        )
        .join('; ');
    case 'organisationName':
      return input.organisationName(text);
    case 'name': {
      const kind = column.nameKind ?? 'record';
      const ids = Array.isArray(value) ? value.map(String) : text === '' ? [] : [text];
      return ids.map((id) => input.nameOf(kind, id) || id).join(', ');
    }
    case 'text':
      return typeof value === 'number' ? value : text;
  }
};

/**
 * Everything held about one person as a workbook (one sheet per section, translated headers) and as
 * JSON with stable keys: the stored field names, plus `organisationName` beside each organisation id.
 * Pure: the caller reads the records and writes the files.
 */
export const buildAccessExport = (
  input: AccessExportInput,
): { json: AccessExportJson; sheets: AccessSheet[] } => {
  const json: AccessExportJson = {
    format: 'kontakt-subject-access',
    formatVersion: 1,
    exportedAt: new Date(input.now).toISOString(),
    personId: input.personId,
    sections: {},
  };
  const sheets: AccessSheet[] = [];
  for (const section of input.sections) {
    const records = input.recordsOf(section).map(cleanRecord);
    const withNames = records.map((record) => {
      const named = section.columns.filter((column) => column.format === 'organisationName');
      return named.length === 0
        ? record
        : {
            ...record,
            ...Object.fromEntries(
              named.map((column) => [
                'organisationName',
                input.organisationName(String(record[column.field])),
              ]),
            ),
          };
    });
    json.sections[section.key] = section.layout === 'record' ? (withNames[0] ?? null) : withNames;
    const name = input.translate(section.titleKey);
    if (section.layout === 'record') {
      const record = records[0] ?? {};
      sheets.push({
        name,
        header: [input.translate('rights.export.field'), input.translate('rights.export.value')],
        rows: section.columns.map((column) => [
          input.translate(column.labelKey),
          cellOf(column, record[column.field], input),
        ]),
      });
    } else {
      sheets.push({
        name,
        header: section.columns.map((column) => input.translate(column.labelKey)),
        rows: records.map((record) =>
          section.columns.map((column) => cellOf(column, record[column.field], input)),
        ),
      });
    }
  }
  return { json, sheets };
};
