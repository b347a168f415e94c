import { defineFeatureTexts } from '../featureTexts';

/** Settings → Sync, the sync status in the app bar and the Conflicts view. */
export const syncTexts = defineFeatureTexts({
  en: { title: 'Sync' },
  fi: { title: 'Synkronointi' },
  sv: { title: 'Synkronisering' },
});
