/**
 * Checks the company server address typed in Settings → Sync. Tokens and personal data travel
 * over it, so it must be https; plain http is allowed only to this machine (development, tests).
 */
export type ServerUrlResult =
  { isValid: true; url: string } | { isValid: false; code: 'required' | 'invalid' | 'httpsRequired' };

// URL is a global in browsers, Electron and Node, but shared/ compiles without the DOM lib (see normaliseUrl).
type ParsedUrl = {
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
  readonly pathname: string;
};
declare const URL: { new (input: string): ParsedUrl };

const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export const normaliseServerUrl = (input: string): ServerUrlResult => {
  const trimmed = input.trim();
  if (trimmed === '') return { isValid: false, code: 'required' };
  let url: ParsedUrl;
  try {
    url = new URL(trimmed);
  } catch {
    return { isValid: false, code: 'invalid' };
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return { isValid: false, code: 'invalid' };
  }
  if (url.protocol === 'http:') {
    if (!loopbackHosts.has(url.hostname)) return { isValid: false, code: 'httpsRequired' };
  } else if (url.protocol !== 'https:') {
    return { isValid: false, code: 'invalid' };
  }
  // The API lives under the server's root; a trailing slash would double up in paths.
  return { isValid: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
};
