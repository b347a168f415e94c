import { menuCommands, type MenuCommand, type PlatformApi } from '../shared/platform/PlatformApi';
import {
  invokeChannels,
  menuCommandChannel,
  sendChannels,
  type InvokeContract,
  type InvokeName,
  type SendContract,
  type SendName,
} from './ipcChannels';
import type { MenuLanguage } from './menuTexts';

export type DesktopPlatformApi = PlatformApi & { setMenuLanguage: (language: MenuLanguage) => void };

/** The slice of Electron's IpcRenderer the preload uses; the real ipcRenderer satisfies it. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (menuCommands as readonly string[]).includes(value);

/**
 * Builds the single object the preload exposes. Every member is a closure over ipcRenderer, so the
 * page never gets ipcRenderer itself (which would let it send on any channel).
 */
export const createDesktopPlatformApi = (ipcRenderer: IpcRendererLike): DesktopPlatformApi => {
  const invoke = <Name extends InvokeName>(
    name: Name,
    ...args: InvokeContract[Name]['args']
  ): Promise<InvokeContract[Name]['result']> =>
    ipcRenderer.invoke(invokeChannels[name], ...args) as Promise<InvokeContract[Name]['result']>;

  const send = <Name extends SendName>(name: Name, ...args: SendContract[Name]['args']): void =>
    ipcRenderer.send(sendChannels[name], ...args);

  return {
    kind: 'electron',
    systemLocale: () => invoke('systemLocale'),
    rememberedKey: {
      availability: () => invoke('rememberedKeyAvailability'),
      store: (registerId, rawKey) => invoke('rememberedKeyStore', registerId, rawKey),
      load: (registerId) => invoke('rememberedKeyLoad', registerId),
      forget: (registerId) => invoke('rememberedKeyForget', registerId),
    },
    sessionToken: {
      availability: () => invoke('sessionTokenAvailability'),
      store: (registerId, token) => invoke('sessionTokenStore', registerId, token),
      load: (registerId) => invoke('sessionTokenLoad', registerId),
      forget: (registerId) => invoke('sessionTokenForget', registerId),
    },
    onMenuCommand: (listener) => {
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(menuCommandChannel, forward);
      return () => {
        ipcRenderer.removeListener(menuCommandChannel, forward);
      };
    },
    openExternal: (url) => invoke('openExternal', url),
    openSpreadsheet: () => invoke('openSpreadsheet'),
    saveFile: (request) => invoke('saveFile', request),
    printToPdf: (request) => invoke('printToPdf', request),
    setMenuLanguage: (language) => send('setMenuLanguage', language),
  };
};
