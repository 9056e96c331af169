// The Content-Security-Policy the app:// protocol sends with every response. Everything the
// renderer needs ships inside the app, so the policy allows only the app's own origin — no inline
// script, no eval, no remote code — and the network only towards the centre's enrolled sync server.
//
// renderer/index.html carries a meta policy too. A page enforces both (a request must pass each),
// so in Electron the header is the strict one and the meta only has to be no looser elsewhere. The
// rule, kept by tests/electron/csp.test.ts: the meta is identical to the header in every directive
// but two — it leaves out frame-ancestors, which a meta policy cannot carry, and its connect-src is
// 'self' plus any http(s) origin and nothing more, because the browser build (the Playwright tests,
// a display board in any browser) has no header and must reach a server on another port.

export interface CspOptions {
  /**
   * Extra origins the renderer may fetch from, e.g. the centre's sync server
   * (`http://192.168.1.10:8787`). Only bare http(s) origins are accepted; anything else is dropped.
   */
  connectOrigins?: readonly string[];
  /** Allow fetches to any http(s) origin, as the meta policy does (first-run setup only). */
  connectAnyServer?: boolean;
}

/** What the meta policy's connect-src adds to 'self': any http(s) origin. */
export const anyServerSources = ['http:', 'https:'] as const;

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
  const connect: string[] = ["'self'"];
  if (options.connectAnyServer) connect.push(...anyServerSources);
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

export interface InstallationState {
  /** Whether the installation has a config (false: first-run setup is open). */
  configured: boolean;
  /** The enrolled sync server, if the device has enrolled. */
  syncServerUrl: string | null;
}

/**
 * The policy for the installation as it is now; read for every response, so a window opened after
 * an enrolment reaches the new server. Once set up, the renderer may reach the enrolled server and
 * nothing else. First-run setup is the one exception: the staff member types the server address
 * into it, so it may reach any http(s) origin (there is no config and no data to leak yet, and
 * scripts still come only from the app).
 */
export function installationPolicy(state: InstallationState): string {
  if (!state.configured) return contentSecurityPolicy({ connectAnyServer: true });
  return contentSecurityPolicy({
    connectOrigins: state.syncServerUrl ? [state.syncServerUrl] : [],
  });
}
