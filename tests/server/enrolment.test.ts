// Enrolment and access: one-time expiring codes, device tokens scoped to a centre and revocable,
// the protocol version on every request, the admin token, and the reference data round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CentreReference, centreReferenceSchema } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import { enrolResponseSchema, PROTOCOL_HEADER } from '../../core/sync/protocol.ts';
import { request } from '../support/sim-device.ts';
import {
  createCentre,
  enrolDevice,
  issueCode,
  startTestServer,
  type TestServer,
  testBackends,
  testReference,
} from '../support/sync-server.ts';

const hourMs = 3_600_000;

describe.each(testBackends)('enrolment and access on $name', (backend) => {
  let server: TestServer;
  let clock = Date.UTC(2026, 10, 23, 1, 0);
  let centre: CentreReference;
  beforeAll(async () => {
    server = await startTestServer(backend, { now: () => clock });
    centre = await createCentre(server);
  });
  afterAll(() => server.close());

  const enrol = (code: string, deviceId = newId()) =>
    request(server.url, 'POST', '/enrol', { body: { code, deviceId, deviceName: 'PC Loket 2' } });

  it('trades a code for a token scoped to the centre and roles, with the reference data', async () => {
    const code = await issueCode(server, centre.centre.id, ['console', 'display']);
    expect(code).toMatch(/^[A-HJ-KMNP-Z2-9]{4}-[A-HJ-KMNP-Z2-9]{4}-[A-HJ-KMNP-Z2-9]{4}$/);
    const deviceId = newId();
    // Typed in lower case with spaces around: still the same code.
    const answer = await enrol(` ${code.toLowerCase()} `, deviceId);
    expect(answer.status).toBe(200);
    const enrolled = enrolResponseSchema.parse(answer.body);
    expect(enrolled).toMatchObject({
      deviceId,
      centreId: centre.centre.id,
      roles: ['console', 'display'],
      reference: centre,
    });

    const reference = await request(server.url, 'GET', '/reference', { token: enrolled.token });
    expect(reference).toEqual({ status: 200, body: centre });
  });

  it('refuses an unknown, a used and an expired code', async () => {
    const unknown = await enrol('AAAA-BBBB-CCCC');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      error: 'code_invalid',
      message: 'Kode pendaftaran tidak berlaku atau sudah dipakai.',
    });

    const code = await issueCode(server, centre.centre.id, ['kiosk']);
    expect((await enrol(code)).status).toBe(200);
    expect(await enrol(code)).toMatchObject({ status: 400, body: { error: 'code_invalid' } });

    const shortLived = await issueCode(server, centre.centre.id, ['kiosk'], 1);
    clock += hourMs + 1;
    expect(await enrol(shortLived)).toMatchObject({ status: 400, body: { error: 'code_invalid' } });
  });

  it('a code for several PCs still expires, and is issued for 1 to 200 PCs only', async () => {
    const issue = (uses: number, validHours = 1) =>
      request<{ uses?: number; code?: string; message?: string }>(
        server.url,
        'POST',
        `/admin/centres/${centre.centre.id}/enrolment-codes`,
        { token: server.adminToken, body: { roles: ['kiosk'], validHours, uses } },
      );
    const fleet = await issue(5);
    expect(fleet.body.uses).toBe(5);
    expect((await enrol(fleet.body.code ?? '')).status).toBe(200);
    clock += hourMs + 1;
    expect(await enrol(fleet.body.code ?? '')).toMatchObject({
      status: 400,
      body: { error: 'code_invalid' },
    });

    for (const uses of [0, 201]) {
      const refused = await issue(uses);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('(uses)');
    }
  });

  it('refuses a malformed code with a message saying its form', async () => {
    const answer = await enrol('1234');
    expect(answer).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect((answer.body as { message: string }).message).toContain('XXXX-XXXX-XXXX');
  });

  it('refuses a revoked device on its next request, and lists it as revoked', async () => {
    const device = await enrolDevice(server, centre.centre.id, ['console']);
    expect((await request(server.url, 'GET', '/sync/pull', { token: device.token })).status).toBe(
      200,
    );

    const revoked = await request(server.url, 'POST', `/admin/devices/${device.deviceId}/revoke`, {
      token: server.adminToken,
    });
    expect(revoked).toEqual({ status: 200, body: { ok: true } });

    const after = await request(server.url, 'GET', '/sync/pull', { token: device.token });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: 'revoked' });

    const listed = await request<{ devices: Array<{ id: string; revokedAt: number | null }> }>(
      server.url,
      'GET',
      `/admin/centres/${centre.centre.id}/devices`,
      { token: server.adminToken },
    );
    expect(listed.body.devices.find((d) => d.id === device.deviceId)?.revokedAt).toBe(clock);
  });

  it('lets a revoked device back in with a new code, under a new token', async () => {
    const device = await enrolDevice(server, centre.centre.id, ['kiosk']);
    await request(server.url, 'POST', `/admin/devices/${device.deviceId}/revoke`, {
      token: server.adminToken,
    });
    const again = await enrol(
      await issueCode(server, centre.centre.id, ['kiosk']),
      device.deviceId,
    );
    const token = enrolResponseSchema.parse(again.body).token;
    expect(token).not.toBe(device.token);
    expect((await request(server.url, 'GET', '/reference', { token })).status).toBe(200);
    expect((await request(server.url, 'GET', '/reference', { token: device.token })).status).toBe(
      401,
    );
  });

  it('records when a device was last seen, at most once a minute', async () => {
    const device = await enrolDevice(server, centre.centre.id, ['display']);
    const seenAt = async () => {
      const listed = await request<{ devices: Array<{ id: string; lastSeenAt: number | null }> }>(
        server.url,
        'GET',
        `/admin/centres/${centre.centre.id}/devices`,
        { token: server.adminToken },
      );
      return listed.body.devices.find((d) => d.id === device.deviceId)?.lastSeenAt;
    };
    expect(await seenAt()).toBeNull();
    const first = clock;
    await request(server.url, 'GET', '/reference', { token: device.token });
    expect(await seenAt()).toBe(first);
    clock += 30_000;
    await request(server.url, 'GET', '/reference', { token: device.token });
    expect(await seenAt()).toBe(first);
    clock += 30_000;
    await request(server.url, 'GET', '/reference', { token: device.token });
    expect(await seenAt()).toBe(clock);
  });

  it('asks for an update when the protocol header is missing or another version', async () => {
    const device = await enrolDevice(server, centre.centre.id, ['display']);
    for (const version of [undefined, '2', '0', 'satu']) {
      const response = await fetch(`${server.url}/sync/pull`, {
        headers: {
          authorization: `Bearer ${device.token}`,
          ...(version === undefined ? {} : { [PROTOCOL_HEADER]: version }),
        },
      });
      expect(response.status).toBe(426);
      expect(await response.json()).toEqual({
        error: 'protocol_version',
        message: 'Versi aplikasi tidak cocok dengan server; perbarui SERASI Desk.',
      });
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('keeps the admin routes for the admin token only', async () => {
    const device = await enrolDevice(server, centre.centre.id, ['console']);
    for (const token of [device.token, undefined]) {
      const answer = await request(
        server.url,
        'GET',
        `/admin/centres/${centre.centre.id}/devices`,
        {
          ...(token ? { token } : {}),
        },
      );
      expect(answer).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    }
  });

  it('versions the reference: a change bumps it, the same data again does not', async () => {
    const id = 'balai-versi';
    const first = await createCentre(server, { centre: { id } });
    expect(first.version).toBe(1);
    expect(await createCentre(server, { centre: { id } })).toEqual(first);

    const changed = await createCentre(server, {
      centre: { id, noShowAfterCalls: 2 },
      partners: [{ id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa', kind: 'dinas_sosial' }],
    });
    expect(changed.version).toBe(2);
    expect(centreReferenceSchema.parse(changed)).toEqual({
      ...testReference({
        centre: { id, noShowAfterCalls: 2 },
        partners: [
          { id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa', kind: 'dinas_sosial' },
        ],
      }),
      version: 2,
    });
    const device = await enrolDevice(server, id, ['display']);
    expect(device.reference).toEqual(changed);
  });

  it('refuses reference data whose centre id differs from the address', async () => {
    const answer = await request(server.url, 'PUT', '/admin/centres/balai-lain', {
      token: server.adminToken,
      body: testReference(),
    });
    expect(answer).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  });

  it('answers not_found for codes and device lists of an unknown centre', async () => {
    for (const [method, path, body] of [
      ['POST', '/admin/centres/tidak-ada/enrolment-codes', { roles: ['kiosk'] }],
      ['GET', '/admin/centres/tidak-ada/devices', undefined],
      ['GET', '/admin/centres/tidak-ada/conflicts', undefined],
      ['POST', `/admin/devices/${newId()}/revoke`, undefined],
    ] as const) {
      const answer = await request(server.url, method, path, { token: server.adminToken, body });
      expect(answer).toMatchObject({ status: 404, body: { error: 'not_found' } });
    }
  });
});
