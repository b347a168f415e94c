import { invalid, valid, type FieldResult } from './fieldResult';

// URL is a global in browsers, Electron and Node, but shared/ compiles against ES2023 only (no DOM lib),
// so the little of it used here is declared locally.
type ParsedUrl = {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
};
declare const URL: { new (input: string): ParsedUrl };

const allowedProtocols = new Set(['http:', 'https:']);
// "scheme:" at the start, as in "https://", "javascript:", "mailto:"; but "example.com:8080" and
// "localhost:3000" are a host and a port, not a scheme.
const schemePattern = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const topLevelDomainPattern = /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/;
const ipv4Pattern = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Canonicalises a web address: "example.com" becomes "https://example.com/".
 *
 * Only http and https are accepted, since a stored link is later opened by a click and other schemes
 * (javascript:, data:, file:) can run code or reach the local disk. The host must have a dot (or be
 * localhost), so a stray word is not taken for an address. Addresses with credentials
 * ("https://user:pw@host") are refused: they are the usual disguise of a misleading link.
 * The returned value is the WHATWG serialisation (lower-case host in punycode, "/" for an empty path).
 */
export const normaliseUrl = (input: string): FieldResult<string> => {
  const text = input.trim();
  if (text === '') return invalid('required');
  if (/\s/.test(text)) return invalid('invalidUrl');

  const withScheme = schemePattern.test(text) ? text : `https://${text}`;
  let url: ParsedUrl;
  try {
    url = new URL(withScheme);
  } catch {
    return invalid('invalidUrl');
  }
  if (!allowedProtocols.has(url.protocol)) return invalid('invalidUrl');
  if (!/^https?:\/\//i.test(withScheme)) return invalid('invalidUrl'); // "http:example.com" is too odd to guess at.
  if (url.username !== '' || url.password !== '') return invalid('invalidUrl');
  if (!isPlausibleHost(url.hostname)) return invalid('invalidUrl');
  return valid(url.href);
};

const isPlausibleHost = (hostname: string): boolean => {
  if (hostname === 'localhost' || ipv4Pattern.test(hostname)) return true;
  const labels = hostname.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => label !== '') &&
    topLevelDomainPattern.test(labels[labels.length - 1] ?? '')
  );
};
