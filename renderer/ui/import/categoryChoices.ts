import type { CategoryOption, CategoryScope } from '../../../shared/model';
import { resources } from '../../../shared/i18n/resources';
import type { CategoryChoice } from '../../../shared/spreadsheet/categoryValues';

type Languages = keyof typeof resources;

/**
 * The enabled categories with every name a file may use for them: a built-in one by its label in each UI
 * language (files come in any of them), a custom one by the label users gave it.
 */
export const categoryChoices = (options: readonly CategoryOption[], scope: CategoryScope): CategoryChoice[] =>
  options
    .filter((option) => option.isEnabled)
    .map((option) => ({
      key: option.key,
      names: option.isBuiltIn
        ? (Object.keys(resources) as Languages[])
            .map(
              (language) =>
                (
                  resources[language].translation as unknown as {
                    categories: Record<CategoryScope, Record<string, string>>;
                  }
                ).categories[scope][option.key] ?? '',
            )
            .filter((name) => name !== '')
        : [option.label],
    }));
