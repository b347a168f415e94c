import { columnLetter } from '../../shared/spreadsheet/columnLetter';
import { neutraliseCell } from '../../shared/spreadsheet/neutraliseCell';
import { createZip } from './zipArchive';

/** A value to write: text, a number, or an ISO date that becomes a real Excel date. */
export type XlsxValue = string | number | boolean | { date: string } | null;

export type XlsxSheet = { name: string; header: readonly string[]; rows: readonly (readonly XlsxValue[])[] };

// Style indexes in styles.xml below.
const boldStyle = 1;
const dateStyle = 2;

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';

// XML 1.0 cannot carry these characters at all, even escaped; a cell keeps the rest of its text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invalidXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escapeXml = (text: string): string =>
  text
    .replace(invalidXmlCharacters, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const excelEpoch = Date.UTC(1899, 11, 30);

/** Days since Excel's epoch; the dates we write are all after 1 March 1900, past Excel's leap-year quirk. */
const dateSerial = (iso: string): number => {
  const [year, month, day] = iso.split('-').map(Number);
  return (Date.UTC(year!, month! - 1, day!) - excelEpoch) / 86_400_000;
};

const widthOf = (value: XlsxValue): number =>
  value === null ? 0 : typeof value === 'object' ? 10 : String(value).split('\n')[0]!.length;

/** Shared strings: each distinct text once, cells refer to it by number (what Excel itself writes). */
const createSharedStrings = () => {
  const indexes = new Map<string, number>();
  const texts: string[] = [];
  return {
    indexOf: (text: string): number => {
      let index = indexes.get(text);
      if (index === undefined) {
        index = texts.length;
        indexes.set(text, index);
        texts.push(text);
      }
      return index;
    },
    toXml: (referenceCount: number): string => {
      const items = texts.map((text) => {
        const escaped = escapeXml(text);
        const isSpaceKept = /^\s|\s$/.test(text);
        return isSpaceKept ? `<si><t xml:space="preserve">${escaped}</t></si>` : `<si><t>${escaped}</t></si>`;
      });
      return `${declaration}<sst xmlns="${mainNamespace}" count="${referenceCount}" uniqueCount="${texts.length}">${items.join('')}</sst>`;
    },
  };
};

type SharedStrings = ReturnType<typeof createSharedStrings>;

const sheetXml = (sheet: XlsxSheet, strings: SharedStrings, countReference: () => void): string => {
  const columnCount = Math.max(sheet.header.length, ...sheet.rows.slice(0, 1).map((row) => row.length), 0);
  const letters = Array.from({ length: Math.max(columnCount, 1) }, (_, column) => columnLetter(column));
  const isDateColumn = new Array<boolean>(columnCount).fill(false);
  const parts: string[] = [];
  const textCell = (reference: string, text: string, style: number) => {
    countReference();
    const styleAttribute = style === 0 ? '' : ` s="${style}"`;
    parts.push(`<c r="${reference}"${styleAttribute} t="s"><v>${strings.indexOf(text)}</v></c>`);
  };
  parts.push(`<row r="1" s="${boldStyle}" customFormat="1">`);
  sheet.header.forEach((header, column) =>
    textCell(`${letters[column]}1`, neutraliseCell(header), boldStyle),
  );
  parts.push('</row>');
  sheet.rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 2;
    parts.push(`<row r="${rowNumber}">`);
    row.forEach((value, column) => {
      if (value === null || value === '') return;
      const reference = `${letters[column] ?? columnLetter(column)}${rowNumber}`;
      if (typeof value === 'string') textCell(reference, neutraliseCell(value), 0);
      else if (typeof value === 'number')
        parts.push(Number.isFinite(value) ? `<c r="${reference}"><v>${value}</v></c>` : '');
      else if (typeof value === 'boolean')
        parts.push(`<c r="${reference}" t="b"><v>${value ? 1 : 0}</v></c>`);
      else {
        isDateColumn[column] = true;
        parts.push(`<c r="${reference}" s="${dateStyle}"><v>${dateSerial(value.date)}</v></c>`);
      }
    });
    parts.push('</row>');
  });
  const columns = sheet.header.map((header, column) => {
    const sample = sheet.rows.slice(0, 2000).map((row) => widthOf(row[column] ?? null));
    const width = Math.min(Math.max(header.length, ...sample, 6) + 2, 50);
    const style = isDateColumn[column] ? ` style="${dateStyle}"` : '';
    return `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"${style}/>`;
  });
  const lastReference = `${letters[Math.max(sheet.header.length, 1) - 1]}${sheet.rows.length + 1}`;
  const view =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
  return (
    `${declaration}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<dimension ref="A1:${lastReference}"/>${view}<sheetFormatPr defaultRowHeight="15"/>` +
    (columns.length > 0 ? `<cols>${columns.join('')}</cols>` : '') +
    `<sheetData>${parts.join('')}</sheetData>` +
    (sheet.header.length > 0 ? `<autoFilter ref="A1:${lastReference}"/>` : '') +
    '</worksheet>'
  );
};

