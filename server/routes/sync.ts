// POST /sync/push and GET /sync/pull for an enrolled device (core/sync/protocol.ts).
import type { FastifyInstance } from 'fastify';
import { pullQuerySchema, pushRequestSchema } from '../../core/sync/protocol.ts';
import { authenticateDevice } from '../auth.ts';
import type { ServerContext } from '../context.ts';
import { parseRequest } from '../errors.ts';
import { pull } from '../sync/pull.ts';
import { push } from '../sync/push.ts';

export function syncRoutes(app: FastifyInstance, { db, pokes, log, now }: ServerContext): void {
  app.post('/sync/push', async (request) => {
    const device = await authenticateDevice(db, request, now());
    const batch = parseRequest(pushRequestSchema, request.body);
    return push(db, device, batch, { now: now(), pokeChannel: pokes.channel, log });
  });

  app.get('/sync/pull', async (request, reply) => {
    const device = await authenticateDevice(db, request, now());
    const page = parseRequest(pullQuerySchema, request.query);
    reply.type('application/json; charset=utf-8');
    return pull(db, log, device, page, now());
  });
}
