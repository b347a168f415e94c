/**
 * Sent as a header on every app:// response. 'unsafe-inline' for styles only, because MUI/emotion
 * injects <style> elements at runtime; scripts stay restricted to files we ship.
 */
const directives: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  // The company server: any https origin, plain http only on this machine (development, tests).
  ['connect-src', "'self' https: http://localhost:* http://127.0.0.1:*"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const contentSecurityPolicy = directives.map(([name, value]) => `${name} ${value}`).join('; ');