// Default font, bold font; the custom date format d.m.yyyy as number format 164 (the first custom id).
const stylesXml =
  `${declaration}<styleSheet xmlns="${mainNamespace}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="d.m.yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Excel refuses sheet names with these characters, longer than 31, empty, or repeated. */
const sheetNames = (sheets: readonly XlsxSheet[]): string[] => {
  const used = new Set<string>();
  return sheets.map((sheet, index) => {
    const base =
      sheet.name
        .replace(/[\\/?*[\]:]/g, ' ')
        .trim()
        .slice(0, 31) || `Sheet${index + 1}`;
    let name = base;
    for (let copy = 2; used.has(name.toLowerCase()); copy += 1) name = `${base.slice(0, 27)} (${copy})`;
    used.add(name.toLowerCase());
    return name;
  });
};

const textEncoder = new TextEncoder();

/**
 * Writes sheets the way a coordinator wants to open them: bold frozen header row, an autofilter over
 * the data, widths from the content (sampled, capped), real dates shown as d.m.yyyy, and every text
 * cell neutralised against formula injection. Writes the SpreadsheetML parts itself rather than through
 * exceljs, whose writer needed about 8 s for 50 000 rows here (docs/PERFORMANCE.md); exceljs still reads.
 */
export const writeXlsx = async (sheets: readonly XlsxSheet[]): Promise<Uint8Array> => {
  const strings = createSharedStrings();
  let referenceCount = 0;
  const countReference = () => {
    referenceCount += 1;
  };
  const names = sheetNames(sheets);
  const worksheets = sheets.map((sheet, index) => ({
    path: `xl/worksheets/sheet${index + 1}.xml`,
    bytes: textEncoder.encode(sheetXml(sheet, strings, countReference)),
  }));
  const sheetEntries = names
    .map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('');
  const filterNames = sheets
    .map((sheet, index) =>
      sheet.header.length > 0
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'${escapeXml(names[index]!).replaceAll("'", "''")}'!$A$1:$${columnLetter(sheet.header.length - 1)}$${sheet.rows.length + 1}</definedName>`
        : '',
    )
    .join('');
  const workbook =
    `${declaration}<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<bookViews><workbookView/></bookViews><sheets>${sheetEntries}</sheets>` +
    (filterNames ? `<definedNames>${filterNames}</definedNames>` : '') +
    '</workbook>';
  const sheetRelationships = names
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${relationshipNamespace}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('');
  const workbookRelationships =
    `${declaration}<Relationships xmlns="${packageRelationships}">${sheetRelationships}` +
    `<Relationship Id="rId${names.length + 1}" Type="${relationshipNamespace}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${names.length + 2}" Type="${relationshipNamespace}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const rootRelationships =
    `${declaration}<Relationships xmlns="${packageRelationships}">` +
    `<Relationship Id="rId1" Type="${relationshipNamespace}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${packageRelationships}/metadata/core-properties" Target="docProps/core.xml"/>` +
    '</Relationships>';
  const core =
    `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Kontakt</dc:creator></cp:coreProperties>';
  const worksheetOverrides = worksheets
    .map(
      (worksheet) =>
        `<Override PartName="/${worksheet.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const contentTypes =
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    worksheetOverrides +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>';
  return createZip([
    { path: '[Content_Types].xml', bytes: textEncoder.encode(contentTypes) },
    { path: '_rels/.rels', bytes: textEncoder.encode(rootRelationships) },
    { path: 'docProps/core.xml', bytes: textEncoder.encode(core) },
    { path: 'xl/workbook.xml', bytes: textEncoder.encode(workbook) },
    { path: 'xl/_rels/workbook.xml.rels', bytes: textEncoder.encode(workbookRelationships) },
    { path: 'xl/styles.xml', bytes: textEncoder.encode(stylesXml) },
    ...worksheets,
    { path: 'xl/sharedStrings.xml', bytes: textEncoder.encode(strings.toXml(referenceCount)) },
  ]);
};
