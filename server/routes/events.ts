// GET /sync/events: a server-sent-events stream per device that says "pull now". It sends the
// centre's current rev on connect, then every rev the centre's log moves to (from any server
// instance, through the poke hub), and a comment every 25 s so proxies keep it open.
import type { FastifyInstance } from 'fastify';
import { authenticateDevice } from '../auth.ts';
import type { ServerContext } from '../context.ts';

const pingIntervalMs = 25_000;

export function eventRoutes(app: FastifyInstance, { db, pokes, now }: ServerContext): void {
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of openStreams) end();
  });

  app.get('/sync/events', async (request, reply) => {
    const device = await authenticateDevice(db, request, now());
    reply.hijack();
    const response = reply.raw;
    // Headers set by hooks (CORS) are not sent by Fastify once the reply is hijacked.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) response.setHeader(name, value);
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });

    let sentRev = -1;
    const poke = (rev: number) => {
      if (rev <= sentRev) return;
      sentRev = rev;
      response.write(`event: poke\ndata: ${JSON.stringify({ rev })}\n\n`);
    };
    // Subscribed before reading the current rev, so a push in between is not missed.
    const unsubscribe = pokes.subscribe(device.centreId, poke);
    const ping = setInterval(() => response.write(': ping\n\n'), pingIntervalMs);
    const cleanUp = () => {
      clearInterval(ping);
      unsubscribe();
      openStreams.delete(end);
    };
    const end = () => {
      cleanUp();
      response.end();
    };
    openStreams.add(end);
    response.on('close', cleanUp);

    try {
      const [centre] = await db.query<{ last_rev: number }>(
        'SELECT last_rev FROM centres WHERE id = $1',
        [device.centreId],
      );
      poke(centre?.last_rev ?? 0);
    } catch (error) {
      request.log.error({ err: error }, 'events stream could not start');
      end();
    }
  });
}
