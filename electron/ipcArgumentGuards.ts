import { isMenuLanguage } from './menuTexts';
import {
  maxOpenedFileBytes,
  type PrintToPdfRequest,
  type SaveFileRequest,
} from '../shared/platform/PlatformApi';
import type { InvokeContract, InvokeName, SendContract, SendName } from './ipcChannels';

/**
 * Hand-written shape checks for every channel. A compromised or buggy renderer can send anything,
 * so main checks the exact argument list before any handler sees it.
 */
export type ArgsGuard<Args extends readonly unknown[]> = (args: readonly unknown[]) => args is Args;

const maxRegisterIdLength = 200;
// Data keys are AES keys (16–32 bytes); the upper bound leaves room for a future key format.
const minRawKeyLength = 16;
const maxRawKeyLength = 64;
const maxUrlLength = 8192;

export const isRegisterId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= maxRegisterIdLength &&
  value.trim() === value;

export const isRawKey = (value: unknown): value is Uint8Array =>
  value instanceof Uint8Array && value.length >= minRawKeyLength && value.length <= maxRawKeyLength;

// Opaque bearer tokens: printable ASCII, bounded.
export const isSessionToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[\x21-\x7e]{16,4096}$/.test(value);

const isUrlString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxUrlLength;

const isShortText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** A save request: a plain file name (no path), bytes within the limit, and a few simple filters. */
export const isSaveFileRequest = (value: unknown): value is SaveFileRequest => {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  return (
    isShortText(request.suggestedName, 200) &&
    !/[\\/]/.test(request.suggestedName) &&
    request.bytes instanceof Uint8Array &&
    request.bytes.length <= maxOpenedFileBytes &&
    Array.isArray(request.filters) &&
    request.filters.length <= 5 &&
    request.filters.every(
      (filter: unknown) =>
        typeof filter === 'object' &&
        filter !== null &&
        isShortText((filter as Record<string, unknown>).name, 100) &&
        Array.isArray((filter as Record<string, unknown>).extensions) &&
        (filter as { extensions: unknown[] }).extensions.every((extension) =>
          /^[a-z0-9]{1,10}$/.test(String(extension)),
        ),
    )
  );
};

/** A PDF request carries only a plain file name (no path) for the save dialog to suggest. */
export const isPrintToPdfRequest = (value: unknown): value is PrintToPdfRequest => {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  return (
    Object.keys(request).length === 1 &&
    isShortText(request.suggestedName, 200) &&
    !/[\\/]/.test(request.suggestedName)
  );
};

const noArgs = (args: readonly unknown[]): args is [] => args.length === 0;

const registerIdOnly = (args: readonly unknown[]): args is [string] =>
  args.length === 1 && isRegisterId(args[0]);

export const invokeArgumentGuards: { [Name in InvokeName]: ArgsGuard<InvokeContract[Name]['args']> } = {
  systemLocale: noArgs,
  rememberedKeyAvailability: noArgs,
  rememberedKeyStore: (args): args is [string, Uint8Array] =>
    args.length === 2 && isRegisterId(args[0]) && isRawKey(args[1]),
  rememberedKeyLoad: registerIdOnly,
  rememberedKeyForget: registerIdOnly,
  sessionTokenAvailability: noArgs,
  sessionTokenStore: (args): args is [string, string] =>
    args.length === 2 && isRegisterId(args[0]) && isSessionToken(args[1]),
  sessionTokenLoad: registerIdOnly,
  sessionTokenForget: registerIdOnly,
  openExternal: (args): args is [string] => args.length === 1 && isUrlString(args[0]),
  openSpreadsheet: noArgs,
  saveFile: (args): args is [SaveFileRequest] => args.length === 1 && isSaveFileRequest(args[0]),
  printToPdf: (args): args is [PrintToPdfRequest] => args.length === 1 && isPrintToPdfRequest(args[0]),
};

export const sendArgumentGuards: { [Name in SendName]: ArgsGuard<SendContract[Name]['args']> } = {
  setMenuLanguage: (args): args is [SendContract['setMenuLanguage']['args'][0]] =>
    args.length === 1 && isMenuLanguage(args[0]),
};
