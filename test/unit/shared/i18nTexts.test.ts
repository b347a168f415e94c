import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/resources';

type Leaf = { path: string; value: unknown };

/** Walks the object itself rather than trusting the Texts type, which cannot catch extra keys or empty strings. */
const leavesOf = (node: unknown, prefix = ''): Leaf[] => {
  if (typeof node !== 'object' || node === null) return [{ path: prefix, value: node }];
  return Object.entries(node).flatMap(([key, child]) => leavesOf(child, prefix ? `${prefix}.${key}` : key));
};

const textsByPath = (texts: unknown): Map<string, unknown> =>
  new Map(leavesOf(texts).map(({ path, value }) => [path, value]));

const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1]))].sort();

// All texts as i18next sees them: the core files, validation texts and every feature module.
const enTexts = textsByPath(resources.en.translation);
const translations = { fi: textsByPath(resources.fi.translation), sv: textsByPath(resources.sv.translation) };

// Texts that are rightly the same as in English: names, symbols and words both languages share.
const sameAsEnglishEverywhere = [
  'common.appName',
  'common.none',
  'languages.fi',
  'languages.sv',
  'languages.en',
  'kinds.link.linkedin',
  'kinds.link.facebook',
  'kinds.link.x',
  // A pattern of placeholders and an arrow, the same in every language.
  'spreadsheet.change',
];
const sameAsEnglish: Record<keyof typeof translations, string[]> = {
  fi: sameAsEnglishEverywhere,
  sv: [
    'accessLog.withPeople_one',
    ...sameAsEnglishEverywhere,
    'list.status',
    'tags.colours.orange',
    'list.peopleCount_one',
    'list.organisationsCount_one',
    'fields.status',
    'fields.person',
    'fields.organisation',
    'people.columns.organisation',
    'stats.rowHeaders.peopleByStatus',
    'stats.segments.label',
    'stats.segments.kinds.status',
    'stats.segments.exportSegment',
    'activity.relations.type',
    'activity.relations.kinds.person',
    'activity.relations.kinds.organisation',
  ],
};

describe('UI texts', () => {
  it('has string leaves in English, the source of the key structure', () => {
    expect(enTexts.size).toBeGreaterThan(100);
    for (const [path, value] of enTexts) expect(typeof value, path).toBe('string');
  });

  it('keeps every i18next plural pair complete', () => {
    const paths = [...enTexts.keys()];
    const singulars = paths.filter((path) => path.endsWith('_one'));
    expect(singulars.length).toBeGreaterThan(0);
    for (const singular of singulars) expect(paths, singular).toContain(singular.replace(/_one$/, '_other'));
  });

  describe.each(Object.entries(translations))('%s', (language, texts) => {
    it('has exactly the English key paths', () => {
      expect([...texts.keys()].sort()).toEqual([...enTexts.keys()].sort());
    });

    it('has a non-empty string at every key', () => {
      for (const [path, value] of texts) {
        expect(typeof value, path).toBe('string');
        expect(String(value).trim(), path).not.toBe('');
      }
    });

    it('keeps the interpolation placeholders of the English text', () => {
      for (const [path, english] of enTexts) {
        expect(placeholdersOf(String(texts.get(path))), path).toEqual(placeholdersOf(String(english)));
      }
    });

    it('translates every text except the allow-listed ones', () => {
      const allowed = sameAsEnglish[language as keyof typeof translations];
      const untranslated = [...enTexts]
        .filter(([path, english]) => texts.get(path) === english)
        .map(([path]) => path);
      expect(untranslated.sort()).toEqual([...allowed].sort());
    });

    it('uses the language’s own typography', () => {
      for (const [path, value] of texts) {
        const text = String(value);
        expect(text, path).not.toContain('...');
        expect(text, path).not.toMatch(/[“‘"]/);
      }
    });
  });

  it('quotes interpolated names with ” on both sides in Finnish and Swedish', () => {
    const quotedInEnglish = [...enTexts].flatMap(([path, english]) =>
      [...String(english).matchAll(/“(\{\{\w+\}\})”/g)].map((match) => ({ path, placeholder: match[1] })),
    );
    expect(quotedInEnglish.length).toBeGreaterThan(0);
    for (const { path, placeholder } of quotedInEnglish) {
      for (const texts of Object.values(translations))
        expect(texts.get(path), path).toContain(`”${placeholder}”`);
    }
  });
});
