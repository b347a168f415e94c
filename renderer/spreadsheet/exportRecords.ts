import type { Organisation, Person } from '../../shared/model';
import {
  organisationExportValue,
  personExportValue,
  type ExportColumnKey,
  type ExportContext,
} from './exportColumns';
import type { XlsxSheet } from './writeXlsx';

const cachedLabel = (label: (key: string) => string): ((key: string) => string) => {
  const labels = new Map<string, string>();
  return (key) => {
    let text = labels.get(key);
    if (text === undefined) {
      text = label(key);
      labels.set(key, text);
    }
    return text;
  };
};

// A translated label costs an i18next lookup (~5 µs); 75 000 rows ask for the same few labels again and again.
const withCachedLabels = (context: ExportContext): ExportContext => ({
  organisationOf: context.organisationOf,
  categoryLabel: cachedLabel(context.categoryLabel),
  sectorLabel: cachedLabel(context.sectorLabel),
  statusLabel: cachedLabel(context.statusLabel),
});

/** One sheet of people or organisations with the chosen columns; headers come translated from the caller. */
export const buildExportSheet = (options: {
  name: string;
  columns: readonly ExportColumnKey[];
  header: (key: ExportColumnKey) => string;
  context: ExportContext;
  records:
    { kind: 'people'; items: readonly Person[] } | { kind: 'organisations'; items: readonly Organisation[] };
}): XlsxSheet => {
  const { columns, records } = options;
  const context = withCachedLabels(options.context);
  const rows =
    records.kind === 'people'
      ? records.items.map((person) => columns.map((key) => personExportValue(person, key, context)))
      : records.items.map((organisation) =>
          columns.map((key) => organisationExportValue(organisation, key, context)),
        );
  return { name: options.name, header: columns.map(options.header), rows };
};

/**
 * The rows of a mailing list: active people with an e-mail address. There is no marketing ban or consent
 * in the register yet; when consents arrive, this is the one place that must also leave out people
 * without consent for the purpose.
 */
export const buildMailingRows = (
  people: readonly Person[],
  organisationOf: (personId: string) => Organisation | undefined,
): { rows: string[][]; leftOut: number } => {
  const rows: string[][] = [];
  let leftOut = 0;
  for (const person of people) {
    const email = person.emails[0]?.address;
    if (person.status !== 'active' || !email) {
      leftOut += 1;
      continue;
    }
    rows.push([email, person.firstNames, person.lastName, organisationOf(person.id)?.name ?? '']);
  }
  return { rows, leftOut };
};
