import { accessLogTexts } from './accessLogTexts';
import { activityTexts } from './activityTexts';
import { alumniTexts } from './alumniTexts';
import { adminTexts } from './adminTexts';
import { noticeTexts } from './noticeTexts';
import { consentTexts } from './consentTexts';
import { eventsTexts } from './eventsTexts';
import { rightsTexts } from './rightsTexts';
import { spreadsheetTexts } from './spreadsheetTexts';
import { statsTexts } from './statsTexts';
import { retentionTexts } from './retentionTexts';
import { syncTexts } from './syncTexts';
import { tagsTexts } from './tagsTexts';

/** Feature texts by i18next key prefix: `t('sync.title')` reads syncTexts. */
export const featureTexts = {
  sync: syncTexts,
  spreadsheet: spreadsheetTexts,
  admin: adminTexts,
  notice: noticeTexts,
  consent: consentTexts,
  events: eventsTexts,
  stats: statsTexts,
  alumni: alumniTexts,
  activity: activityTexts,
  retention: retentionTexts,
  rights: rightsTexts,
  accessLog: accessLogTexts,
  tags: tagsTexts,
} as const;
