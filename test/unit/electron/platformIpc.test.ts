// The preload's PlatformApi object talking to main's handlers through fake IPC: proves both ends
// agree on channel names and argument order, and that every call passes the sender check.
import { describe, expect, it, vi } from 'vitest';
import { createDesktopPlatformApi, type IpcRendererLike } from '../../../electron/desktopPlatformApi';
import { menuCommandChannel } from '../../../electron/ipcChannels';
import type { MenuLanguage } from '../../../electron/menuTexts';
import { registerPlatformIpcHandlers } from '../../../electron/platformIpcHandlers';
import type { PdfOptions } from '../../../electron/pdfPrinting';
import { createValidatedIpcMain } from '../../../electron/validatedIpcMain';
import type { MenuCommand, RememberedKeyApi, SessionTokenApi } from '../../../shared/platform/PlatformApi';
import { appPageUrl, createFakeIpcMain, fakeEvent, fakeFrame, fakeWindow } from './electronFakes';

const setup = (senderUrl = appPageUrl) => {
  const fake = createFakeIpcMain();
  const appFrame = fakeFrame(appPageUrl);
  const ipc = createValidatedIpcMain({
    ipcMain: fake.ipcMain,
    getTrustedWindows: () => [fakeWindow(1, appFrame)],
  });

  const remembered = new Map<string, Uint8Array>();
  const rememberedKeys: RememberedKeyApi = {
    availability: async () => ({ isAvailable: true }),
    store: async (registerId, rawKey) => void remembered.set(registerId, rawKey),
    load: async (registerId) => remembered.get(registerId) ?? null,
    forget: async (registerId) => void remembered.delete(registerId),
  };
  const tokens = new Map<string, string>();
  const sessionTokens: SessionTokenApi = {
    availability: async () => ({ isAvailable: true }),
    store: async (registerId, token) => void tokens.set(registerId, token),
    load: async (registerId) => tokens.get(registerId) ?? null,
    forget: async (registerId) => void tokens.delete(registerId),
  };
  const openExternal = vi.fn(async (_url: string) => undefined);
  const menuLanguages: MenuLanguage[] = [];
  const written = new Map<string, Uint8Array>();
  const pdfCalls: PdfOptions[] = [];
  registerPlatformIpcHandlers({
    ipc,
    rememberedKeys,
    sessionTokens,
    getSystemLocale: () => 'sv-FI',
    openExternal,
    setMenuLanguage: (language) => menuLanguages.push(language),
    fileDialogs: {
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/u/Documents/kontakter.csv'] }),
      showSaveDialog: async (options) => ({ canceled: false, filePath: options.defaultPath }),
      fileSize: async () => 3,
      readFile: async () => new Uint8Array([1, 2, 3]),
      writeFile: async (filePath, bytes) => void written.set(filePath, bytes),
      defaultDirectory: () => '/home/u/Documents',
    },
    getPrintableContents: () => ({
      printToPDF: async (options) => {
        pdfCalls.push(options);
        return new Uint8Array([37, 80, 68, 70]);
      },
    }),
  });

  // The renderer side: messages arrive in main as if sent by the frame at senderUrl.
  const rendererListeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const senderFrame = senderUrl === appPageUrl ? appFrame : fakeFrame(senderUrl);
  const ipcRenderer: IpcRendererLike = {
    invoke: (channel, ...args) => fake.invoke(channel, fakeEvent(1, senderFrame), ...args),
    send: (channel, ...args) => fake.send(channel, fakeEvent(1, senderFrame), ...args),
    on: (channel, listener) =>
      rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]),
    removeListener: (channel, listener) =>
      rendererListeners.set(
        channel,
        (rendererListeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  };
  const mainSends = (channel: string, ...args: unknown[]) => {
    for (const listener of rendererListeners.get(channel) ?? []) listener({}, ...args);
  };
  return {
    api: createDesktopPlatformApi(ipcRenderer),
    openExternal,
    menuLanguages,
    mainSends,
    fake,
    written,
    pdfCalls,
  };
};

