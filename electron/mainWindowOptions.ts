import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer is treated as untrusted web content: isolated, sandboxed, no Node. Its only way
 * out is the preload's PlatformApi object.
 */
export const mainWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  width: 1200,
  height: 800,
  minWidth: 720,
  minHeight: 480,
  title: 'Kontakt',
  backgroundColor: '#ffffff',
  // Shown on 'ready-to-show' so the user never sees an empty white frame.
  show: false,
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  },
});
