import { parseNumberInput } from '../model/validateRecord';

/**
 * Euros typed as Finns type them ("1 234,50", "25", "25.5") into integer cents. More than two
 * decimals is refused rather than rounded, so nobody's typo silently changes an amount.
 */
export const parseEuros = (text: string): number | null | 'invalid' => {
  const value = parseNumberInput(text);
  if (value === null || value === 'invalid') return value;
  const cents = Math.round(value * 100);
  return Math.abs(cents - value * 100) < 1e-6 ? cents : 'invalid';
};

const noBreakSpace = '\u00a0';

/** Thousands grouped with a no-break space, so "1 234,50 €" never wraps inside the amount. */
const groupThousands = (digits: string, separator: string): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** "1 234,50 €" in Finnish and Swedish, "€1,234.50" in English; empty for no amount. */
export const formatEuros = (cents: number | null, language: string): string => {
  if (cents === null) return '';
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(cents));
  const whole = String(Math.floor(absolute / 100));
  const fraction = String(absolute % 100).padStart(2, '0');
  if (language.startsWith('en')) return `${sign}€${groupThousands(whole, ',')}.${fraction}`;
  return `${sign}${groupThousands(whole, noBreakSpace)},${fraction}${noBreakSpace}€`;
};

/** The value a money field shows for editing: "1234,50" (fi/sv) or "1234.50" (en); empty for none. */
export const centsToInput = (cents: number | null, language: string): string => {
  if (cents === null) return '';
  const text = (cents / 100).toFixed(2);
  return language.startsWith('en') ? text : text.replace('.', ',');
};
