import { describe, expect, it, vi } from 'vitest';
import { createPdfPrinting, type PdfOptions, type PrintableContents } from '../../../electron/pdfPrinting';
import type { SaveFileRequest } from '../../../shared/platform/PlatformApi';

const pdfBytes = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]);

/** A webContents stand-in that records how it was asked to print. */
const fakeContents = () => {
  const calls: PdfOptions[] = [];
  const contents: PrintableContents = {
    printToPDF: async (options) => {
      calls.push(options);
      return pdfBytes;
    },
  };
  return { contents, calls };
};

describe('PDF printing in main', () => {
  it('prints the page as A4 without header or footer and saves it as .pdf', async () => {
    const { contents, calls } = fakeContents();
    const saved: SaveFileRequest[] = [];
    const printing = createPdfPrinting({
      getContents: () => contents,
      saveFile: async (request) => {
        saved.push(request);
        return true;
      },
    });
    expect(await printing.printToPdf({ suggestedName: 'dataskyddsbeskrivning' })).toBe('saved');
    expect(calls).toEqual([
      {
        pageSize: 'A4',
        preferCSSPageSize: true,
        printBackground: false,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
      },
    ]);
    expect(saved).toEqual([
      {
        suggestedName: 'dataskyddsbeskrivning.pdf',
        bytes: pdfBytes,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    ]);
  });

  it('keeps an existing .pdf extension and reports a cancelled dialog', async () => {
    const { contents } = fakeContents();
    const saveFile = vi.fn(async (_request: SaveFileRequest) => false);
    const printing = createPdfPrinting({ getContents: () => contents, saveFile });
    expect(await printing.printToPdf({ suggestedName: 'notice.PDF' })).toBe('cancelled');
    expect(saveFile.mock.calls[0]?.[0].suggestedName).toBe('notice.PDF');
  });

  it('fails without a window and shows no dialog', async () => {
    const saveFile = vi.fn(async () => true);
    const printing = createPdfPrinting({ getContents: () => null, saveFile });
    await expect(printing.printToPdf({ suggestedName: 'notice' })).rejects.toThrow(/No window/);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('saves nothing when printing fails', async () => {
    const saveFile = vi.fn(async () => true);
    const printing = createPdfPrinting({
      getContents: () => ({ printToPDF: async () => Promise.reject(new Error('renderer gone')) }),
      saveFile,
    });
    await expect(printing.printToPdf({ suggestedName: 'notice' })).rejects.toThrow('renderer gone');
    expect(saveFile).not.toHaveBeenCalled();
  });
});
