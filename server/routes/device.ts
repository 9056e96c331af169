// A device's own routes besides sync: enrolling with a one-time code, and its centre's reference.
import type { FastifyInstance } from 'fastify';
import { enrolRequestSchema } from '../../core/sync/protocol.ts';
import { authenticateDevice } from '../auth.ts';
import { getReference } from '../centres.ts';
import type { ServerContext } from '../context.ts';
import { enrol } from '../enrolment.ts';
import { parseRequest } from '../errors.ts';

export function deviceRoutes(app: FastifyInstance, { db, now }: ServerContext): void {
  app.post('/enrol', async (request) =>
    enrol(db, parseRequest(enrolRequestSchema, request.body), now()),
  );

  app.get('/reference', async (request) => {
    const device = await authenticateDevice(db, request, now());
    return getReference(db, device.centreId);
  });
}
