/** Statistics whose title and row header live in their feature's texts instead of `stats.*`. */
const featureTextKeys: Record<string, { titles: string; rowHeaders: string }> = {
  peopleByTag: { titles: 'tags.stats.byTag', rowHeaders: 'tags.stats.rowHeader' },
};

/** The i18n key of a statistic's title or row header. */
export const statisticTextKey = (key: string, part: 'titles' | 'rowHeaders'): string =>
  featureTextKeys[key]?.[part] ?? `stats.${part}.${key}`;
