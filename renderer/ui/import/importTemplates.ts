import type { TemplateMappingParts } from '../../../shared/spreadsheet/applyTemplateSettings';
import type { ImportKind } from '../../../shared/spreadsheet/importFields';
import type { NameOrder } from '../../../shared/spreadsheet/cellTransforms';

/**
 * A saved column mapping: header names to fields. Headers are not personal data, so templates live in
 * localStorage, outside the encrypted register, and survive locking.
 */
export type ImportTemplate = TemplateMappingParts & {
  name: string;
  kind: ImportKind;
  nameOrder: NameOrder;
};

const storageKey = 'kontakt.importTemplates';

export const readTemplates = (): ImportTemplate[] => {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as ImportTemplate[]) : [];
  } catch {
    return [];
  }
};

export const saveTemplate = (template: ImportTemplate): void => {
  const others = readTemplates().filter((current) => current.name !== template.name);
  localStorage.setItem(storageKey, JSON.stringify([...others, template]));
};
