import type { UiLanguage } from '../../shared/i18n/resources';

/** Device-level UI preferences; nothing personal, so they live in plain localStorage. */
export type ThemePreference = 'system' | 'light' | 'dark';
export type Preferences = { language: UiLanguage | null; theme: ThemePreference };

const key = 'kontakt.preferences';

export const readPreferences = (): Preferences => {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Preferences>;
    return { language: stored.language ?? null, theme: stored.theme ?? 'system' };
  } catch {
    return { language: null, theme: 'system' };
  }
};

export const writePreferences = (preferences: Preferences) =>
  localStorage.setItem(key, JSON.stringify(preferences));
