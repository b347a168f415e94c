import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/platform/PlatformApi';
import type { MenuTexts } from './menuTexts';

export type MenuTemplateOptions = {
  texts: MenuTexts;
  isMac: boolean;
  /** Reload and developer tools are offered only in development builds. */
  isPackaged: boolean;
  sendCommand: (command: MenuCommand) => void;
};

/**
 * The application menu as a plain template (Menu.buildFromTemplate happens in main.ts).
 * App actions are not performed here: they become MenuCommands for the renderer, which owns the UI.
 */
export const buildMenuTemplate = ({
  texts,
  isMac,
  isPackaged,
  sendCommand,
}: MenuTemplateOptions): MenuItemConstructorOptions[] => {
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator,
    click: () => sendCommand(id),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: texts.appMenu,
    submenu: [
      { role: 'about', label: texts.about },
      { type: 'separator' },
      { role: 'services', label: texts.services },
      { type: 'separator' },
      { role: 'hide', label: texts.hide },
      { role: 'hideOthers', label: texts.hideOthers },
      { role: 'unhide', label: texts.unhide },
      { type: 'separator' },
      { role: 'quit', label: texts.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: texts.file,
    submenu: [
      command('newPerson', texts.newPerson, 'CmdOrCtrl+N'),
      command('newOrganisation', texts.newOrganisation, 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      command('lockNow', texts.lockNow, 'CmdOrCtrl+L'),
      // On macOS Quit lives in the app menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: texts.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: texts.edit,
    submenu: [
      { role: 'undo', label: texts.undo },
      { role: 'redo', label: texts.redo },
      { type: 'separator' },
      { role: 'cut', label: texts.cut },
      { role: 'copy', label: texts.copy },
      { role: 'paste', label: texts.paste },
      { role: 'selectAll', label: texts.selectAll },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: texts.reload },
        { role: 'forceReload', label: texts.forceReload },
        { role: 'toggleDevTools', label: texts.toggleDevTools },
      ];

  const viewMenu: MenuItemConstructorOptions = {
    label: texts.view,
    submenu: [
      command('showPeople', texts.people),
      command('showOrganisations', texts.organisations),
      command('search', texts.search, 'CmdOrCtrl+F'),
      { type: 'separator' },
      command('openSettings', texts.settings, 'CmdOrCtrl+,'),
      { type: 'separator' },
      { role: 'resetZoom', label: texts.resetZoom },
      { role: 'zoomIn', label: texts.zoomIn },
      { role: 'zoomOut', label: texts.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: texts.toggleFullScreen },
      ...developerItems,
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: texts.window };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: texts.help,
    submenu: [{ role: 'about', label: texts.about }],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
};
