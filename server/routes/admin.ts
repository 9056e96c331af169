// The administrator's routes (used by `npm run server -- admin …`): centres' reference data,
// enrolment codes, devices and revoking them, merge conflicts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { centreReferenceInputSchema } from '../../core/centre/reference.ts';
import { adminCodeRequestSchema } from '../../core/sync/protocol.ts';
import { authenticateAdmin } from '../auth.ts';
import { putReference } from '../centres.ts';
import { listConflicts } from '../conflicts.ts';
import type { ServerContext } from '../context.ts';
import { listDevices, revokeDevice } from '../devices.ts';
import { issueCode } from '../enrolment.ts';
import { HttpError, parseRequest } from '../errors.ts';

const centreParams = z.object({ centreId: z.string().min(1).max(60) });
const deviceParams = z.object({ deviceId: z.string().min(1).max(60) });

export function adminRoutes(app: FastifyInstance, { db, now }: ServerContext): void {
  const centreOf = async (request: FastifyRequest) => {
    await authenticateAdmin(db, request);
    return parseRequest(centreParams, request.params).centreId;
  };

  app.put('/admin/centres/:centreId', async (request) => {
    const centreId = await centreOf(request);
    const input = parseRequest(centreReferenceInputSchema, request.body);
    if (input.centre.id !== centreId) {
      throw new HttpError(
        400,
        'bad_request',
        `Kode balai di alamat ("${centreId}") berbeda dengan di data ("${input.centre.id}").`,
      );
    }
    return putReference(db, input, now());
  });

  app.post('/admin/centres/:centreId/enrolment-codes', async (request) => {
    const centreId = await centreOf(request);
    const { roles, validHours, uses } = parseRequest(adminCodeRequestSchema, request.body);
    return issueCode(db, centreId, roles, validHours, now(), uses);
  });

  app.get('/admin/centres/:centreId/devices', async (request) => ({
    devices: await listDevices(db, await centreOf(request)),
  }));

  app.post('/admin/devices/:deviceId/revoke', async (request) => {
    await authenticateAdmin(db, request);
    await revokeDevice(db, parseRequest(deviceParams, request.params).deviceId, now());
    return { ok: true };
  });

  app.get('/admin/centres/:centreId/conflicts', async (request) => ({
    conflicts: await listConflicts(db, await centreOf(request)),
  }));
}
