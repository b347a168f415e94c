import type { UiLanguage } from '../../shared/i18n/resources';
import { platformGlobalName } from '../../shared/platform/PlatformApi';

/**
 * Lets the desktop app relabel its native menu after a UI language change. A no-op in the browser.
 * Separate from PlatformApi until that type declares it (see electron/desktopPlatformApi.ts).
 */
export const tellMenuLanguage = (language: UiLanguage): void => {
  window[platformGlobalName]?.setMenuLanguage?.(language);
};
