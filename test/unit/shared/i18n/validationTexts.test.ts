import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { validationTexts } from '../../../../shared/i18n/validationTexts';
import { validationCodeParams, validationCodes, type ValidationCode } from '../../../../shared/validation';

const languages = ['en', 'fi', 'sv'] as const;

const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

const paramsOf = (code: ValidationCode): string[] => [
  ...((validationCodeParams as Partial<Record<ValidationCode, readonly string[]>>)[code] ?? []),
];

describe('validationTexts', () => {
  it.each(languages)('has a non-empty text for every ValidationCode and no other key in %s', (language) => {
    const texts = validationTexts[language];
    expect(Object.keys(texts).sort()).toEqual([...validationCodes].sort());
    for (const code of validationCodes) expect(texts[code].trim(), `${language}.${code}`).not.toBe('');
  });

  it.each(languages)('interpolates exactly the params each code carries in %s', (language) => {
    for (const code of validationCodes) {
      expect(placeholdersOf(validationTexts[language][code]), `${language}.${code}`).toEqual(
        paramsOf(code).sort(),
      );
    }
  });

  it('is actually translated: no Finnish or Swedish text equals the English one', () => {
    for (const code of validationCodes) {
      expect(validationTexts.fi[code], code).not.toBe(validationTexts.en[code]);
      expect(validationTexts.sv[code], code).not.toBe(validationTexts.en[code]);
      expect(validationTexts.sv[code], code).not.toBe(validationTexts.fi[code]);
    }
  });

  it('renders through i18next with the params filled in', async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: 'fi',
      resources: Object.fromEntries(
        languages.map((language) => [language, { translation: validationTexts[language] }]),
      ),
    });
    expect(i18n.t('businessIdCheckDigit', { expected: 4 })).toBe(
      'Y-tunnuksen tarkistusmerkki ei täsmää (pitäisi olla 4). Tarkista myös muut numerot.',
    );
    expect(i18n.t('tooLong', { lng: 'sv', max: 254 })).toBe('Texten är för lång (högst 254 tecken).');
    expect(i18n.t('dateTooOld', { lng: 'en', minYear: 1900 })).toBe('The date cannot be before 1900.');
  });
});
