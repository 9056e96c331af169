// The live poke: a device's event stream gets the centre's rev on connect and again whenever the
// centre's log moves — also when the push went to another server instance on the same
// PostgreSQL — and never for another centre's pushes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pokeSchema } from '../../core/sync/protocol.ts';
import { type TestDevice, testDevice } from '../support/sim-device.ts';
import {
  authHeaders,
  createCentre,
  startTestServer,
  type TestServer,
  testBackends,
} from '../support/sync-server.ts';

interface EventStream {
  status: number;
  contentType: string | null;
  /** The next `poke` event's rev. */
  nextPoke(): Promise<number>;
  close(): void;
}

async function openEvents(url: string, token: string): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/sync/events`, {
    headers: authHeaders(token),
    signal: abort.signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let buffer = '';
  const pokes: number[] = [];
  let waiting: (() => void) | undefined;
  let done = false;
  void (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (/^event: poke$/m.test(message) && data)
            pokes.push(pokeSchema.parse(JSON.parse(data)).rev);
        }
        waiting?.();
      }
    } catch {
      // Aborted by close().
    } finally {
      done = true;
      waiting?.();
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    async nextPoke() {
      while (pokes.length === 0) {
        if (done) throw new Error('the stream ended');
        await new Promise<void>((resolve) => {
          waiting = resolve;
        });
      }
      return pokes.shift() as number;
    },
    close: () => abort.abort(),
  };
}

let centres = 0;
async function centreWithDevices(server: TestServer) {
  centres += 1;
  const id = `balai-poke-${centres}`;
  await createCentre(server, { centre: { id } });
  return {
    kiosk: await testDevice(server, id, ['kiosk']),
    board: await testDevice(server, id, ['display']),
  };
}

describe.each(testBackends)('event stream on $name', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  it('sends the current rev on connect, then a poke after each push', async () => {
    const { kiosk, board } = await centreWithDevices(server);
    await kiosk.push(kiosk.issueTicket('A-001').mutations);

    const events = await openEvents(server.url, board.token);
    expect(events.status).toBe(200);
    expect(events.contentType).toMatch(/^text\/event-stream/);
    expect(await events.nextPoke()).toBe(3);

    await kiosk.push(kiosk.issueTicket('A-002').mutations);
    expect(await events.nextPoke()).toBe(6);
    events.close();
  });

  it("does not poke a centre for another centre's push", async () => {
    const mine = await centreWithDevices(server);
    const theirs = await centreWithDevices(server);
    const events = await openEvents(server.url, mine.board.token);
    expect(await events.nextPoke()).toBe(0);

    await theirs.kiosk.push(theirs.kiosk.issueTicket('Z-001').mutations);
    await mine.kiosk.push(mine.kiosk.issueTicket('A-001').mutations);
    // The first poke after connecting is our own centre's push, not theirs.
    expect(await events.nextPoke()).toBe(3);
    events.close();
  });

  it('refuses a stream without a valid token', async () => {
    const response = await fetch(`${server.url}/sync/events`, {
      headers: authHeaders('x'.repeat(43)),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthorized' });
  });
});

describe.runIf(testBackends.some((backend) => backend.name === 'postgres'))(
  'event stream across two server instances on one PostgreSQL',
  () => {
    const backend = testBackends.find((b) => b.name === 'postgres');
    let a: TestServer;
    let b: TestServer;
    let kioskOnA: TestDevice;
    let board: TestDevice;
    beforeAll(async () => {
      if (!backend) throw new Error('no postgres backend');
      a = await startTestServer(backend);
      b = await startTestServer(backend, {
        databaseUrl: a.options.databaseUrl,
        schema: a.options.schema,
        adminToken: a.adminToken,
      });
      await createCentre(a);
      kioskOnA = await testDevice(a, 'brslu-gau-mabaji', ['kiosk']);
      board = await testDevice(a, 'brslu-gau-mabaji', ['display']);
    });
    afterAll(async () => {
      await b.close();
      await a.close();
    });

    it('pokes the stream held by instance B after a push to instance A', async () => {
      // Enrolled through A; its token works on either instance.
      const events = await openEvents(b.url, board.token);
      expect(await events.nextPoke()).toBe(0);
      await kioskOnA.push(kioskOnA.issueTicket('A-001').mutations);
      expect(await events.nextPoke()).toBe(3);
      events.close();
    });
  },
);
