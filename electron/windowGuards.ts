import type { HandlerDetails, Shell, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl, isExternalUrl } from './appOrigin';

type PreventableEvent = { preventDefault: () => void };
type NavigationEvent = PreventableEvent & { readonly url: string };

/** 'will-navigate' / 'will-redirect': the window may only ever show app:// pages. */
export const preventForeignNavigation = (event: NavigationEvent): void => {
  if (!isAppUrl(event.url)) event.preventDefault();
};

/** No <webview>: nothing in the app needs one and it would be a second, unguarded browser. */
export const preventWebviewAttach = (event: PreventableEvent): void => {
  event.preventDefault();
};

/**
 * window.open / target=_blank never creates an Electron window. Web and mail links go to the
 * system browser or mail client; everything else (file:, javascript:, app:) is dropped.
 */
export const createWindowOpenHandler =
  (
    shell: Pick<Shell, 'openExternal'>,
    onError: (error: unknown) => void = () => undefined,
  ): ((details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse) =>
  ({ url }) => {
    if (isExternalUrl(url)) shell.openExternal(url).catch(onError);
    return { action: 'deny' };
  };

/** The slice of WebContents the guards attach to. */
export type GuardableWebContents = {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
};

export const installWindowGuards = (
  contents: GuardableWebContents,
  shell: Pick<Shell, 'openExternal'>,
  onError?: (error: unknown) => void,
): void => {
  contents.on('will-navigate', preventForeignNavigation);
  contents.on('will-redirect', preventForeignNavigation);
  contents.on('will-attach-webview', preventWebviewAttach);
  contents.setWindowOpenHandler(createWindowOpenHandler(shell, onError));
};
