import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/applicationMenu';
import { menuLanguages, menuTexts, type MenuLanguage, type MenuTextKey } from '../../../electron/menuTexts';
import { menuCommands, type MenuCommand } from '../../../shared/platform/PlatformApi';

const flatten = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const build = ({ isMac = false, isPackaged = true, language = 'en' as MenuLanguage } = {}) => {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    texts: menuTexts[language],
    isMac,
    isPackaged,
    sendCommand: (command) => sent.push(command),
  });
  return { template, items: flatten(template), sent };
};

const click = (item: MenuItemConstructorOptions | undefined): void => {
  (item?.click as (() => void) | undefined)?.();
};

describe('menu texts', () => {
  const englishKeys = Object.keys(menuTexts.en).sort();

  it.each(menuLanguages)('%s has every key, each with a non-empty label', (language) => {
    const texts = menuTexts[language];
    expect(Object.keys(texts).sort()).toEqual(englishKeys);
    for (const key of englishKeys) expect(texts[key as MenuTextKey].trim(), key).not.toBe('');
  });

  it('covers fi, sv and en', () => {
    expect([...menuLanguages].sort()).toEqual(['en', 'fi', 'sv']);
  });

  it('is actually translated', () => {
    const translatable: MenuTextKey[] = ['file', 'edit', 'view', 'help', 'newPerson', 'lockNow', 'settings'];
    for (const key of translatable) {
      expect(menuTexts.fi[key], key).not.toBe(menuTexts.en[key]);
      expect(menuTexts.sv[key], key).not.toBe(menuTexts.en[key]);
      expect(menuTexts.fi[key], key).not.toBe(menuTexts.sv[key]);
    }
  });
});

describe('application menu template', () => {
  it.each([
    ['newPerson', 'CmdOrCtrl+N'],
    ['newOrganisation', 'CmdOrCtrl+Shift+N'],
    ['lockNow', 'CmdOrCtrl+L'],
    ['search', 'CmdOrCtrl+F'],
    ['openSettings', 'CmdOrCtrl+,'],
    ['showPeople', undefined],
    ['showOrganisations', undefined],
  ] as const)('the %s item sends its command (accelerator %s)', (command, accelerator) => {
    const { items, sent } = build();
    const item = items.find((candidate) => candidate.id === command);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('offers every MenuCommand exactly once', () => {
    const { items } = build();
    const ids = items.map((item) => item.id).filter((id) => id !== undefined);
    expect([...ids].sort()).toEqual([...menuCommands].sort());
  });

  it('labels items in the chosen language', () => {
    const { template, items } = build({ language: 'fi' });
    expect(template.map((menu) => menu.label)).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ohje']);
    expect(items.find((item) => item.id === 'newPerson')?.label).toBe('Uusi henkilö');
    expect(items.find((item) => item.role === 'copy')?.label).toBe('Kopioi');
    expect(build({ language: 'sv' }).items.find((item) => item.id === 'lockNow')?.label).toBe('Lås nu');
  });

  it('has File, Edit, View and Help with Quit and About on Windows and Linux', () => {
    const { template, items } = build();
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(items.some((item) => item.role === 'quit')).toBe(true);
    expect(items.some((item) => item.role === 'about')).toBe(true);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const) {
      expect(
        items.some((item) => item.role === role),
        role,
      ).toBe(true);
    }
  });

  it('offers reload and developer tools only when not packaged', () => {
    const developerRoles = ['reload', 'forceReload', 'toggleDevTools'];
    const packaged = build({ isPackaged: true }).items.filter((item) =>
      developerRoles.includes(item.role ?? ''),
    );
    const development = build({ isPackaged: false }).items.filter((item) =>
      developerRoles.includes(item.role ?? ''),
    );
    expect(packaged).toEqual([]);
    expect(development.map((item) => item.role)).toEqual(developerRoles);
  });

  it('puts Quit in the app menu on macOS', () => {
    const { template } = build({ isMac: true });
    expect(template[0]?.label).toBe('Kontakt');
    const fileMenu = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(fileMenu.some((item) => item.role === 'quit')).toBe(false);
    expect((template[0]?.submenu as MenuItemConstructorOptions[]).some((item) => item.role === 'quit')).toBe(
      true,
    );
  });
});
