import { describe, expect, it } from 'vitest';
import {
  cellDate,
  cellText,
  excelSerialToIso,
  isoToExcelSerial,
  isMarked,
  mapSector,
  repairEmail,
  restorePostalCode,
  splitFullName,
} from '../../../../shared/spreadsheet/cellTransforms';
import { cellReference, columnLetter } from '../../../../shared/spreadsheet/columnLetter';
import { neutraliseCell } from '../../../../shared/spreadsheet/neutraliseCell';

describe('cell transforms', () => {
  it('converts Excel serial dates both ways, including the 1900 leap-year quirk', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(36526)).toBe('2000-01-01');
    expect(excelSerialToIso(45658.75)).toBe('2025-01-01');
    expect(excelSerialToIso(0)).toBeNull();
    expect(isoToExcelSerial('2000-01-01')).toBe(36526);
  });

  it('reads a date column from serials, date cells and d.m.yyyy text with a time', () => {
    expect(cellDate({ kind: 'number', value: 36526 })).toBe('2000-01-01');
    expect(cellDate({ kind: 'date', iso: '1985-05-06' })).toBe('1985-05-06');
    expect(cellDate({ kind: 'text', text: '16.10.2026 14:43' })).toBe('16.10.2026');
  });

  it('keeps numbers as digits, so a phone that lost its 0 is still all there', () => {
    expect(cellText({ kind: 'number', value: 401031027 })).toBe('401031027');
    expect(cellText({ kind: 'error', text: '#N/A' })).toBe('');
    expect(cellText({ kind: 'text', text: "'=SUM(A1)" })).toBe('=SUM(A1)');
    expect(cellText({ kind: 'text', text: "'plain" })).toBe("'plain");
  });

  it('repairs " at " addresses and reports it', () => {
    expect(repairEmail(' VILLE.SODERBERG at EXAMPLE.FI ')).toEqual({
      value: 'VILLE.SODERBERG@EXAMPLE.FI',
      isRepaired: true,
    });
    expect(repairEmail('a@x.fi')).toEqual({ value: 'a@x.fi', isRepaired: false });
  });

  it('restores postal codes stored as numbers, and only those', () => {
    expect(restorePostalCode({ kind: 'number', value: 100 })).toEqual({ value: '00100', isRestored: true });
    expect(restorePostalCode({ kind: 'number', value: 20100 })).toEqual({
      value: '20100',
      isRestored: false,
    });
    expect(restorePostalCode({ kind: 'text', text: '100' })).toEqual({ value: '100', isRestored: false });
  });

  it('splits full names in either order, and "Last, First"', () => {
    expect(splitFullName('Nieminen Anna-Kaisa', 'lastFirst')).toEqual({
      lastName: 'Nieminen',
      firstNames: 'Anna-Kaisa',
    });
    expect(splitFullName('Anna Maria Virtanen', 'firstLast')).toEqual({
      firstNames: 'Anna Maria',
      lastName: 'Virtanen',
    });
    expect(splitFullName('Virtanen, Anna', 'firstLast')).toEqual({
      firstNames: 'Anna',
      lastName: 'Virtanen',
    });
    expect(splitFullName('Madonna', 'firstLast')).toEqual({ firstNames: '', lastName: 'Madonna' });
  });

  it('maps sectors written in Finnish, Swedish or English', () => {
    expect(mapSector('kolmas sektori')).toBe('thirdSector');
    expect(mapSector('Offentlig')).toBe('public');
    expect(mapSector('Third sector')).toBe('thirdSector');
    expect(mapSector('muu')).toBeNull();
    expect(mapSector('')).toBe('');
  });

  it('treats X, kyllä and TRUE as marked', () => {
    expect(isMarked({ kind: 'text', text: 'X' })).toBe(true);
    expect(isMarked({ kind: 'boolean', value: true })).toBe(true);
    expect(isMarked({ kind: 'text', text: 'ei' })).toBe(false);
    expect(isMarked(null)).toBe(false);
  });

  it('names cells like Excel', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(cellReference(3, 17)).toBe('D17');
  });
});

describe('CSV injection', () => {
  it.each(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '\nx'])('neutralises %j', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and E.164 phone numbers alone', () => {
    expect(neutraliseCell('Anna')).toBe('Anna');
    expect(neutraliseCell('+358401234567')).toBe('+358401234567');
    expect(neutraliseCell('+358 40 123')).toBe("'+358 40 123");
  });
});
