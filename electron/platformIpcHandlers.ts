import type { RememberedKeyApi, SessionTokenApi } from '../shared/platform/PlatformApi';
import { isExternalUrl } from './appOrigin';
import type { MenuLanguage } from './menuTexts';
import { createPdfPrinting, type PrintableContents } from './pdfPrinting';
import { createSpreadsheetFiles, type FileDialogDependencies } from './spreadsheetFiles';
import type { ValidatedIpcMain } from './validatedIpcMain';

export type PlatformIpcDependencies = {
  ipc: ValidatedIpcMain;
  rememberedKeys: RememberedKeyApi;
  sessionTokens: SessionTokenApi;
  getSystemLocale: () => string;
  openExternal: (url: string) => Promise<void>;
  setMenuLanguage: (language: MenuLanguage) => void;
  fileDialogs: FileDialogDependencies;
  /** The main window's page, printed by printToPdf; null when there is no window. */
  getPrintableContents: () => PrintableContents | null;
};

/** Main's side of PlatformApi: one validated handler per channel. */
export const registerPlatformIpcHandlers = ({
  ipc,
  rememberedKeys,
  sessionTokens,
  getSystemLocale,
  openExternal,
  setMenuLanguage,
  fileDialogs,
  getPrintableContents,
}: PlatformIpcDependencies): void => {
  const spreadsheetFiles = createSpreadsheetFiles(fileDialogs);
  const pdfPrinting = createPdfPrinting({
    getContents: getPrintableContents,
    saveFile: spreadsheetFiles.saveFile,
  });
  ipc.handle('systemLocale', () => getSystemLocale());
  ipc.handle('rememberedKeyAvailability', () => rememberedKeys.availability());
  ipc.handle('rememberedKeyStore', (registerId, rawKey) => rememberedKeys.store(registerId, rawKey));
  ipc.handle('rememberedKeyLoad', (registerId) => rememberedKeys.load(registerId));
  ipc.handle('rememberedKeyForget', (registerId) => rememberedKeys.forget(registerId));
  ipc.handle('sessionTokenAvailability', () => sessionTokens.availability());
  ipc.handle('sessionTokenStore', (registerId, token) => sessionTokens.store(registerId, token));
  ipc.handle('sessionTokenLoad', (registerId) => sessionTokens.load(registerId));
  ipc.handle('sessionTokenForget', (registerId) => sessionTokens.forget(registerId));
  ipc.handle('openExternal', async (url) => {
    // The renderer is not trusted to pick the scheme: file:, smb:, custom URL handlers are refused.
    if (!isExternalUrl(url)) throw new Error('Only http(s) and mailto links can be opened');
    await openExternal(url);
  });
  ipc.handle('openSpreadsheet', () => spreadsheetFiles.openSpreadsheet());
  ipc.handle('saveFile', (request) => spreadsheetFiles.saveFile(request));
  ipc.handle('printToPdf', (request) => pdfPrinting.printToPdf(request));
  ipc.on('setMenuLanguage', (language) => setMenuLanguage(language));
};
