// Serves the built renderer (out/renderer) on app://serasi/ instead of file://, so the page has a
// real origin, a CSP header (csp.ts; it follows the enrolled sync server) and nothing outside the
// renderer folder is reachable. GET only, static files only. The decisions (which file, which
// status, which policy) are plain functions tested in Node.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { appContentSecurityPolicy } from './csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'serasi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The privileges of the app scheme; registered before the app is ready. */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // Lets <audio> on the display board stream the announcement chimes from app://.
  stream: true,
  codeCache: true,
} as const;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// A dot-dot segment before the URL parser gets to normalise it away, spelled plainly or encoded.
const rawDotSegment = /(?:^|[/\\]|%2f|%5c)(?:\.|%2e){2}(?:[/\\?#]|%2f|%5c|$)/i;
// Encoded separators and NUL have no business in a static asset path.
const rawForbidden = /\\|%5c|%2f|%00/i;

/**
 * Maps an app:// URL to a file under `root`, or null when the URL is not ours or tries to leave the
 * folder (dot segments, encoded or not; backslashes; drive letters and stream names; NUL).
 */
export function resolveAppPath(url: string, root: string): string | null {
  if (rawDotSegment.test(url) || rawForbidden.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username || parsed.password || parsed.port) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const segments = pathname.slice(1).split('/');
  for (const segment of segments) {
    // Empty segments ("//etc"), dot segments, Windows separators, drive letters and alternate
    // data streams ("index.html::$DATA"), control characters.
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[\\:\0]/.test(segment) || /\p{Cc}/u.test(segment)) return null;
  }

  const base = resolve(root);
  const target = resolve(base, ...segments);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return target;
}

function headers(contentType: string, policy: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ...extra,
  });
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>;

export interface AppRequestOptions {
  /** Reads a file; injected so tests need no files. */
  read?: ReadAppFile;
  /** The Content-Security-Policy header; the policy with no sync server when not given. */
  policy?: string;
}

/** Answers one request for the app scheme. */
export async function handleAppRequest(
  request: Request,
  root: string,
  options: AppRequestOptions = {},
): Promise<Response> {
  const read = options.read ?? ((path: string) => readFile(path));
  const policy = options.policy ?? appContentSecurityPolicy;
  const text = (status: number, body: string, extra?: Record<string, string>) =>
    new Response(body, { status, headers: headers('text/plain; charset=utf-8', policy, extra) });

  if (request.method !== 'GET') return text(405, 'Method Not Allowed', { Allow: 'GET' });
  const filePath = resolveAppPath(request.url, root);
  if (!filePath) return text(404, 'Not Found');
  try {
    const body = await read(filePath);
    return new Response(body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: headers(contentTypeFor(filePath), policy),
    });
  } catch {
    // Missing file, a directory, unreadable: all the same to the page.
    return text(404, 'Not Found');
  }
}

/**
 * Call after `app` is ready. `root` is the built renderer folder (out/renderer); `policy` is asked
 * for every response, so the header follows the installation (csp.ts installationPolicy).
 */
export function registerAppProtocol(protocol: Protocol, root: string, policy: () => string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, root, { policy: policy() }));
}
