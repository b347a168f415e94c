import { isAppUrl } from './appOrigin';
import { invokeArgumentGuards, sendArgumentGuards } from './ipcArgumentGuards';
import {
  invokeChannels,
  sendChannels,
  type InvokeContract,
  type InvokeName,
  type SendContract,
  type SendName,
} from './ipcChannels';

/*
 * Structural slices of Electron's IpcMain, IpcMainInvokeEvent, WebContents and WebFrameMain:
 * the real objects satisfy them (main.ts passes them in and tsc checks), and tests can pass plain fakes.
 */
export type SenderFrame = {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: SenderFrame | null;
};

export type IpcSenderEvent = {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrame | null;
};

export type TrustedWindow = {
  readonly webContents: { readonly id: number; readonly mainFrame: SenderFrame };
};

export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): void;
};

export type IpcRejectionReason =
  'noSenderFrame' | 'notMainFrame' | 'unknownWindow' | 'foreignOrigin' | 'invalidArguments';

/**
 * Decides whether an IPC message really comes from our app page: the top frame of a window we
 * created, currently showing app://kontakt. Anything else (an iframe, a navigated-away page, a
 * window we did not open) is refused, after the model of VS Code's validatedIpcMain.
 */
export const checkIpcSender = (
  event: IpcSenderEvent,
  trustedWindows: readonly TrustedWindow[],
): IpcRejectionReason | null => {
  const frame = event.senderFrame;
  if (frame === null) return 'noSenderFrame';
  if (frame.parent !== null) return 'notMainFrame';
  const window = trustedWindows.find((candidate) => candidate.webContents.id === event.sender.id);
  if (window === undefined) return 'unknownWindow';
  const mainFrame = window.webContents.mainFrame;
  if (mainFrame.processId !== frame.processId || mainFrame.routingId !== frame.routingId)
    return 'notMainFrame';
  if (!isAppUrl(frame.url)) return 'foreignOrigin';
  return null;
};

export class IpcRejectedError extends Error {
  readonly reason: IpcRejectionReason;

  constructor(channel: string, reason: IpcRejectionReason) {
    super(`IPC on ${channel} refused: ${reason}`);
    this.name = 'IpcRejectedError';
    this.reason = reason;
  }
}

type InvokeHandler<Name extends InvokeName> = (
  ...args: InvokeContract[Name]['args']
) => InvokeContract[Name]['result'] | Promise<InvokeContract[Name]['result']>;

type SendListener<Name extends SendName> = (...args: SendContract[Name]['args']) => void;

export type ValidatedIpcMain = {
  handle: <Name extends InvokeName>(name: Name, handler: InvokeHandler<Name>) => void;
  on: <Name extends SendName>(name: Name, listener: SendListener<Name>) => void;
};

export type ValidatedIpcMainOptions = {
  ipcMain: IpcMainLike;
  /** The windows this process created; read on every message so closed windows drop out. */
  getTrustedWindows: () => readonly TrustedWindow[];
  onRejected?: (channel: string, reason: IpcRejectionReason) => void;
};

/** The one way main registers IPC: checks the sender, then the argument shape, then calls through. */
export const createValidatedIpcMain = ({
  ipcMain,
  getTrustedWindows,
  onRejected = () => undefined,
}: ValidatedIpcMainOptions): ValidatedIpcMain => {
  const rejectionOf = (
    event: IpcSenderEvent,
    args: readonly unknown[],
    isValidArgs: (args: readonly unknown[]) => boolean,
  ): IpcRejectionReason | null =>
    checkIpcSender(event, getTrustedWindows()) ?? (isValidArgs(args) ? null : 'invalidArguments');

  return {
    handle: (name, handler) => {
      const channel = invokeChannels[name];
      const isValidArgs = invokeArgumentGuards[name] as (args: readonly unknown[]) => boolean;
      ipcMain.handle(channel, (event, ...args) => {
        const reason = rejectionOf(event, args, isValidArgs);
        if (reason !== null) {
          onRejected(channel, reason);
          throw new IpcRejectedError(channel, reason);
        }
        return (handler as (...args: unknown[]) => unknown)(...args);
      });
    },
    on: (name, listener) => {
      const channel = sendChannels[name];
      const isValidArgs = sendArgumentGuards[name] as (args: readonly unknown[]) => boolean;
      ipcMain.on(channel, (event, ...args) => {
        const reason = rejectionOf(event, args, isValidArgs);
        if (reason !== null) {
          // A fire-and-forget message has nobody to throw to; dropping it is the refusal.
          onRejected(channel, reason);
          return;
        }
        (listener as (...args: unknown[]) => void)(...args);
      });
    },
  };
};
