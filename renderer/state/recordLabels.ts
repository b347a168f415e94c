import type { CategoryOption, Organisation, Person } from '../../shared/model';

export const personDisplayName = (
  person: Pick<Person, 'firstNames' | 'lastName' | 'preferredName'>,
): string => `${person.preferredName || person.firstNames} ${person.lastName}`.trim();

export const personSortName = (person: Pick<Person, 'firstNames' | 'lastName'>): string =>
  `${person.lastName} ${person.firstNames}`;

export const organisationDisplayName = (organisation: Pick<Organisation, 'name'>): string =>
  organisation.name;

/** Built-in categories are translated by key; ones users added are shown by their label. */
export const categoryLabel = (
  option: CategoryOption | undefined,
  key: string,
  scope: 'person' | 'organisation',
  t: (key: string) => string,
): string => {
  if (option && !option.isBuiltIn) return option.label;
  if (option?.isBuiltIn || !option) {
    const translated = t(`categories.${scope}.${key}`);
    return translated.startsWith('categories.') ? key : translated;
  }
  return key;
};
