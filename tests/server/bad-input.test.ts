// Bad requests of every kind, generated: malformed JSON, wrong types, oversized bodies and fields,
// missing or wrong protocol versions, missing, malformed, unknown and revoked tokens, another
// centre's rows, another device's name, replays with altered content, unknown routes and
// methods. Every answer must be a 4xx `{ error, message }` — never a 5xx — and the database must
// be exactly as it was (a hash of every table, taken with the server stopped, before and after).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleSchema } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import {
  errorBodySchema,
  PROTOCOL_HEADER,
  protocolLimits,
  type WireMutation,
} from '../../core/sync/protocol.ts';
import type { ServerOptions } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import {
  deviceFor,
  type IssuedTicket,
  request,
  T0,
  type TestDevice,
} from '../support/sim-device.ts';
import {
  createCentre,
  enrolDevice,
  issueCode,
  startTestServer,
  type TestServer,
  testBackends,
} from '../support/sync-server.ts';

const tables = [
  'schema_migrations',
  'admin',
  'centres',
  'devices',
  'enrolment_codes',
  'rows',
  'applied_mutations',
  'conflicts',
];

/** One hash over every row of every table. */
async function databaseHash(options: ServerOptions): Promise<string> {
  const db = await openDatabase(options);
  try {
    const parts: string[] = [];
    for (const table of tables) {
      const [row] = await db.query<{ hash: string | null; count: number }>(
        `SELECT md5(string_agg(to_jsonb(t)::text, ',' ORDER BY to_jsonb(t)::text)) AS hash,
                count(*)::int AS count
         FROM ${table} t`,
      );
      parts.push(`${table}:${row?.count}:${row?.hash}`);
    }
    return parts.join('\n');
  } finally {
    await db.close();
  }
}

interface Fixture {
  adminToken: string;
  home: TestDevice;
  other: TestDevice;
  revokedToken: string;
  usedCode: string;
  /** Pushed and applied by `home`. */
  homeTicket: IssuedTicket;
  /** Pushed and applied by `other` (another centre). */
  otherTicket: IssuedTicket;
}

interface BadRequest {
  what: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The status this request must get, where only one is right. */
  status?: number;
}

const protocol = { [PROTOCOL_HEADER]: '1' };
const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A push body of `device` with `mutations`, as JSON text. */
const pushBody = (deviceId: string, mutations: unknown) => JSON.stringify({ deviceId, mutations });

const kindsOfBadRequest = 16;

