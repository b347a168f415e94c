import { defineFeatureTexts } from '../featureTexts';

/** The Excel/CSV import wizard and the export dialogs. */
export const spreadsheetTexts = defineFeatureTexts({
  en: { importTitle: 'Import', exportTitle: 'Export' },
  fi: { importTitle: 'Tuonti', exportTitle: 'Vienti' },
  sv: { importTitle: 'Importera', exportTitle: 'Exportera' },
});
