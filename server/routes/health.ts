// GET /healthz: the server is up and its database answers (for load balancers and supervisors).
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';

export function healthRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get('/healthz', async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { ok: true };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.status(503).send({ ok: false });
    }
  });
}
