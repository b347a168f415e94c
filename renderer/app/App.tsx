import { Alert, CssBaseline, Snackbar, ThemeProvider, useMediaQuery } from '@mui/material';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformApi } from '../../shared/platform/PlatformApi';
import { LockedScreen } from '../ui/lock/LockedScreen';
import { OpenFailedScreen } from '../ui/lock/OpenFailedScreen';
import { SetupScreen } from '../ui/lock/SetupScreen';
import { StatusScreen } from '../ui/lock/StatusScreen';
import { AppShell } from '../ui/shell/AppShell';
import { AppContext, StoreContext, SyncContext, type AppContextValue } from './AppContext';
import { writePreferences, type Preferences } from './preferences';
import type { RegisterSession } from './registerSession';
import { createAppTheme } from './theme';

type Notice = { message: string; severity: 'success' | 'info' | 'warning' | 'error'; key: number };

export const App = ({
  platform,
  session,
  initialPreferences,
}: {
  platform: PlatformApi;
  session: RegisterSession;
  initialPreferences: Preferences;
}) => {
  const { i18n } = useTranslation();
  const [preferences, setPreferencesState] = useState(initialPreferences);
  const [notice, setNotice] = useState<Notice | null>(null);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const mode = preferences.theme === 'system' ? (prefersDark ? 'dark' : 'light') : preferences.theme;
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const state = useSyncExternalStore(session.subscribe, session.state);
  // A notice may name a record ("Matti was deleted"); locking must leave nothing decrypted on screen.
  useEffect(
    () =>
      session.subscribe(() => {
        if (session.state().phase !== 'unlocked') setNotice(null);
      }),
    [session],
  );

  const setPreferences = useCallback(
    (next: Preferences) => {
      setPreferencesState(next);
      writePreferences(next);
      if (next.language && next.language !== i18n.language) {
        void i18n.changeLanguage(next.language);
        platform.setMenuLanguage(next.language);
      }
    },
    [i18n, platform],
  );
  const notify = useCallback<AppContextValue['notify']>(
    (message, severity = 'success') => setNotice({ message, severity, key: Date.now() }),
    [],
  );
  const context = useMemo(
    () => ({ platform, session, preferences, setPreferences, notify }),
    [platform, session, preferences, setPreferences, notify],
  );

  const screen = (() => {
    switch (state.phase) {
      case 'starting':
      case 'opening':
        return <StatusScreen />;
      case 'setup':
        return <SetupScreen />;
      case 'locked':
        return <LockedScreen reason={state.reason} />;
      case 'failed':
        return <OpenFailedScreen kind={state.kind} message={state.message} />;
      case 'unlocked':
        return (
          <StoreContext.Provider value={state.store}>
            <SyncContext.Provider value={state.sync}>
              <AppShell />
            </SyncContext.Provider>
          </StoreContext.Provider>
        );
    }
  })();

  return (
    <AppContext.Provider value={context}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {screen}
        <Snackbar
          key={notice?.key}
          open={notice !== null}
          autoHideDuration={5000}
          onClose={(_event, reason) => reason !== 'clickaway' && setNotice(null)}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          {notice ? (
            <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)} role="status">
              {notice.message}
            </Alert>
          ) : undefined}
        </Snackbar>
      </ThemeProvider>
    </AppContext.Provider>
  );
};
