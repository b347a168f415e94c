import { describe, expect, it } from 'vitest';
import { checkBirthDate } from '../../../../shared/validation';

const today = '2025-06-15';

describe('checkBirthDate', () => {
  it.each(['1900-01-01', '1985-07-14', '2025-06-14', '2025-06-15'])('accepts %s', (iso) => {
    expect(checkBirthDate(iso, today)).toEqual({ isValid: true, value: iso });
  });

  it.each(['2025-06-16', '2026-01-01', '9999-12-31'])('rejects %s as in the future', (iso) => {
    expect(checkBirthDate(iso, today)).toEqual({ isValid: false, code: 'dateInFuture' });
  });

  it.each(['1899-12-31', '1889-05-01', '0001-01-01'])('rejects %s as too old', (iso) => {
    expect(checkBirthDate(iso, today)).toEqual({
      isValid: false,
      code: 'dateTooOld',
      params: { minYear: 1900 },
    });
  });

  it.each(['1.2.2020', '2019-02-29', '', '2020-1-1'])(
    'rejects %j, which is not a canonical ISO date',
    (iso) => {
      expect(checkBirthDate(iso, today)).toEqual({ isValid: false, code: 'invalidDate' });
    },
  );

  it('judges against the given today, not the clock', () => {
    expect(checkBirthDate('2030-01-01', '2030-01-01')).toEqual({ isValid: true, value: '2030-01-01' });
    expect(checkBirthDate('2030-01-02', '2030-01-01')).toEqual({ isValid: false, code: 'dateInFuture' });
  });

  it('throws when today is not an ISO date, since that is a programming error', () => {
    expect(() => checkBirthDate('1985-07-14', '15.6.2025')).toThrow();
  });
});
