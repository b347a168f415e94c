import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromLocale } from '../shared/i18n/resources';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { readPreferences } from './app/preferences';
import { createRegisterSession } from './app/registerSession';
import { getPlatform } from './platform/getPlatform';

const boot = async () => {
  const platform = getPlatform();
  const preferences = readPreferences();
  const language = preferences.language ?? languageFromLocale(await platform.systemLocale());
  await initI18n(language);
  platform.setMenuLanguage(language);
  const session = createRegisterSession(platform);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App platform={platform} session={session} initialPreferences={{ ...preferences, language }} />
    </StrictMode>,
  );
  await session.start();
};

void boot();
