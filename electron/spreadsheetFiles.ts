import path from 'node:path';
import { maxOpenedFileBytes, type OpenedFile, type SaveFileRequest } from '../shared/platform/PlatformApi';

/** The slices of Electron's dialog module and of the file system that opening and saving need; injected for tests. */
export type FileDialogDependencies = {
  showOpenDialog: (options: {
    properties: ['openFile'];
    filters: { name: string; extensions: string[] }[];
  }) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog: (options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<{ canceled: boolean; filePath?: string }>;
  fileSize: (filePath: string) => Promise<number>;
  readFile: (filePath: string) => Promise<Uint8Array>;
  writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  defaultDirectory: () => string;
};

export class OpenedFileTooLargeError extends Error {}

/**
 * Main's side of openSpreadsheet and saveFile. The renderer never names a path: main shows the native
 * dialog, so a compromised page can read or write only what the user picks.
 */
export const createSpreadsheetFiles = (dependencies: FileDialogDependencies) => ({
  openSpreadsheet: async (): Promise<OpenedFile | null> => {
    const result = await dependencies.showOpenDialog({
      properties: ['openFile'],
      filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
    });
    const filePath = result.filePaths[0];
    if (result.canceled || filePath === undefined) return null;
    if ((await dependencies.fileSize(filePath)) > maxOpenedFileBytes)
      throw new OpenedFileTooLargeError(filePath);
    return { name: path.basename(filePath), bytes: await dependencies.readFile(filePath) };
  },
  saveFile: async (request: SaveFileRequest): Promise<boolean> => {
    const result = await dependencies.showSaveDialog({
      defaultPath: path.join(dependencies.defaultDirectory(), path.basename(request.suggestedName)),
      filters: request.filters,
    });
    if (result.canceled || !result.filePath) return false;
    await dependencies.writeFile(result.filePath, request.bytes);
    return true;
  },
});
