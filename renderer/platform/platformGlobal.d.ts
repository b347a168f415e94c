import type { UiLanguage } from '../../shared/i18n/resources';
import type { PlatformApi } from '../../shared/platform/PlatformApi';

declare global {
  interface Window {
    /**
     * Set by the Electron preload (electron/preload.ts) under `platformGlobalName`; absent in a
     * plain browser. setMenuLanguage is desktop-only and not (yet) part of PlatformApi.
     */
    kontakt?: PlatformApi & { setMenuLanguage?: (language: UiLanguage) => void };
  }
}

export {};
