import { describe, expect, it } from 'vitest';
import { csvToSheet } from '../../../../shared/spreadsheet/csvToSheet';
import { decodeCsvBytes, detectCsvEncoding } from '../../../../shared/spreadsheet/decodeCsvBytes';
import { detectCsvDelimiter, parseCsv } from '../../../../shared/spreadsheet/parseCsv';
import { writeCsv } from '../../../../shared/spreadsheet/writeCsv';

const windows1252 = (text: string) =>
  Uint8Array.from(
    [...text].map(
      (character) =>
        ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ö: 0xd6, '€': 0x80 })[character] ?? character.charCodeAt(0),
    ),
  );

describe('CSV decoding', () => {
  it('tells UTF-8 with BOM, UTF-8 and Windows-1252 apart', () => {
    const utf8 = new TextEncoder().encode('Förnamn;Ort\nÅsa;Åbo\n');
    expect(detectCsvEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('utf-8-bom');
    expect(detectCsvEncoding(utf8)).toBe('utf-8');
    expect(detectCsvEncoding(windows1252('Förnamn;Ort\nÅsa;Åbo\n'))).toBe('windows-1252');
  });

  it('decodes Windows-1252 letters and the euro sign, and drops the BOM', () => {
    expect(decodeCsvBytes(windows1252('Åsa Öhman 5€')).text).toBe('Åsa Öhman 5€');
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
  });

  it('detects ; , and tab, preferring the one that splits every line the same way', () => {
    expect(detectCsvDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(detectCsvDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectCsvDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectCsvDelimiter('name,city\n"Virtanen; Anna",Turku\n')).toBe(',');
  });

  it('parses quoted fields with delimiters, doubled quotes and line breaks, and CRLF', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"multi\nline";x;\r\n', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['multi\nline', 'x', ''],
    ]);
  });

  it('reads the Swedish Excel CSV as one sheet of text cells', () => {
    const { sheet, encoding, delimiter } = csvToSheet(
      windows1252('Förnamn;Postnummer\nÅsa;00100\n'),
      'kontakter',
    );
    expect({ encoding, delimiter }).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(sheet.rows[1]).toEqual([
      { kind: 'text', text: 'Åsa' },
      { kind: 'text', text: '00100' },
    ]);
  });
});

describe('CSV writing', () => {
  it('starts with a BOM, quotes where needed and neutralises formulas', () => {
    const bytes = writeCsv(
      [
        ['E-post', 'Namn'],
        ['a@x.fi', '=cmd|calc'],
        ['b@x.fi', 'Ek; Bo "B"'],
      ],
      ';',
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      'E-post;Namn\r\na@x.fi;\'=cmd|calc\r\nb@x.fi;"Ek; Bo ""B"""\r\n',
    );
  });
});
