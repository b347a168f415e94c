/**
 * The renderer is served from a privileged custom scheme instead of file:// so it gets a real,
 * stable origin (storage, CSP 'self', fetch) and so main can recognise its own pages exactly.
 */
export const appScheme = 'app';
export const appHost = 'kontakt';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/`;

const parseUrl = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * True only for URLs on the app origin. Compares scheme and host instead of `URL.origin` because
 * Node's URL reports the opaque origin "null" for schemes it does not know as special.
 */
export const isAppUrl = (url: string): boolean => {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.host.toLowerCase() === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
};

const externalProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Links we are willing to hand to the operating system: web pages and e-mail addresses only. */
export const isExternalUrl = (url: string): boolean => {
  const parsed = parseUrl(url);
  if (parsed === null || !externalProtocols.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.length > 0 : parsed.hostname.length > 0;
};
