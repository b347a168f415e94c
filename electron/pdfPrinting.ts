import type { PrintToPdfRequest, PrintToPdfResult, SaveFileRequest } from '../shared/platform/PlatformApi';

/** The options main passes to printToPDF: A4 from the page's own @page rule, no browser header or footer. */
export type PdfOptions = {
  pageSize: 'A4';
  preferCSSPageSize: boolean;
  printBackground: boolean;
  displayHeaderFooter: boolean;
  generateTaggedPDF: boolean;
};

/** The slice of Electron's WebContents that printing needs; the main window's real one satisfies it. */
export type PrintableContents = { printToPDF: (options: PdfOptions) => Promise<Uint8Array> };

export type PdfPrintingDependencies = {
  /** The window whose page is printed: the app window the validated request came from, or null when closed. */
  getContents: () => PrintableContents | null;
  saveFile: (request: SaveFileRequest) => Promise<boolean>;
};

export const pdfOptions: PdfOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: false,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
};

const withPdfExtension = (name: string): string => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/**
 * Main's side of printToPdf: renders the app page as it prints (the renderer's @media print styles)
 * and hands the bytes to the same save dialog as any other file, so the page never names a path.
 */
export const createPdfPrinting = ({ getContents, saveFile }: PdfPrintingDependencies) => ({
  printToPdf: async ({ suggestedName }: PrintToPdfRequest): Promise<PrintToPdfResult> => {
    const contents = getContents();
    if (contents === null) throw new Error('No window to print');
    const bytes = await contents.printToPDF(pdfOptions);
    const isSaved = await saveFile({
      suggestedName: withPdfExtension(suggestedName),
      bytes: new Uint8Array(bytes),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    return isSaved ? 'saved' : 'cancelled';
  },
});
