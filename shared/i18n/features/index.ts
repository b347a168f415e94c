import { adminTexts } from './adminTexts';
import { spreadsheetTexts } from './spreadsheetTexts';
import { statsTexts } from './statsTexts';
import { syncTexts } from './syncTexts';

/** Feature texts by i18next key prefix: `t('sync.title')` reads syncTexts. */
export const featureTexts = {
  sync: syncTexts,
  spreadsheet: spreadsheetTexts,
  admin: adminTexts,
  stats: statsTexts,
} as const;
