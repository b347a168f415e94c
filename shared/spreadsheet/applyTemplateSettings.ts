import type { CategoryValueMap } from './categoryValues';
import { multiColumnTargets, type ImportTarget } from './importFields';

/** What a saved template knows, keyed by header text (headers are not personal data). */
export type TemplateMappingParts = {
  byHeader: Record<string, ImportTarget>;
  categoryValuesByHeader?: Record<string, CategoryValueMap>;
  categoryMarkByHeader?: Record<string, string>;
};

export type AppliedTemplate = {
  mapping: (ImportTarget | '')[];
  categoryValues: Record<number, CategoryValueMap>;
  categoryMarks: Record<number, string>;
};

/** The mapping a template gives these headers; columns it does not know stay unmapped. */
export const applyTemplateSettings = (
  template: TemplateMappingParts,
  headers: readonly string[],
): AppliedTemplate => {
  const used = new Set<ImportTarget>();
  const categoryValues: Record<number, CategoryValueMap> = {};
  const categoryMarks: Record<number, string> = {};
  const mapping = headers.map((header, column): ImportTarget | '' => {
    const key = header.trim();
    const target = template.byHeader[key];
    if (!target || used.has(target)) return '';
    if (!multiColumnTargets.includes(target)) used.add(target);
    const values = template.categoryValuesByHeader?.[key];
    if (target === 'categories' && values) categoryValues[column] = { ...values };
    const mark = template.categoryMarkByHeader?.[key];
    if (target === 'categoryMark' && mark) categoryMarks[column] = mark;
    return target;
  });
  return { mapping, categoryValues, categoryMarks };
};