function badRequests(f: Fixture): fc.Arbitrary<BadRequest> {
  const homeAuth = { ...protocol, ...bearer(f.home.token) };
  const deviceRoutes = fc.constantFrom(
    ['POST', '/sync/push'],
    ['GET', '/sync/pull'],
    ['GET', '/reference'],
    ['POST', '/enrol'],
    ['PUT', '/admin/centres/balai-a'],
  );
  const routesWithBody = deviceRoutes.filter(([method]) => method !== 'GET');
  const notJson = fc.string({ maxLength: 200 }).filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  });
  const freshMutation = (device: TestDevice, changes: Record<string, unknown> = {}) => {
    const ticket = device.issueTicket('A-900');
    return { ...ticket.mutations[0], ...changes } as WireMutation;
  };
  /** A push mutation broken at one field, in a way the protocol refuses. */
  const brokenMutation = fc
    .record({
      field: fc.constantFrom(
        'seq',
        'txId',
        'table',
        'rowId',
        'op',
        'fields',
        'baseRev',
        'hlc',
        'intent',
      ),
      value: fc.oneof(
        fc.constantFrom(-1, 0, 1.5, 'satu', null, [], {}, 'tickets; DROP TABLE rows', 2 ** 60),
        fc.string({ maxLength: 30 }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    })
    .filter(({ field, value }) => {
      // Keep only values the schema refuses for that field.
      const valid: Record<string, (v: unknown) => boolean> = {
        seq: (v) => Number.isSafeInteger(v) && (v as number) > 0,
        txId: () => false,
        table: (v) => v === 'tickets' || v === 'ticketEvents' || v === 'registrations',
        rowId: () => false,
        op: (v) => v === 'put' || v === 'delete',
        fields: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
        baseRev: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
        hlc: () => false,
        intent: () => false,
      };
      return !valid[field]?.(value);
    });

  const oversized = [
    { text: pushBody(f.home.id, []), status: 400 },
    {
      text: pushBody(
        f.home.id,
        Array.from({ length: protocolLimits.maxMutationsPerPush + 1 }, () => freshMutation(f.home)),
      ),
      status: 400,
    },
    {
      text: pushBody(f.home.id, [
        freshMutation(f.home, { fields: { note: 'x'.repeat(protocolLimits.maxBodyBytes) } }),
      ]),
      status: 413,
    },
  ];

  return fc.oneof(
    // Bodies that are not JSON.
    fc.record({ route: routesWithBody, body: notJson }).map(({ route: [method, path], body }) => ({
      what: 'malformed JSON',
      method,
      path,
      headers: { ...homeAuth, ...json },
      body,
    })),
    // JSON of the wrong shape.
    fc
      .record({ route: routesWithBody, body: fc.jsonValue({ maxDepth: 3 }), admin: fc.boolean() })
      .map(({ route: [method, path], body, admin }) => ({
        what: 'wrong shape',
        method,
        path,
        headers: { ...protocol, ...bearer(admin ? f.adminToken : f.home.token), ...json },
        body: JSON.stringify(body),
      })),
    // A push with one broken mutation among good ones.
    brokenMutation.map(({ field, value }) => ({
      what: 'push with a broken mutation',
      method: 'POST',
      path: '/sync/push',
      headers: { ...homeAuth, ...json },
      body: pushBody(f.home.id, [
        freshMutation(f.home),
        { ...freshMutation(f.home), [field]: value },
      ]),
      status: 400,
    })),
    // Pushes of the wrong size (built once: they are big).
    fc.constantFrom(...oversized).map((body) => ({
      what: 'push of the wrong size',
      method: 'POST',
      path: '/sync/push',
      headers: { ...homeAuth, ...json },
      body: body.text,
      status: body.status,
    })),
    fc.integer({ min: 1, max: 100 }).map((extra) => ({
      what: 'fields over the limit',
      method: 'POST',
      path: '/sync/push',
      headers: { ...homeAuth, ...json },
      body: pushBody(f.home.id, [
        freshMutation(f.home, {
          fields: { note: 'x'.repeat(protocolLimits.maxFieldsBytes + extra) },
        }),
      ]),
      status: 413,
    })),
    // The protocol version missing or another one.
    fc
      .record({
        route: deviceRoutes,
        version: fc.option(
          fc
            .string({ minLength: 1, maxLength: 5 })
            .filter((v) => v.trim() !== '1' && /^[\x21-\x7e]+$/.test(v)),
        ),
      })
      .map(({ route: [method, path], version }) => ({
        what: 'wrong protocol version',
        method,
        path,
        headers: {
          ...bearer(f.home.token),
          ...json,
          ...(version === null ? {} : { [PROTOCOL_HEADER]: version }),
        },
        body: method === 'GET' ? undefined : pushBody(f.home.id, [freshMutation(f.home)]),
        status: 426,
      })),
    // Missing, malformed, unknown and revoked tokens.
    fc
      .record({
        route: deviceRoutes.filter(([, path]) => path !== '/enrol'),
        authorization: fc.oneof(
          fc.constant(undefined),
          fc.constant(`Bearer ${f.revokedToken}`),
          fc.constant(`Basic ${f.home.token}`),
          fc.constant(f.home.token),
          fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((token) => `Bearer ${token}`),
          fc.string({ maxLength: 60 }).filter((v) => /^[\x20-\x7e]*$/.test(v)),
        ),
      })
      .map(({ route: [method, path], authorization }) => ({
        what: 'bad token',
        method,
        path,
        headers: {
          ...protocol,
          ...json,
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: method === 'GET' ? undefined : pushBody(f.home.id, [freshMutation(f.home)]),
        status: 401,
      })),
    // Another centre's rows: claimed by balaiId, or an existing row of the other centre.
    fc.constantFrom('claim', 'overwrite').map((how) => ({
      what: "another centre's row",
      method: 'POST',
      path: '/sync/push',
      headers: { ...homeAuth, ...json },
      body: pushBody(
        f.home.id,
        how === 'claim'
          ? f.home
              .issueTicket('A-901')
              .mutations.map((m) => ({ ...m, fields: { ...m.fields, balaiId: f.other.centreId } }))
          : f.home.act(
              f.otherTicket,
              'call',
              { state: 'called', callCount: 1, calledAt: T0, counterId: 'loket-1' },
              {
                baseRev: 1,
                counterId: 'loket-1',
              },
            ),
      ),
      status: 403,
    })),
    // Another device's name on the push.
    fc.constantFrom(f.other.id, newId()).map((deviceId) => ({
      what: 'wrong device',
      method: 'POST',
      path: '/sync/push',
      headers: { ...homeAuth, ...json },
      body: pushBody(deviceId, [freshMutation(f.home)]),
      status: 403,
    })),
    // A replay of applied mutations with something changed.
    fc
      .record({
        index: fc.integer({ min: 0, max: 2 }),
        change: fc.constantFrom('hlc', 'txId', 'fields', 'baseRev', 'rowId'),
      })
      .map(({ index, change }) => {
        const original = f.homeTicket.mutations[index] as WireMutation;
        const altered: WireMutation = {
          ...original,
          ...(change === 'hlc' ? { hlc: original.hlc.replace(/^\d{15}/, '000000000000001') } : {}),
          ...(change === 'txId' ? { txId: newId() } : {}),
          ...(change === 'fields'
            ? { fields: { ...original.fields, hasNoId: false, seq: 99 } }
            : {}),
          ...(change === 'baseRev' ? { baseRev: original.baseRev + 1 } : {}),
          ...(change === 'rowId' ? { rowId: newId() } : {}),
        };
        return {
          what: 'replay with altered content',
          method: 'POST',
          path: '/sync/push',
          headers: { ...homeAuth, ...json },
          body: pushBody(f.home.id, [
            ...f.homeTicket.mutations.filter((m) => m !== original),
            altered,
          ]),
          status: 409,
        };
      }),
    // Bad pull pages.
    fc
      .record({
        cursor: fc.constantFrom('-1', 'abc', '1.5', '', '1e400', '0&cursor=1'),
        limit: fc.constantFrom('0', String(protocolLimits.maxPullLimit + 1), '-5', 'x', '10'),
      })
      .filter(({ cursor, limit }) => !(cursor === '' && limit === '10'))
      .map(({ cursor, limit }) => ({
        what: 'bad pull page',
        method: 'GET',
        path: `/sync/pull?cursor=${cursor}&limit=${limit}`,
        headers: homeAuth,
        status: 400,
      })),
    // A body that is not JSON by its content type.
    fc
      .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml')
      .map((contentType) => ({
        what: 'body not JSON by its content type',
        method: 'POST',
        path: '/sync/push',
        headers: { ...homeAuth, 'content-type': contentType },
        body: pushBody(f.home.id, [freshMutation(f.home)]),
        status: 415,
      })),
    // Enrolment codes that are unknown, used, or malformed.
    fc
      .oneof(
        fc.constant(f.usedCode),
        fc.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
        fc.string({ maxLength: 20 }),
      )
      .map((code) => ({
        what: 'bad enrolment code',
        method: 'POST',
        path: '/enrol',
        headers: { ...protocol, ...json },
        body: JSON.stringify({ code, deviceId: newId(), deviceName: 'PC Penyusup' }),
        status: 400,
      })),
    // Admin requests that are malformed or name nothing.
    fc
      .oneof(
        fc
          .record({ roles: fc.jsonValue({ maxDepth: 1 }) })
          .filter(({ roles }) => !roleSchema.array().min(1).safeParse(roles).success)
          .map((body) => ({
            path: '/admin/centres/balai-a/enrolment-codes',
            body,
          })),
        fc
          .integer({ min: -5, max: 100_000 })
          .filter((hours) => hours < 1 || hours > 24 * 90)
          .map((validHours) => ({
            path: '/admin/centres/balai-a/enrolment-codes',
            body: { roles: ['kiosk'], validHours },
          })),
        fc.uuid().map((id) => ({ path: `/admin/devices/${id}/revoke`, body: undefined })),
        fc.constant({ path: '/admin/centres/balai-x/enrolment-codes', body: { roles: ['kiosk'] } }),
      )
      .map(({ path, body }) => ({
        what: 'bad admin request',
        method: 'POST',
        path,
        headers: {
          ...protocol,
          ...bearer(f.adminToken),
          ...(body === undefined ? {} : json),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })),
    // Unknown routes and methods.
    fc
      .record({
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        segments: fc.array(
          fc.webSegment().filter((segment) => segment !== '.' && segment !== '..'),
          { minLength: 1, maxLength: 4 },
        ),
      })
      .map(({ method, segments }) => ({
        what: 'unknown route',
        method,
        path: `/${['x', ...segments].join('/')}`,
        headers: homeAuth,
        status: 404,
      })),
    fc
      .constantFrom(
        ['DELETE', '/sync/push'],
        ['PUT', '/sync/pull'],
        ['POST', '/reference'],
        ['GET', '/enrol'],
        ['PATCH', '/admin/centres/balai-a'],
        ['DELETE', '/admin/devices/x/revoke'],
      )
      .map(([method, path]) => ({
        what: 'known route, wrong method',
        method,
        path,
        headers: homeAuth,
        status: 404,
      })),
  );
}

describe.each(testBackends)('bad requests on $name', (backend) => {
  let tempDir: string;
  let storage: ServerOptions;
  let fixture: Fixture;
  let server: TestServer | undefined;
  // A fixed clock: a valid token's request within the minute changes nothing (last_seen_at).
  const now = () => T0;

  beforeAll(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'serasi-bad-input-'));
    storage = backend.name === 'pglite' ? { dataDir: join(tempDir, 'db') } : backend.options();
    const setup = await startTestServer(backend, { ...storage, now });
    await createCentre(setup, { centre: { id: 'balai-a' } });
    await createCentre(setup, { centre: { id: 'balai-b' } });
    const homeEnrolled = await enrolDevice(setup, 'balai-a', ['console']);
    const otherEnrolled = await enrolDevice(setup, 'balai-b', ['console']);
    const revoked = await enrolDevice(setup, 'balai-a', ['kiosk']);
    await request(setup.url, 'POST', `/admin/devices/${revoked.deviceId}/revoke`, {
      token: setup.adminToken,
    });
    const usedCode = await issueCode(setup, 'balai-a', ['display']);
    await request(setup.url, 'POST', '/enrol', {
      body: { code: usedCode, deviceId: newId(), deviceName: 'PC Papan' },
    });
    const home = deviceFor(setup.url, homeEnrolled.deviceId, homeEnrolled.token, 'balai-a');
    const other = deviceFor(setup.url, otherEnrolled.deviceId, otherEnrolled.token, 'balai-b');
    const homeTicket = home.issueTicket('A-001');
    const otherTicket = other.issueTicket('B-001');
    expect((await home.push(homeTicket.mutations)).status).toBe(200);
    expect((await other.push(otherTicket.mutations)).status).toBe(200);
    // Every token is seen once now, so the bad requests cannot move last_seen_at.
    await home.pull(0);
    await other.pull(0);
    await setup.close();
    fixture = {
      adminToken: setup.adminToken,
      home,
      other,
      revokedToken: revoked.token,
      usedCode,
      homeTicket,
      otherTicket,
    };
  });
  afterAll(async () => {
    await server?.close();
    await rm(tempDir, { recursive: true, force: true });
  });

  it('answers 1,000 bad requests with 4xx { error, message } and changes nothing', async () => {
    const before = await databaseHash(storage);
    const running = await startTestServer(backend, {
      ...storage,
      now,
      adminToken: fixture.adminToken,
    });
    server = running;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(badRequests(fixture), async (bad) => {
        const response = await fetch(`${running.url}${bad.path}`, {
          method: bad.method,
          headers: bad.headers,
          body: bad.body,
        });
        const text = await response.text();
        const context = `${bad.what}: ${bad.method} ${bad.path} → ${response.status} ${text.slice(0, 300)}`;
        expect(response.status, context).toBeGreaterThanOrEqual(400);
        expect(response.status, context).toBeLessThan(500);
        if (bad.status !== undefined) expect(response.status, context).toBe(bad.status);
        const body = errorBodySchema.safeParse(JSON.parse(text));
        expect(body.success, context).toBe(true);
        expect(body.data?.message.length, context).toBeGreaterThan(0);
        seen.add(bad.what);
      }),
      { numRuns: 1000 },
    );
    await running.close();
    server = undefined;
    expect(await databaseHash(storage)).toBe(before);
    // The generator reached every kind of bad request.
    expect(seen.size).toBe(kindsOfBadRequest);
  });
});
