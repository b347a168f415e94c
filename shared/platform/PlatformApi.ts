/**
 * The only way the renderer reaches the operating system. Implemented twice:
 * by the Electron preload (electron/preload.ts) and by the browser adapter
 * (renderer/platform/browserPlatform.ts). Everything crossing it is plain,
 * structured-cloneable data so it can travel over IPC unchanged.
 */
import type { UiLanguage } from '../i18n/resources';

export type PlatformKind = 'electron' | 'browser';

export type MenuCommand =
  | 'newPerson'
  | 'newOrganisation'
  | 'search'
  | 'lockNow'
  | 'openSettings'
  | 'showPeople'
  | 'showOrganisations';

export type RememberedKeyAvailability =
  | { isAvailable: true }
  | { isAvailable: false; reason: 'notDesktop' | 'noSecureBackend' | 'encryptionUnavailable' };

export type RememberedKeyApi = {
  /** Whether the OS keystore can protect the data key (refused for Linux's basic_text backend). */
  availability: () => Promise<RememberedKeyAvailability>;
  /** Stores the raw data key for `registerId`, encrypted by the OS keystore. */
  store: (registerId: string, rawKey: Uint8Array) => Promise<void>;
  /** Returns the raw data key, or null when none is remembered or it can no longer be decrypted. */
  load: (registerId: string) => Promise<Uint8Array | null>;
  forget: (registerId: string) => Promise<void>;
};

/** A file the user picked; bytes travel as a Uint8Array, which IPC and postMessage both clone. */
export type OpenedFile = { name: string; bytes: Uint8Array };

export type SaveFileRequest = {
  suggestedName: string;
  bytes: Uint8Array;
  /** Dialog filters, e.g. { name: 'Excel', extensions: ['xlsx'] }. */
  filters: { name: string; extensions: string[] }[];
};

/** A PDF of the page on screen (print styles applied); the name is only the save dialog's suggestion. */
export type PrintToPdfRequest = { suggestedName: string };

/**
 * saved/cancelled: the desktop app rendered the PDF and showed the save dialog. printDialog: the browser
 * opened its print dialog, where the user picks "Save as PDF" themselves.
 */
export type PrintToPdfResult = 'saved' | 'cancelled' | 'printDialog';

/** The most a picked spreadsheet may weigh; main refuses larger files before reading them. */
export const maxOpenedFileBytes = 100 * 1024 * 1024;

/**
 * The company server's session token, per register, kept by the OS keystore. Where none is available
 * (browser, Linux basic_text) the renderer keeps the token inside the encrypted register instead.
 */
export type SessionTokenApi = {
  availability: () => Promise<RememberedKeyAvailability>;
  store: (registerId: string, token: string) => Promise<void>;
  /** The token, or null when none is kept or it can no longer be decrypted. */
  load: (registerId: string) => Promise<string | null>;
  forget: (registerId: string) => Promise<void>;
};

export type PlatformApi = {
  kind: PlatformKind;
  /** BCP 47 locale of the operating system, e.g. "fi-FI". */
  systemLocale: () => Promise<string>;
  rememberedKey: RememberedKeyApi;
  sessionToken: SessionTokenApi;
  /** Subscribes to application menu commands; returns an unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Tells the desktop shell the UI language so its native menu matches; a no-op in the browser. */
  setMenuLanguage: (language: UiLanguage) => void;
  /** Opens an http(s) or mailto link in the system browser or mail client. */
  openExternal: (url: string) => Promise<void>;
  /** Lets the user pick an .xlsx or .csv file; null when they cancel. Rejects files over maxOpenedFileBytes. */
  openSpreadsheet: () => Promise<OpenedFile | null>;
  /** Lets the user save bytes (native save dialog, or a download in the browser); false when cancelled. */
  saveFile: (request: SaveFileRequest) => Promise<boolean>;
  /** Saves the page on screen as an A4 PDF through the save dialog (desktop), or opens the print dialog (browser). */
  printToPdf: (request: PrintToPdfRequest) => Promise<PrintToPdfResult>;
};

export const menuCommands: readonly MenuCommand[] = [
  'newPerson',
  'newOrganisation',
  'search',
  'lockNow',
  'openSettings',
  'showPeople',
  'showOrganisations',
];

export const platformGlobalName = 'kontakt';
