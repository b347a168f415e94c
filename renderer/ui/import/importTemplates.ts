import type { ImportKind, ImportTarget } from '../../../shared/spreadsheet/importFields';
import type { NameOrder } from '../../../shared/spreadsheet/cellTransforms';

/**
 * A saved column mapping: header names to fields. Headers are not personal data, so templates live in
 * localStorage, outside the encrypted register, and survive locking.
 */
export type ImportTemplate = {
  name: string;
  kind: ImportKind;
  nameOrder: NameOrder;
  byHeader: Record<string, ImportTarget>;
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

/** The mapping a template gives these headers; columns it does not know stay unmapped. */
export const applyTemplate = (
  template: ImportTemplate,
  headers: readonly string[],
): (ImportTarget | '')[] => {
  const used = new Set<ImportTarget>();
  return headers.map((header) => {
    const target = template.byHeader[header.trim()];
    if (!target || used.has(target)) return '';
    used.add(target);
    return target;
  });
};
