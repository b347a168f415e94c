import { describe, expect, it, vi } from 'vitest';
import {
  createSpreadsheetFiles,
  OpenedFileTooLargeError,
  type FileDialogDependencies,
} from '../../../electron/spreadsheetFiles';
import { maxOpenedFileBytes } from '../../../shared/platform/PlatformApi';

const dependencies = (overrides: Partial<FileDialogDependencies> = {}): FileDialogDependencies => ({
  showOpenDialog: async () => ({ canceled: false, filePaths: ['/data/list.xlsx'] }),
  showSaveDialog: async () => ({ canceled: false, filePath: '/data/out.xlsx' }),
  fileSize: async () => 10,
  readFile: async () => new Uint8Array([80, 75]),
  writeFile: async () => undefined,
  defaultDirectory: () => '/data',
  ...overrides,
});

describe('spreadsheet files in main', () => {
  it('returns null when the open dialog is cancelled and reads nothing', async () => {
    const readFile = vi.fn(async () => new Uint8Array());
    const files = createSpreadsheetFiles(
      dependencies({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }), readFile }),
    );
    expect(await files.openSpreadsheet()).toBeNull();
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const readFile = vi.fn(async () => new Uint8Array());
    const files = createSpreadsheetFiles(
      dependencies({ fileSize: async () => maxOpenedFileBytes + 1, readFile }),
    );
    await expect(files.openSpreadsheet()).rejects.toBeInstanceOf(OpenedFileTooLargeError);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('writes only to the path the user chose, and nothing when cancelled', async () => {
    const writeFile = vi.fn(async () => undefined);
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/chosen/file.xlsx' }));
    const files = createSpreadsheetFiles(dependencies({ writeFile, showSaveDialog }));
    const bytes = new Uint8Array([1]);
    expect(await files.saveFile({ suggestedName: 'people.xlsx', bytes, filters: [] })).toBe(true);
    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/data/people.xlsx', filters: [] });
    expect(writeFile).toHaveBeenCalledWith('/chosen/file.xlsx', bytes);

    const cancelled = createSpreadsheetFiles(
      dependencies({ writeFile, showSaveDialog: async () => ({ canceled: true }) }),
    );
    expect(await cancelled.saveFile({ suggestedName: 'x.xlsx', bytes, filters: [] })).toBe(false);
    expect(writeFile).toHaveBeenCalledTimes(1);
  });
});
