// Plain stand-ins for the Electron objects the electron/ modules receive by injection.
import type {
  IpcMainLike,
  IpcSenderEvent,
  SenderFrame,
  TrustedWindow,
} from '../../../electron/validatedIpcMain';

export const appPageUrl = 'app://kontakt/index.html';

export const fakeFrame = (
  url: string,
  {
    processId = 7,
    routingId = 1,
    parent = null,
  }: Partial<Pick<SenderFrame, 'processId' | 'routingId' | 'parent'>> = {},
): SenderFrame => ({ url, processId, routingId, parent });

export const fakeWindow = (webContentsId: number, mainFrame: SenderFrame): TrustedWindow => ({
  webContents: { id: webContentsId, mainFrame },
});

export const fakeEvent = (webContentsId: number, senderFrame: SenderFrame | null): IpcSenderEvent => ({
  sender: { id: webContentsId },
  senderFrame,
});

type InvokeListener = (event: IpcSenderEvent, ...args: unknown[]) => unknown;
type SendListener = (event: IpcSenderEvent, ...args: unknown[]) => void;

/** Records registrations like ipcMain and lets a test deliver messages with any sender it likes. */
export const createFakeIpcMain = () => {
  const handlers = new Map<string, InvokeListener>();
  const listeners = new Map<string, SendListener[]>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    on: (channel, listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
  };
  const invoke = async (channel: string, event: IpcSenderEvent, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler for ${channel}`);
    return handler(event, ...args);
  };
  const send = (channel: string, event: IpcSenderEvent, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
  };
  return { ipcMain, handlers, listeners, invoke, send };
};
