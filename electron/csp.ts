// The Content-Security-Policy the app:// protocol sends with every response. Everything the
// renderer needs ships inside the app, so the policy allows only the app's own origin — no inline
// script, no eval, no remote code. renderer/index.html carries a meta policy for the browser build;
// tests/electron/csp.test.ts keeps the two in agreement.

export interface CspOptions {
  /**
   * Extra origins the renderer may fetch from, e.g. the centre's sync server
   * (`http://192.168.1.10:8787`). Only bare http(s) origins are accepted; anything else is dropped.
   */
  connectOrigins?: readonly string[];
}

/** Keeps only well-formed http(s) origins, so a settings typo cannot widen the policy. */
export function cspOrigin(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.origin;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const connect = ["'self'"];
  for (const candidate of options.connectOrigins ?? []) {
    const origin = cspOrigin(candidate);
    if (origin && !connect.includes(origin)) connect.push(origin);
  }
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // No 'unsafe-inline': React style props are applied through the CSSOM, which style-src does
    // not govern, and Vite emits stylesheets as files.
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'media-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': connect,
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy with no sync server configured. */
export const appContentSecurityPolicy = contentSecurityPolicy();
