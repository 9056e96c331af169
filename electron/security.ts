// One place for what a window may do beyond showing the app: nothing. Navigation and redirects
// away from app://serasi, new windows, <webview> and every permission request are refused. Applied
// to every webContents the app creates (main.ts hooks `web-contents-created`), including the hidden
// ticket-printing window.
import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol.ts';

export type SecurityLog = (message: string) => void;

/** True when `url` is a page of the app itself (app://serasi/…), whatever the path or hash. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port
  );
}

/** Shortens a URL for a log line: a data: URL can be many kilobytes. */
function forLog(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}...` : url;
}

export function hardenWebContents(contents: WebContents, log: SecurityLog): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`navigasi diblokir: ${forLog(event.url)}`);
  });
  // A server redirect (or a renderer-started navigation that redirects) must not swap the page.
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`pengalihan diblokir: ${forLog(event.url)}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`jendela baru diblokir: ${forLog(url)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('<webview> diblokir');
  });
}

export function hardenSession(session: Session, log: SecurityLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`izin ditolak: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