describe('desktop PlatformApi over validated IPC', () => {
  it('registers a handler for every invoke channel the preload uses', () => {
    const { fake } = setup();
    expect(fake.handlers.size).toBe(13);
  });

  it('reports the system locale and remembers, loads and forgets keys', async () => {
    const { api } = setup();
    expect(api.kind).toBe('electron');
    expect(await api.systemLocale()).toBe('sv-FI');
    expect(await api.rememberedKey.availability()).toEqual({ isAvailable: true });
    const key = new Uint8Array(32).fill(7);
    await api.rememberedKey.store('register-1', key);
    expect(await api.rememberedKey.load('register-1')).toEqual(key);
    await api.rememberedKey.forget('register-1');
    expect(await api.rememberedKey.load('register-1')).toBeNull();
  });

  it('opens only http(s) and mailto links', async () => {
    const { api, openExternal } = setup();
    await api.openExternal('https://example.com/');
    await api.openExternal('mailto:a@example.com');
    await expect(api.openExternal('file:///etc/passwd')).rejects.toThrow();
    await expect(api.openExternal('javascript:alert(1)')).rejects.toThrow();
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.com/',
      'mailto:a@example.com',
    ]);
  });

  it('passes the menu language to main', () => {
    const { api, menuLanguages } = setup();
    api.setMenuLanguage('fi');
    expect(menuLanguages).toEqual(['fi']);
  });

  it('refuses every call when the page is not the app', async () => {
    const { api, openExternal, menuLanguages } = setup('https://evil.example/');
    await expect(api.systemLocale()).rejects.toThrow(/foreignOrigin/);
    await expect(api.rememberedKey.load('register-1')).rejects.toThrow(/foreignOrigin/);
    await expect(api.openExternal('https://example.com/')).rejects.toThrow(/foreignOrigin/);
    api.setMenuLanguage('sv');
    expect(openExternal).not.toHaveBeenCalled();
    expect(menuLanguages).toEqual([]);
  });

  it('delivers menu commands until unsubscribed and ignores unknown ones', () => {
    const { api, mainSends } = setup();
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    mainSends(menuCommandChannel, 'newPerson');
    mainSends(menuCommandChannel, 'formatDisk');
    mainSends(menuCommandChannel, { command: 'lockNow' });
    unsubscribe();
    mainSends(menuCommandChannel, 'lockNow');
    expect(received).toEqual(['newPerson']);
  });

  it('carries the session token both ways and refuses a malformed one before main sees it', async () => {
    const { api } = setup();
    const token = 'kt_0123456789abcdefABCDEF-._~';
    expect(await api.sessionToken.availability()).toEqual({ isAvailable: true });
    await api.sessionToken.store('register-1', token);
    expect(await api.sessionToken.load('register-1')).toBe(token);
    await expect(api.sessionToken.store('register-1', 'short')).rejects.toThrow();
    await expect(api.sessionToken.store('register-1', `${token} with spaces`)).rejects.toThrow();
    await api.sessionToken.forget('register-1');
    expect(await api.sessionToken.load('register-1')).toBeNull();
  });

  it('exposes only PlatformApi members and no raw ipcRenderer', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual(
      [
        'kind',
        'onMenuCommand',
        'openExternal',
        'openSpreadsheet',
        'printToPdf',
        'rememberedKey',
        'saveFile',
        'sessionToken',
        'setMenuLanguage',
        'systemLocale',
      ].sort(),
    );
    expect(Object.keys(api.sessionToken).sort()).toEqual(['availability', 'forget', 'load', 'store']);
    expect(Object.keys(api.rememberedKey).sort()).toEqual(['availability', 'forget', 'load', 'store']);
  });

  it('opens a picked spreadsheet and saves through the native dialog', async () => {
    const { api, written } = setup();
    expect(await api.openSpreadsheet()).toEqual({ name: 'kontakter.csv', bytes: new Uint8Array([1, 2, 3]) });
    const bytes = new Uint8Array([9, 8]);
    expect(await api.saveFile({ suggestedName: 'people.xlsx', bytes, filters: [] })).toBe(true);
    expect(written.get('/home/u/Documents/people.xlsx')).toEqual(bytes);
  });

  it('refuses a save request with a path in its name or odd filters', async () => {
    const { api } = setup();
    const bytes = new Uint8Array([1]);
    await expect(api.saveFile({ suggestedName: '../../.bashrc', bytes, filters: [] })).rejects.toThrow();
    await expect(
      api.saveFile({ suggestedName: 'a.xlsx', bytes, filters: [{ name: 'x', extensions: ['../sh'] }] }),
    ).rejects.toThrow();
  });

  it('prints the app page to an A4 PDF and saves it through the native dialog', async () => {
    const { api, written, pdfCalls } = setup();
    expect(await api.printToPdf({ suggestedName: 'tietosuojaseloste' })).toBe('saved');
    expect(pdfCalls).toEqual([expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true })]);
    expect(written.get('/home/u/Documents/tietosuojaseloste.pdf')).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('refuses a PDF request with a path, extra fields, or from a foreign page, before printing', async () => {
    const { api, pdfCalls } = setup();
    await expect(api.printToPdf({ suggestedName: '../notice' })).rejects.toThrow(/invalidArguments/);
    await expect(
      api.printToPdf({ suggestedName: 'a', path: '/tmp/x.pdf' } as unknown as { suggestedName: string }),
    ).rejects.toThrow(/invalidArguments/);
    const foreign = setup('https://evil.example/');
    await expect(foreign.api.printToPdf({ suggestedName: 'notice' })).rejects.toThrow(/foreignOrigin/);
    expect([...pdfCalls, ...foreign.pdfCalls]).toEqual([]);
  });
});
