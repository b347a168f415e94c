// Electron entry point: wires the real Electron objects into the small, separately tested modules.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { languageFromLocale } from '../shared/i18n/resources';
import type { MenuCommand } from '../shared/platform/PlatformApi';
import { appIndexUrl, appScheme } from './appOrigin';
import { buildMenuTemplate } from './applicationMenu';
import { appSchemePrivileges, createAppProtocolHandler } from './appProtocolHandler';
import { denyAllPermissions } from './denyAllPermissions';
import { menuCommandChannel } from './ipcChannels';
import { mainWindowOptions } from './mainWindowOptions';
import { menuTexts, type MenuLanguage } from './menuTexts';
import { registerPlatformIpcHandlers } from './platformIpcHandlers';
import { createRememberedKeyStore, rememberedKeysFileName } from './rememberedKeyStore';
import { createSessionTokenStore, sessionTokensFileName } from './sessionTokenStore';
import { acquireSingleInstanceLock, createSecondInstanceHandler } from './singleInstance';
import { createValidatedIpcMain } from './validatedIpcMain';
import { installWindowGuards } from './windowGuards';

// This file is bundled to dist/electron/main.cjs, next to preload.cjs and beside dist/renderer/.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDirectory = path.join(__dirname, '..', 'renderer');

const logError =
  (context: string) =>
  (error: unknown): void => {
    console.error(`[kontakt] ${context}:`, error);
  };

let mainWindow: BrowserWindow | null = null;
let menuLanguage: MenuLanguage = 'en';

const liveMainWindow = (): BrowserWindow | null =>
  mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;

const sendMenuCommand = (command: MenuCommand): void => {
  liveMainWindow()?.webContents.send(menuCommandChannel, command);
};

const rebuildMenu = (): void => {
  const template = buildMenuTemplate({
    texts: menuTexts[menuLanguage],
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    sendCommand: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};

const setMenuLanguage = (language: MenuLanguage): void => {
  if (language === menuLanguage) return;
  menuLanguage = language;
  rebuildMenu();
};

const systemLocale = (): string =>
  app.getPreferredSystemLanguages()[0] || app.getSystemLocale() || app.getLocale();

const createMainWindow = (): void => {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(appIndexUrl).catch(logError('loading the app failed'));
};

const start = (): void => {
  // Must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('fi.kontakt.desktop');

  app.on('second-instance', createSecondInstanceHandler(liveMainWindow, createMainWindow));

  // Every web contents, not only our window's, gets the navigation, popup and webview guards.
  app.on('web-contents-created', (_event, contents) => {
    installWindowGuards(contents, shell, logError('opening an external link failed'));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && liveMainWindow() === null) createMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      protocol.handle(appScheme, createAppProtocolHandler({ rootDirectory: rendererDirectory }));

      const ipc = createValidatedIpcMain({
        ipcMain,
        getTrustedWindows: () => {
          const window = liveMainWindow();
          return window === null ? [] : [window];
        },
        onRejected: (channel, reason) => console.warn(`[kontakt] refused IPC on ${channel}: ${reason}`),
      });
      registerPlatformIpcHandlers({
        ipc,
        rememberedKeys: createRememberedKeyStore({
          safeStorage,
          filePath: path.join(app.getPath('userData'), rememberedKeysFileName),
          platform: process.platform,
        }),
        sessionTokens: createSessionTokenStore({
          safeStorage,
          filePath: path.join(app.getPath('userData'), sessionTokensFileName),
          platform: process.platform,
        }),
        getSystemLocale: systemLocale,
        openExternal: (url) => shell.openExternal(url),
        setMenuLanguage,
        fileDialogs: {
          // Modal to the main window, so the dialog cannot get lost behind it.
          showOpenDialog: (options) => {
            const window = liveMainWindow();
            return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
          },
          showSaveDialog: (options) => {
            const window = liveMainWindow();
            return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
          },
          fileSize: async (filePath) => (await stat(filePath)).size,
          readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
          writeFile: (filePath, bytes) => writeFile(filePath, bytes),
          defaultDirectory: () => app.getPath('documents'),
        },
        // validatedIpcMain only accepts requests from the main window's app page, so that page is what prints.
        getPrintableContents: () => liveMainWindow()?.webContents ?? null,
      });

      app.setAboutPanelOptions({ applicationName: 'Kontakt', applicationVersion: app.getVersion() });
      // The renderer reports its language once loaded; until then guess the way it will.
      menuLanguage = languageFromLocale(systemLocale());
      rebuildMenu();
      createMainWindow();
    })
    .catch((error: unknown) => {
      logError('startup failed')(error);
      app.quit();
    });
};

if (acquireSingleInstanceLock(app)) start();
