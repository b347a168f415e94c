import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/mainWindowOptions';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer with the given preload', () => {
    const { webPreferences } = mainWindowOptions('/app/dist/electron/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
