import { maxOpenedFileBytes, type OpenedFile, type PlatformApi } from '../../shared/platform/PlatformApi';

const externalProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

const isExternalUrl = (url: string): boolean => {
  try {
    return externalProtocols.has(new URL(url).protocol);
  } catch {
    return false;
  }
};

export class FileTooLargeError extends Error {}

/** A hidden file input: the browser's only way to let the user pick a file. */
const pickFile = (accept: string): Promise<OpenedFile | null> =>
  new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'spreadsheet-file-input';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve(null);
      if (file.size > maxOpenedFileBytes) return reject(new FileTooLargeError(file.name));
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    document.body.append(input);
    input.click();
  });

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
  openSpreadsheet: () =>
    pickFile('.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'),
  saveFile: async ({ suggestedName, bytes }) => {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the URL by now; revoke later so slow browsers still read it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  },
  // A page cannot write a PDF itself; the browser's print dialog offers "Save as PDF".
  printToPdf: async () => {
    window.print();
    return 'printDialog';
  },
};
