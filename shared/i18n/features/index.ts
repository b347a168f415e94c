import { adminTexts } from './adminTexts';
import { rightsTexts } from './rightsTexts';
import { spreadsheetTexts } from './spreadsheetTexts';
import { syncTexts } from './syncTexts';

/** Feature texts by i18next key prefix: `t('sync.title')` reads syncTexts. */
export const featureTexts = {
  sync: syncTexts,
  spreadsheet: spreadsheetTexts,
  admin: adminTexts,
  rights: rightsTexts,
} as const;
