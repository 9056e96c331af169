import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { appContentSecurityPolicy, contentSecurityPolicy, cspOrigin } from '../../electron/csp.ts';

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

describe('the meta policy of renderer/index.html (the browser build)', () => {
  const meta = parsePolicy(metaPolicy());
  const app = parsePolicy(appContentSecurityPolicy);

  test('has no eval and no remote origin anywhere', () => {
    for (const [name, sources] of meta) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'wasm-unsafe-eval'");
      for (const source of sources) {
        const isKeyword = source.startsWith("'") || source === 'data:' || source === 'blob:';
        expect(isKeyword, `${name} ${source}`).toBe(true);
      }
    }
  });

  test('runs only the app’s own scripts and forbids plugins and <base>', () => {
    expect(effective(meta, 'script-src')).toEqual(["'self'"]);
    expect(effective(meta, 'object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'none'"]);
    expect(meta.get('form-action')).toEqual(["'none'"]);
  });

  test('allows nothing the app policy forbids, apart from inline styles', () => {
    for (const directive of fetchDirectives) {
      const allowed = new Set(effective(app, directive));
      const extra = effective(meta, directive).filter((source) => !allowed.has(source));
      // Inline styles are harmless next to a script-src of 'self' and the Electron header still
      // forbids them; anything else would be a real widening.
      const tolerated = directive === 'style-src' ? ["'unsafe-inline'"] : [];
      expect(
        extra.filter((source) => !tolerated.includes(source)),
        directive,
      ).toEqual([]);
    }
  });
});
