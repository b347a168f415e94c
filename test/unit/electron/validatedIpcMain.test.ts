import { describe, expect, it, vi } from 'vitest';
import { invokeChannels, sendChannels } from '../../../electron/ipcChannels';
import { checkIpcSender, createValidatedIpcMain, IpcRejectedError } from '../../../electron/validatedIpcMain';
import { appPageUrl, createFakeIpcMain, fakeEvent, fakeFrame, fakeWindow } from './electronFakes';

const appFrame = fakeFrame(appPageUrl, { processId: 7, routingId: 1 });
const ourWindow = fakeWindow(1, appFrame);

const setup = () => {
  const fake = createFakeIpcMain();
  const onRejected = vi.fn();
  const ipc = createValidatedIpcMain({
    ipcMain: fake.ipcMain,
    getTrustedWindows: () => [ourWindow],
    onRejected,
  });
  return { ...fake, ipc, onRejected };
};

describe('checkIpcSender', () => {
  it('accepts the main frame of our window showing the app page', () => {
    expect(checkIpcSender(fakeEvent(1, appFrame), [ourWindow])).toBeNull();
    expect(checkIpcSender(fakeEvent(1, fakeFrame('app://kontakt/#/people')), [ourWindow])).toBeNull();
  });

  it('refuses an event without a sender frame', () => {
    expect(checkIpcSender(fakeEvent(1, null), [ourWindow])).toBe('noSenderFrame');
  });

  it('refuses a subframe even when it is on the app origin', () => {
    const iframe = fakeFrame(appPageUrl, { processId: 7, routingId: 2, parent: appFrame });
    expect(checkIpcSender(fakeEvent(1, iframe), [ourWindow])).toBe('notMainFrame');
  });

  it('refuses a top frame that is not the main frame of the window it claims', () => {
    const otherFrame = fakeFrame(appPageUrl, { processId: 8, routingId: 1 });
    expect(checkIpcSender(fakeEvent(1, otherFrame), [ourWindow])).toBe('notMainFrame');
  });

  it('refuses web contents that are not one of our windows', () => {
    expect(checkIpcSender(fakeEvent(99, appFrame), [ourWindow])).toBe('unknownWindow');
    expect(checkIpcSender(fakeEvent(1, appFrame), [])).toBe('unknownWindow');
  });

  it.each([
    'https://evil.example/',
    'file:///home/user/index.html',
    'app://evil/index.html',
    'app://kontakt.evil/index.html',
    'app://user@kontakt/index.html',
    'http://kontakt/',
    'about:blank',
    'not a url',
  ])('refuses the foreign origin %s', (url) => {
    const frame = fakeFrame(url);
    expect(checkIpcSender(fakeEvent(1, frame), [fakeWindow(1, frame)])).toBe('foreignOrigin');
  });
});

describe('createValidatedIpcMain', () => {
  it('calls the handler for a valid sender and valid arguments', async () => {
    const { ipc, invoke } = setup();
    ipc.handle('rememberedKeyLoad', async (registerId) => new TextEncoder().encode(registerId));
    const result = await invoke(invokeChannels.rememberedKeyLoad, fakeEvent(1, appFrame), 'abc');
    expect(result).toEqual(new TextEncoder().encode('abc'));
  });

  it('throws for a foreign sender without calling the handler', async () => {
    const { ipc, invoke, onRejected } = setup();
    const handler = vi.fn(() => 'fi-FI');
    ipc.handle('systemLocale', handler);
    const foreign = fakeFrame('https://evil.example/');
    await expect(invoke(invokeChannels.systemLocale, fakeEvent(1, foreign))).rejects.toBeInstanceOf(
      IpcRejectedError,
    );
    expect(handler).not.toHaveBeenCalled();
    expect(onRejected).toHaveBeenCalledWith(invokeChannels.systemLocale, 'foreignOrigin');
  });

  it('throws for a subframe sender', async () => {
    const { ipc, invoke } = setup();
    const handler = vi.fn(() => 'fi-FI');
    ipc.handle('systemLocale', handler);
    const iframe = fakeFrame(appPageUrl, { routingId: 5, parent: appFrame });
    await expect(invoke(invokeChannels.systemLocale, fakeEvent(1, iframe))).rejects.toMatchObject({
      reason: 'notMainFrame',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing argument', []],
    ['a number instead of an id', [42]],
    ['an extra argument', ['abc', 'extra']],
    ['an empty id', ['']],
  ])('throws for %s', async (_name, args) => {
    const { ipc, invoke } = setup();
    const handler = vi.fn(async () => null);
    ipc.handle('rememberedKeyLoad', handler);
    await expect(
      invoke(invokeChannels.rememberedKeyLoad, fakeEvent(1, appFrame), ...args),
    ).rejects.toMatchObject({
      reason: 'invalidArguments',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the raw key of a store call', async () => {
    const { ipc, invoke } = setup();
    const handler = vi.fn(async () => undefined);
    ipc.handle('rememberedKeyStore', handler);
    const event = fakeEvent(1, appFrame);
    await expect(invoke(invokeChannels.rememberedKeyStore, event, 'r1', 'not bytes')).rejects.toThrow(
      IpcRejectedError,
    );
    await expect(invoke(invokeChannels.rememberedKeyStore, event, 'r1', new Uint8Array(4))).rejects.toThrow(
      IpcRejectedError,
    );
    await invoke(invokeChannels.rememberedKeyStore, event, 'r1', new Uint8Array(32));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('drops send messages from untrusted senders or with bad arguments, delivers good ones', () => {
    const { ipc, send, onRejected } = setup();
    const listener = vi.fn();
    ipc.on('setMenuLanguage', listener);
    send(sendChannels.setMenuLanguage, fakeEvent(1, fakeFrame('https://evil.example/')), 'sv');
    send(sendChannels.setMenuLanguage, fakeEvent(1, appFrame), 'de');
    send(sendChannels.setMenuLanguage, fakeEvent(2, appFrame), 'sv');
    expect(listener).not.toHaveBeenCalled();
    expect(onRejected.mock.calls.map(([, reason]) => reason)).toEqual([
      'foreignOrigin',
      'invalidArguments',
      'unknownWindow',
    ]);
    send(sendChannels.setMenuLanguage, fakeEvent(1, appFrame), 'sv');
    expect(listener).toHaveBeenCalledWith('sv');
  });

  it('reads the trusted windows on every message, so a closed window stops being trusted', async () => {
    const fake = createFakeIpcMain();
    let windows = [ourWindow];
    const ipc = createValidatedIpcMain({ ipcMain: fake.ipcMain, getTrustedWindows: () => windows });
    ipc.handle('systemLocale', () => 'sv-FI');
    await expect(fake.invoke(invokeChannels.systemLocale, fakeEvent(1, appFrame))).resolves.toBe('sv-FI');
    windows = [];
    await expect(fake.invoke(invokeChannels.systemLocale, fakeEvent(1, appFrame))).rejects.toMatchObject({
      reason: 'unknownWindow',
    });
  });
});
