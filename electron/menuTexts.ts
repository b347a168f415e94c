import { uiLanguages, type UiLanguage } from '../shared/i18n/resources';

/**
 * Labels of the native application menu. They live in main (not in the renderer's i18n bundle)
 * because the menu exists before the renderer has loaded and must follow the UI language.
 * Typed by the UI's language list, so adding a UI language fails to compile until the menu is translated.
 */
export type MenuLanguage = UiLanguage;

export const menuLanguages: readonly MenuLanguage[] = uiLanguages;

const en = {
  appMenu: 'Kontakt',
  file: 'File',
  newPerson: 'New person',
  newOrganisation: 'New organisation',
  lockNow: 'Lock now',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  people: 'People',
  organisations: 'Organisations',
  search: 'Search',
  settings: 'Settings',
  reload: 'Reload',
  forceReload: 'Force reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleFullScreen: 'Full screen',
  window: 'Window',
  help: 'Help',
  about: 'About Kontakt',
  services: 'Services',
  hide: 'Hide Kontakt',
  hideOthers: 'Hide others',
  unhide: 'Show all',
};

export type MenuTextKey = keyof typeof en;
export type MenuTexts = Readonly<Record<MenuTextKey, string>>;

const fi: MenuTexts = {
  appMenu: 'Kontakt',
  file: 'Tiedosto',
  newPerson: 'Uusi henkilö',
  newOrganisation: 'Uusi organisaatio',
  lockNow: 'Lukitse nyt',
  quit: 'Lopeta',
  edit: 'Muokkaa',
  undo: 'Kumoa',
  redo: 'Tee uudelleen',
  cut: 'Leikkaa',
  copy: 'Kopioi',
  paste: 'Liitä',
  selectAll: 'Valitse kaikki',
  view: 'Näytä',
  people: 'Henkilöt',
  organisations: 'Organisaatiot',
  search: 'Haku',
  settings: 'Asetukset',
  reload: 'Lataa uudelleen',
  forceReload: 'Pakota uudelleenlataus',
  toggleDevTools: 'Kehittäjätyökalut',
  resetZoom: 'Todellinen koko',
  zoomIn: 'Lähennä',
  zoomOut: 'Loitonna',
  toggleFullScreen: 'Koko näyttö',
  window: 'Ikkuna',
  help: 'Ohje',
  about: 'Tietoja Kontaktista',
  services: 'Palvelut',
  hide: 'Kätke Kontakt',
  hideOthers: 'Kätke muut',
  unhide: 'Näytä kaikki',
};

const sv: MenuTexts = {
  appMenu: 'Kontakt',
  file: 'Arkiv',
  newPerson: 'Ny person',
  newOrganisation: 'Ny organisation',
  lockNow: 'Lås nu',
  quit: 'Avsluta',
  edit: 'Redigera',
  undo: 'Ångra',
  redo: 'Gör om',
  cut: 'Klipp ut',
  copy: 'Kopiera',
  paste: 'Klistra in',
  selectAll: 'Markera allt',
  view: 'Visa',
  people: 'Personer',
  organisations: 'Organisationer',
  search: 'Sök',
  settings: 'Inställningar',
  reload: 'Läs in igen',
  forceReload: 'Tvinga omläsning',
  toggleDevTools: 'Utvecklarverktyg',
  resetZoom: 'Verklig storlek',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  toggleFullScreen: 'Helskärm',
  window: 'Fönster',
  help: 'Hjälp',
  about: 'Om Kontakt',
  services: 'Tjänster',
  hide: 'Göm Kontakt',
  hideOthers: 'Göm övriga',
  unhide: 'Visa alla',
};

export const menuTexts: Readonly<Record<MenuLanguage, MenuTexts>> = { fi, sv, en };

export const isMenuLanguage = (value: unknown): value is MenuLanguage =>
  typeof value === 'string' && (menuLanguages as readonly string[]).includes(value);
