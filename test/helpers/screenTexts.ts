import { expect, type Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';

// A raw key on screen starts with one of the top-level namespaces, e.g. `people.title` or `validation.email`.
const namespaces = Object.keys(resources.en.translation);
const rawKeyPattern = new RegExp(`\\b(?:${namespaces.join('|')})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*`, 'g');

/** Everything a user can see or hear: the page text plus labels, placeholders and tooltips. */
const visibleTexts = (page: Page) =>
  page.evaluate(() => {
    const attributes = ['aria-label', 'placeholder', 'title', 'alt'];
    const fromAttributes = [...document.querySelectorAll('*')].flatMap((element) =>
      attributes.map((name) => element.getAttribute(name) ?? '').filter((value) => value !== ''),
    );
    return [document.title, document.body.innerText, ...fromAttributes].join('\n');
  });

/**
 * Fails when the UI asked i18next for a key that has no text, or when a raw key or an unfilled
 * {{placeholder}} is visible. `screen` names the step in the failure message.
 */
export const expectScreenFullyTranslated = async (page: Page, screen: string) => {
  const missing = await page.evaluate(() => globalThis.__kontaktMissingKeys ?? []);
  expect(missing, `missing i18n keys on ${screen}`).toEqual([]);
  const text = await visibleTexts(page);
  expect(text.match(rawKeyPattern) ?? [], `raw i18n keys visible on ${screen}`).toEqual([]);
  expect(text.match(/\{\{[^}]*\}\}/g) ?? [], `unfilled placeholders on ${screen}`).toEqual([]);
};
