import type { PlatformApi } from '../../shared/platform/PlatformApi';
import { accessExportSections } from '../../shared/rights/accessExportSections';
import { buildAccessExport, type AccessExportJson } from '../../shared/rights/buildAccessExport';
import { categoryLabel, personDisplayName } from '../state/recordLabels';
import { consentSettingsOf } from '../../shared/consent/consentPurposes';
import { relationTypesOf } from '../../shared/relations/relationTypes';
import type { AccessNameKind } from '../../shared/rights/accessExportSections';
import type { RegisterStore } from '../state/registerStore';
import { writeXlsx } from '../spreadsheet/writeXlsx';
import { findRecordsAbout } from './findRecordsAbout';

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
    const documents = await findRecordsAbout(store.database, section, personId);
    recordsBySection.set(
      section.key,
      documents.map((document) => document.toJSON() as Record<string, unknown>),
    );
  }
  const settings = store.settings();
  const options = store.categoryOptions('person');
  // Events and lists are few; their names are read once rather than per row.
  const names = async (collection: 'events' | 'contactLists') =>
    new Map(
      (await store.database[collection].find().exec()).map((document) => [
        document.primary,
        String(document.get('name') ?? ''),
      ]),
    );
  const eventNames = await names('events');
  const listNames = await names('contactLists');
  const relationTypes = relationTypesOf(settings);
  const { purposes } = consentSettingsOf(settings);
  const nameOf = (kind: AccessNameKind, id: string): string => {
    switch (kind) {
      case 'record': {
        const person = store.people.get(id);
        return person ? personDisplayName(person) : (store.organisations.get(id)?.name ?? '');
      }
      case 'event':
        return eventNames.get(id) ?? '';
      case 'contactList':
        return listNames.get(id) ?? '';
      case 'relationType': {
        const type = relationTypes.find((item) => item.key === id);
        if (!type) return id;
        return type.isBuiltIn ? translate(`activity.relations.types.${id}.forward`) : type.forward;
      }
      case 'consentPurpose': {
        const purpose = purposes.find((item) => item.key === id);
        if (!purpose) return id;
        return purpose.isBuiltIn ? translate(`consent.purposes.${id}`) : purpose.label;
      }
    }
  };
  return buildAccessExport({
    nameOf,
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
