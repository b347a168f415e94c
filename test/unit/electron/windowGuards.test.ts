import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../../electron/denyAllPermissions';
import {
  createWindowOpenHandler,
  installWindowGuards,
  preventForeignNavigation,
  type GuardableWebContents,
} from '../../../electron/windowGuards';

const navigationEvent = (url: string) => {
  const event = { url, isPrevented: false, preventDefault: () => undefined };
  event.preventDefault = () => {
    event.isPrevented = true;
  };
  return event;
};

const fakeShell = () => ({ openExternal: vi.fn(async (_url: string) => undefined) });

describe('navigation guard', () => {
  it.each(['app://kontakt/', 'app://kontakt/index.html', 'app://kontakt/index.html#/people'])(
    'allows the app page %s',
    (url) => {
      const event = navigationEvent(url);
      preventForeignNavigation(event);
      expect(event.isPrevented).toBe(false);
    },
  );

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///home/user/dist/renderer/index.html',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
  ])('blocks %s', (url) => {
    const event = navigationEvent(url);
    preventForeignNavigation(event);
    expect(event.isPrevented).toBe(true);
  });
});

describe('window open handler', () => {
  it.each(['https://example.com/page', 'http://example.com/', 'mailto:someone@example.com'])(
    'denies the window and opens %s externally',
    (url) => {
      const shell = fakeShell();
      expect(createWindowOpenHandler(shell)({ url })).toEqual({ action: 'deny' });
      expect(shell.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'file:///etc/passwd',
    'app://kontakt/index.html',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'https://',
    'not a url',
  ])('denies %s without opening anything', (url) => {
    const shell = fakeShell();
    expect(createWindowOpenHandler(shell)({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports a failed openExternal instead of throwing', async () => {
    const onError = vi.fn();
    const shell = { openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) };
    createWindowOpenHandler(shell, onError)({ url: 'https://example.com/' });
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
  });
});

describe('installWindowGuards', () => {
  const fakeContents = () => {
    const listeners = new Map<string, (event: never) => void>();
    let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
    const contents: GuardableWebContents = {
      on: (eventName: string, listener: (event: never) => void) => listeners.set(eventName, listener),
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
    };
    return { contents, listeners, getOpenHandler: () => openHandler };
  };

  it('guards navigation, redirects, webviews and window.open', () => {
    const { contents, listeners, getOpenHandler } = fakeContents();
    const shell = fakeShell();
    installWindowGuards(contents, shell);

    for (const eventName of ['will-navigate', 'will-redirect']) {
      const blocked = navigationEvent('https://evil.example/');
      listeners.get(eventName)?.(blocked as never);
      expect(blocked.isPrevented, eventName).toBe(true);
      const allowed = navigationEvent('app://kontakt/index.html');
      listeners.get(eventName)?.(allowed as never);
      expect(allowed.isPrevented, eventName).toBe(false);
    }

    const webview = navigationEvent('https://example.com/');
    listeners.get('will-attach-webview')?.(webview as never);
    expect(webview.isPrevented).toBe(true);

    const response = getOpenHandler()?.({ url: 'https://example.com/' } as HandlerDetails);
    expect(response).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request and answers every check with false', () => {
    type RequestHandler = (
      webContents: never,
      permission: string,
      callback: (isGranted: boolean) => void,
    ) => void;
    let requestHandler: RequestHandler | undefined;
    let checkHandler: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler as unknown as RequestHandler;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler as unknown as () => boolean;
      },
    });

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.({} as never, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(checkHandler?.()).toBe(false);
    expect(requestHandler).toBeDefined();
    expect(checkHandler).toBeDefined();
  });
});
