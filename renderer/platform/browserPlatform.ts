import type { PlatformApi } from '../../shared/platform/PlatformApi';

const externalProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

const isExternalUrl = (url: string): boolean => {
  try {
    return externalProtocols.has(new URL(url).protocol);
  } catch {
    return false;
  }
};

/**
 * PlatformApi for the plain browser build (npm run web, e2e tests). A browser has no OS keystore,
 * so a data key is never remembered there: the passphrase is always asked.
 */
export const browserPlatform: PlatformApi = {
  kind: 'browser',
  systemLocale: async () => navigator.languages?.[0] ?? navigator.language ?? 'en',
  rememberedKey: {
    availability: async () => ({ isAvailable: false, reason: 'notDesktop' }),
    store: async () => {
      throw new Error('Remembering the data key needs the desktop app');
    },
    load: async () => null,
    forget: async () => undefined,
  },
  // No keystore here either: the sync session token is kept inside the encrypted register instead.
  sessionToken: {
    availability: async () => ({ isAvailable: false, reason: 'notDesktop' }),
    store: async () => {
      throw new Error('The OS keystore needs the desktop app');
    },
    load: async () => null,
    forget: async () => undefined,
  },
  onMenuCommand: () => () => undefined,
  setMenuLanguage: () => undefined,
  openExternal: async (url) => {
    if (!isExternalUrl(url)) throw new Error('Only http(s) and mailto links can be opened');
    // noopener: the opened page gets no window.opener handle back into the register.
    window.open(url, '_blank', 'noopener,noreferrer');
  },
};
