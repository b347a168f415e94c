import type { Contactability } from '../../shared/consent/consentHistory';
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

/** Why people were left out of a mailing list, so the user is told (translated) rather than guessing. */
export type MailingLeftOut = { inactive: number; banned: number; noConsent: number };

/**
 * The rows of a mailing list: active people with an e-mail address who may be contacted. `contactabilityOf`
 * (from the consent feature) leaves out people with a direct-marketing ban and, when a purpose was chosen,
 * people without a given consent for it; without it only status and e-mail are checked.
 */
export const buildMailingRows = (
  people: readonly Person[],
  organisationOf: (personId: string) => Organisation | undefined,
  contactabilityOf: (personId: string) => Contactability = () => 'contactable',
): { rows: string[][]; personIds: string[]; leftOut: number; leftOutBy: MailingLeftOut } => {
  const rows: string[][] = [];
  // Who is in the file, for the access log.
  const personIds: string[] = [];
  const leftOutBy: MailingLeftOut = { inactive: 0, banned: 0, noConsent: 0 };
  for (const person of people) {
    const email = person.emails[0]?.address;
    if (person.status !== 'active' || !email) {
      leftOutBy.inactive += 1;
      continue;
    }
    const contactability = contactabilityOf(person.id);
    if (contactability !== 'contactable') {
      leftOutBy[contactability] += 1;
      continue;
    }
    rows.push([email, person.firstNames, person.lastName, organisationOf(person.id)?.name ?? '']);
    personIds.push(person.id);
  }
  return { rows, personIds, leftOut: leftOutBy.inactive + leftOutBy.banned + leftOutBy.noConsent, leftOutBy };
};
