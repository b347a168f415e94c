// Bundled by electron/build.mjs into one CJS file: a sandboxed preload can require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { platformGlobalName } from '../shared/platform/PlatformApi';
import { createDesktopPlatformApi } from './desktopPlatformApi';

contextBridge.exposeInMainWorld(platformGlobalName, createDesktopPlatformApi(ipcRenderer));
