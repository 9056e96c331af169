import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  anyServerSources,
  appContentSecurityPolicy,
  contentSecurityPolicy,
  cspOrigin,
  installationPolicy,
} from '../../electron/csp.ts';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a directive really allows, following CSP's fallback to default-src. */
function effective(policy: Policy, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? ['*'];
}

const fetchDirectives = [
  'script-src',
  'style-src',
  'img-src',
  'media-src',
  'font-src',
  'connect-src',
  'object-src',
  'frame-src',
  'worker-src',
];

function metaPolicy(): string {
  const html = readFileSync('renderer/index.html', 'utf8');
  const meta = html.match(
    /<meta[^>]*http-equiv=["']Content-Security-Policy["'][^>]*content=(["'])(.*?)\1/is,
  );
  if (!meta?.[2]) throw new Error('renderer/index.html has no meta Content-Security-Policy');
  return meta[2];
}

describe('the app policy', () => {
  const policy = parsePolicy(appContentSecurityPolicy);

  test('allows only the app itself: no inline script, no eval, no remote code', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(appContentSecurityPolicy).not.toContain('unsafe');
  });

  test('can let the renderer reach the sync server, and nothing but an http(s) origin', () => {
    const withServer = parsePolicy(
      contentSecurityPolicy({
        connectOrigins: [
          'http://192.168.1.10:8787/api/v1',
          'https://sync.example.id',
          "https://x.id; script-src 'unsafe-eval'",
          'javascript:alert(1)',
          'https://user:pw@sync.example.id',
          '*',
        ],
      }),
    );
    expect(withServer.get('connect-src')).toEqual([
      "'self'",
      'http://192.168.1.10:8787',
      'https://sync.example.id',
    ]);
    expect(withServer.get('script-src')).toEqual(["'self'"]);
    expect(cspOrigin('ftp://x')).toBeNull();
  });
});

describe('the policy of the installation as it is now', () => {
  const enrolled = parsePolicy(
    installationPolicy({ configured: true, syncServerUrl: 'http://192.168.1.10:8787' }),
  );
  const standalone = parsePolicy(installationPolicy({ configured: true, syncServerUrl: null }));
  const firstRun = parsePolicy(installationPolicy({ configured: false, syncServerUrl: null }));

  test('an enrolled PC reaches its sync server and no other', () => {
    expect(enrolled.get('connect-src')).toEqual(["'self'", 'http://192.168.1.10:8787']);
  });

  test('a PC without a server reaches nothing but the app', () => {
    expect(standalone.get('connect-src')).toEqual(["'self'"]);
  });

  test('first-run setup may reach any http(s) server, to enrol with the one typed in', () => {
    expect(firstRun.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
  });

  test('the server changes connect-src only', () => {
    for (const policy of [enrolled, firstRun]) {
      for (const [name, sources] of parsePolicy(appContentSecurityPolicy)) {
        if (name !== 'connect-src') expect(policy.get(name), name).toEqual(sources);
      }
    }
  });
});

describe('the meta policy of renderer/index.html (the browser build)', () => {
  // Electron enforces the meta and the header together, so the header is the strict one; the meta
  // is the header, minus frame-ancestors (meaningless in a meta), with connects to any http(s)
  // origin so the browser build can reach a sync server on another port.
  const meta = parsePolicy(metaPolicy());
  const header = parsePolicy(appContentSecurityPolicy);

  test('connects to the app and to http(s) servers, nothing more', () => {
    expect(meta.get('connect-src')).toEqual(["'self'", ...anyServerSources]);
  });

  test('is the header policy in every other directive', () => {
    const {
      'frame-ancestors': _meaninglessInMeta,
      'connect-src': _headerConnect,
      ...expected
    } = Object.fromEntries(header);
    const { 'connect-src': _metaConnect, ...actual } = Object.fromEntries(meta);
    expect(actual).toEqual(expected);
  });

  test('never allows more than the header of first-run setup, the widest the app sends', () => {
    const firstRun = parsePolicy(installationPolicy({ configured: false, syncServerUrl: null }));
    for (const directive of fetchDirectives) {
      const allowed = new Set(effective(firstRun, directive));
      const extra = effective(meta, directive).filter((source) => !allowed.has(source));
      expect(extra, directive).toEqual([]);
    }
  });

  test('has no eval, no inline code and no remote origin anywhere', () => {
    for (const [name, sources] of meta) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe/);
        const isKeyword = source.startsWith("'") || source === 'data:';
        const isServer =
          name === 'connect-src' && (anyServerSources as readonly string[]).includes(source);
        expect(isKeyword || isServer, `${name} ${source}`).toBe(true);
      }
    }
  });
});
