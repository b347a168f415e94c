import { describe, expect, it, vi } from 'vitest';
import {
  acquireSingleInstanceLock,
  createSecondInstanceHandler,
  type RestorableWindow,
} from '../../../electron/singleInstance';

const fakeWindow = (isMinimized: boolean) => {
  const calls: string[] = [];
  const window: RestorableWindow = {
    isMinimized: () => isMinimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
};

describe('acquireSingleInstanceLock', () => {
  it('lets the first instance run', () => {
    const app = { requestSingleInstanceLock: () => true, quit: vi.fn() };
    expect(acquireSingleInstanceLock(app)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('makes a second instance quit itself', () => {
    const app = { requestSingleInstanceLock: () => false, quit: vi.fn() };
    expect(acquireSingleInstanceLock(app)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });
});

describe('second-instance handler', () => {
  it('restores a minimised window, then shows and focuses it', () => {
    const { window, calls } = fakeWindow(true);
    const openWindow = vi.fn();
    createSecondInstanceHandler(() => window, openWindow)();
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('focuses a window that is not minimised without restoring it', () => {
    const { window, calls } = fakeWindow(false);
    createSecondInstanceHandler(() => window, vi.fn())();
    expect(calls).toEqual(['show', 'focus']);
  });

  it('opens a window when the first instance has none', () => {
    const openWindow = vi.fn();
    createSecondInstanceHandler(() => null, openWindow)();
    expect(openWindow).toHaveBeenCalledTimes(1);
  });
});
