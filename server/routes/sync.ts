// POST /sync/push and GET /sync/pull for an enrolled device (core/sync/protocol.ts).
import type { FastifyInstance } from 'fastify';
import { pullQuerySchema, pushRequestSchema } from '../../core/sync/protocol.ts';
import { authenticateDevice } from '../auth.ts';
import type { ServerContext } from '../context.ts';
import { parseRequest } from '../errors.ts';
import { pull } from '../sync/pull.ts';
import { push } from '../sync/push.ts';

export function syncRoutes(app: FastifyInstance, { db, pokes, now }: ServerContext): void {
  app.post('/sync/push', async (request) => {
    const device = await authenticateDevice(db, request, now());
    const batch = parseRequest(pushRequestSchema, request.body);
    return push(db, device, batch, { now: now(), pokeChannel: pokes.channel });
  });

  app.get('/sync/pull', async (request) => {
    const device = await authenticateDevice(db, request, now());
    return pull(db, device, parseRequest(pullQuerySchema, request.query), now());
  });
}
