import type { App, BrowserWindow } from 'electron';

/**
 * Only one Kontakt may run: two processes writing the same IndexedDB would corrupt it.
 * Returns false in the second process, which has then already asked itself to quit.
 */
export const acquireSingleInstanceLock = (app: Pick<App, 'requestSingleInstanceLock' | 'quit'>): boolean => {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
};

export type RestorableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * The first instance's 'second-instance' handler: bring its window back to the user, or open one
 * when none exists (macOS keeps the app running with all windows closed).
 */
export const createSecondInstanceHandler =
  (getWindow: () => RestorableWindow | null, openWindow: () => void): (() => void) =>
  () => {
    const window = getWindow();
    if (window === null) {
      openWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
