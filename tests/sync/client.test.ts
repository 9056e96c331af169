// The device's HTTP client against a real sync server: what each failure turns into, so the
// status line can say "Offline", "Perlu pembaruan aplikasi" or "Perlu didaftarkan ulang" with the
// server's own words.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROTOCOL_HEADER } from '../../core/sync/protocol.ts';
import { t } from '../../renderer/i18n/index.ts';
import { createSyncClient, enrol, SyncError } from '../../renderer/sync/client.ts';
import { authHeaders, startTestServer, type TestServer } from '../support/sync-server.ts';
import { enrolledDevice, newCentre } from './sync-devices.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

async function failureOf(promise: Promise<unknown>): Promise<SyncError> {
  const failure = await promise.then(
    () => new Error('expected a failure'),
    (error: unknown) => error,
  );
  if (!(failure instanceof SyncError)) throw failure;
  return failure;
}

test('an enrolled device reads its centre and an empty log', async () => {
  const centre = await newCentre(server);
  const { credentials } = await enrolledDevice(server, centre, ['console']);
  const client = createSyncClient(`${credentials.serverUrl}/`, credentials.token);
  expect((await client.reference()).centre.id).toBe(centre);
  expect(await client.pull(0, 10)).toMatchObject({ changes: [], hasMore: false });
});

test('a used enrolment code is refused with the server’s message', async () => {
  const centre = await newCentre(server);
  const { credentials } = await enrolledDevice(server, centre, ['kiosk']);
  const failure = await failureOf(
    enrol(server.url, {
      code: 'AAAA-BBBB-CCCC',
      deviceId: credentials.deviceId,
      deviceName: 'PC Loket 2',
    }),
  );
  expect(failure).toMatchObject({
    kind: 'rejected_request',
    code: 'code_invalid',
    message: 'Kode pendaftaran tidak berlaku atau sudah dipakai.',
  });
});

test('a server that cannot be reached means offline', async () => {
  const client = createSyncClient('http://127.0.0.1:9', 'x'.repeat(43), { timeoutMs: 5_000 });
  const failure = await failureOf(client.pull(0, 10));
  expect(failure).toMatchObject({ kind: 'offline', message: t('sync.error.offline') });
});

test('a server that speaks another protocol version asks for an update', async () => {
  const centre = await newCentre(server);
  const { credentials } = await enrolledDevice(server, centre, ['console']);
  const client = createSyncClient(credentials.serverUrl, credentials.token, {
    fetch: (url, init) =>
      fetch(url, { ...init, headers: { ...init?.headers, [PROTOCOL_HEADER]: '99' } }),
  });
  const failure = await failureOf(client.pull(0, 10));
  expect(failure.kind).toBe('update_needed');
  expect(failure.message).toMatch(/perbarui/i);
});

test('a revoked device is told so, and the sync asks for a new enrolment', async () => {
  const centre = await newCentre(server);
  const desk = await enrolledDevice(server, centre, ['console']);
  const revoked = await fetch(`${server.url}/admin/devices/${desk.credentials.deviceId}/revoke`, {
    method: 'POST',
    headers: authHeaders(server.adminToken),
  });
  expect(revoked.ok).toBe(true);

  const client = createSyncClient(desk.credentials.serverUrl, desk.credentials.token);
  const failure = await failureOf(client.pull(0, 10));
  expect(failure.kind).toBe('revoked');
  const status = await desk.engine.syncOnce();
  expect(status).toMatchObject({ state: 'reenrol', message: failure.message });
});

test('a wrong token is unauthorized', async () => {
  const client = createSyncClient(server.url, 'y'.repeat(43));
  const failure = await failureOf(client.reference());
  expect(failure.kind).toBe('unauthorized');
  expect(failure.message.length).toBeGreaterThan(0);
});
