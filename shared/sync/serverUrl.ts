/**
 * Checks the company server address typed in Settings → Sync. Tokens and personal data travel
 * over it, so it must be https; plain http is allowed only to this machine (development, tests).
 */
export type ServerUrlResult =
  { isValid: true; url: string } | { isValid: false; code: 'required' | 'invalid' | 'httpsRequired' };

const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export const normaliseServerUrl = (input: string): ServerUrlResult => {
  const trimmed = input.trim();
  if (trimmed === '') return { isValid: false, code: 'required' };
  let url: URL;
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
