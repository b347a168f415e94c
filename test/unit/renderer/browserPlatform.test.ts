// renderer/platform lives beside the preload as PlatformApi's second implementation, so it is tested here too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserPlatform } from '../../../renderer/platform/browserPlatform';
import { getPlatform } from '../../../renderer/platform/getPlatform';
import type { PlatformApi } from '../../../shared/platform/PlatformApi';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browserPlatform', () => {
  it('is the browser kind and takes the locale from navigator.languages', async () => {
    vi.stubGlobal('navigator', { languages: ['sv-FI', 'en'], language: 'en-US' });
    expect(browserPlatform.kind).toBe('browser');
    expect(await browserPlatform.systemLocale()).toBe('sv-FI');
  });

  it('never remembers a key', async () => {
    expect(await browserPlatform.rememberedKey.availability()).toEqual({
      isAvailable: false,
      reason: 'notDesktop',
    });
    await expect(browserPlatform.rememberedKey.store('r', new Uint8Array(32))).rejects.toThrow();
    expect(await browserPlatform.rememberedKey.load('r')).toBeNull();
  });

  it('has no menu commands, only a harmless unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = browserPlatform.onMenuCommand(listener);
    expect(() => unsubscribe()).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });

  it('opens web and mail links in a new, opener-less tab and refuses other schemes', async () => {
    const open = vi.fn();
    vi.stubGlobal('window', { open });
    await browserPlatform.openExternal('https://example.com/');
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', expect.stringContaining('noopener'));
    await expect(browserPlatform.openExternal('javascript:alert(1)')).rejects.toThrow();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('getPlatform', () => {
  it('returns the preload object when present', () => {
    const desktop = { kind: 'electron' } as PlatformApi;
    vi.stubGlobal('window', { kontakt: desktop });
    expect(getPlatform()).toBe(desktop);
  });

  it('falls back to the browser adapter', () => {
    vi.stubGlobal('window', {});
    expect(getPlatform()).toBe(browserPlatform);
  });
});
