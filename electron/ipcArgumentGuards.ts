import { isMenuLanguage } from './menuTexts';
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
};

export const sendArgumentGuards: { [Name in SendName]: ArgsGuard<SendContract[Name]['args']> } = {
  setMenuLanguage: (args): args is [SendContract['setMenuLanguage']['args'][0]] =>
    args.length === 1 && isMenuLanguage(args[0]),
};
