/** Every leaf widened to string, so a translation must have the English key structure but its own words. */
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type FeatureTexts<T> = { en: T; fi: Widen<T>; sv: Widen<T> };

/**
 * One feature's texts in all three languages, kept in one file under features/ so that
 * features can grow without everyone editing en.ts, fi.ts and sv.ts. English is the
 * source of the key structure; the typecheck fails on a Finnish or Swedish key missing.
 */
export const defineFeatureTexts = <const T>(texts: FeatureTexts<T>): FeatureTexts<T> => texts;
