import type {
  OpenedFile,
  PrintToPdfRequest,
  PrintToPdfResult,
  RememberedKeyAvailability,
  SaveFileRequest,
} from '../shared/platform/PlatformApi';
import type { MenuLanguage } from './menuTexts';

/**
 * Every IPC channel between main and preload, with the arguments and result each carries. Both ends
 * are typed from these contracts so a renamed channel or changed argument fails to compile.
 * The renderer never sees these names: it only talks to the object the preload exposes.
 */
export const invokeChannels = {
  systemLocale: 'kontakt:system-locale',
  rememberedKeyAvailability: 'kontakt:remembered-key:availability',
  rememberedKeyStore: 'kontakt:remembered-key:store',
  rememberedKeyLoad: 'kontakt:remembered-key:load',
  rememberedKeyForget: 'kontakt:remembered-key:forget',
  sessionTokenAvailability: 'kontakt:session-token:availability',
  sessionTokenStore: 'kontakt:session-token:store',
  sessionTokenLoad: 'kontakt:session-token:load',
  sessionTokenForget: 'kontakt:session-token:forget',
  openExternal: 'kontakt:open-external',
  openSpreadsheet: 'kontakt:open-spreadsheet',
  saveFile: 'kontakt:save-file',
  printToPdf: 'kontakt:print-to-pdf',
} as const satisfies Record<InvokeName, string>;

/** Renderer → main messages that need no answer. */
export const sendChannels = {
  setMenuLanguage: 'kontakt:set-menu-language',
} as const satisfies Record<SendName, string>;

/** Main → renderer. */
export const menuCommandChannel = 'kontakt:menu-command';

export type InvokeContract = {
  systemLocale: { args: []; result: string };
  rememberedKeyAvailability: { args: []; result: RememberedKeyAvailability };
  rememberedKeyStore: { args: [registerId: string, rawKey: Uint8Array]; result: void };
  rememberedKeyLoad: { args: [registerId: string]; result: Uint8Array | null };
  rememberedKeyForget: { args: [registerId: string]; result: void };
  sessionTokenAvailability: { args: []; result: RememberedKeyAvailability };
  sessionTokenStore: { args: [registerId: string, token: string]; result: void };
  sessionTokenLoad: { args: [registerId: string]; result: string | null };
  sessionTokenForget: { args: [registerId: string]; result: void };
  openExternal: { args: [url: string]; result: void };
  openSpreadsheet: { args: []; result: OpenedFile | null };
  saveFile: { args: [request: SaveFileRequest]; result: boolean };
  printToPdf: { args: [request: PrintToPdfRequest]; result: PrintToPdfResult };
};

export type SendContract = {
  setMenuLanguage: { args: [language: MenuLanguage] };
};

export type InvokeName = keyof InvokeContract;
export type SendName = keyof SendContract;
