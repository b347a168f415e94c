import type { RxCollection } from 'rxdb';
import type { PlatformApi } from '../../shared/platform/PlatformApi';
import { accessExportSections } from '../../shared/rights/accessExportSections';
import { buildAccessExport, type AccessExportJson } from '../../shared/rights/buildAccessExport';
import { categoryLabel } from '../state/recordLabels';
import type { RegisterStore } from '../state/registerStore';
import { writeXlsx } from '../spreadsheet/writeXlsx';

export type AccessFormat = 'xlsx' | 'json';

/**
 * Reads every registered section's records about the person straight from storage (not from the
 * lists, which leave restricted people out) and builds the export.
 */
export const collectPersonData = async (
  store: RegisterStore,
  personId: string,
  translate: (key: string) => string,
) => {
  const recordsBySection = new Map<string, Record<string, unknown>[]>();
  for (const section of accessExportSections) {
    const collection = (store.database.collections as Record<string, RxCollection | undefined>)[
      section.collection
    ];
    const documents = collection
      ? await collection.find({ selector: { [section.personField]: personId } }).exec()
      : [];
    recordsBySection.set(
      section.key,
      documents.map((document) => document.toJSON() as Record<string, unknown>),
    );
  }
  const options = store.settings().personCategories;
  return buildAccessExport({
    personId,
    sections: accessExportSections,
    recordsOf: (section) => recordsBySection.get(section.key) ?? [],
    organisationName: (id) => store.organisations.get(id)?.name ?? '',
    categoryLabel: (key) =>
      categoryLabel(
        options.find((option) => option.key === key),
        key,
        'person',
        translate,
      ),
    translate,
    now: Date.now(),
  });
};

/** Saves the person's data as .xlsx (one sheet per section) or JSON; false when the user cancelled. */
export const exportPersonData = async (options: {
  store: RegisterStore;
  platform: PlatformApi;
  personId: string;
  format: AccessFormat;
  fileName: string;
  translate: (key: string) => string;
}): Promise<boolean> => {
  const { json, sheets } = await collectPersonData(options.store, options.personId, options.translate);
  if (options.format === 'json') {
    const text = `${JSON.stringify(json satisfies AccessExportJson, null, 2)}\n`;
    return options.platform.saveFile({
      suggestedName: `${options.fileName}.json`,
      bytes: new TextEncoder().encode(text),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
  }
  return options.platform.saveFile({
    suggestedName: `${options.fileName}.xlsx`,
    bytes: await writeXlsx(sheets),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
};
