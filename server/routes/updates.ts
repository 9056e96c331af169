// App updates (electron-updater's generic provider, feed at <server>/updates/): a device gets the
// feed of the release its centre's channel and its rollout bucket offer, downloads the installer
// with its own token, and reports its update state; a console PC lists its centre's PCs with their
// state. The administrator uploads installers, stages their rollout and sets each centre's channel.
// Registered in a scope of its own: only here may a body be a raw installer stream.
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { feedYaml } from '../../core/updates/feed.ts';
import {
  appVersionSchema,
  channelRequestSchema,
  channelSchema,
  MAX_INSTALLER_BYTES,
  type Platform,
  platformSchema,
  releaseUploadQuerySchema,
  rolloutRequestSchema,
} from '../../core/updates/protocol.ts';
import { releaseForDevice } from '../../core/updates/rollout.ts';
import { updateStatusSchema } from '../../core/updates/update-status.ts';
import { authenticateAdmin, authenticateDevice } from '../auth.ts';
import type { ServerContext } from '../context.ts';
import { HttpError, parseRequest } from '../errors.ts';
import {
  centreChannel,
  centreDevices,
  recordUpdateStatus,
  setCentreChannel,
} from '../updates/device-updates.ts';
import {
  findRelease,
  installerFile,
  listReleases,
  setRollout,
  uploadRelease,
} from '../updates/releases.ts';

const releaseParams = z.object({
  channel: channelSchema,
  platform: platformSchema,
  version: appVersionSchema,
});
const fileParams = releaseParams.extend({ file: z.string().min(1).max(200) });
const centreParams = z.object({ centreId: z.string().min(1).max(60) });

const noRelease = () =>
  new HttpError(404, 'no_release', 'Belum ada versi aplikasi yang ditawarkan untuk PC ini.');

export function updateRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, now, updatesDir } = context;
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) =>
    done(null, payload),
  );

  // ---- Devices ----

  const feed = (platform: Platform) => async (request: FastifyRequest, reply: FastifyReply) => {
    const device = await authenticateDevice(db, request, now());
    const channel = await centreChannel(db, device.centreId);
    const release = releaseForDevice(await listReleases(db, { channel, platform }), {
      channel,
      platform,
      deviceId: device.id,
    });
    if (!release) throw noRelease();
    return reply
      .header('cache-control', 'no-store')
      .type('text/yaml; charset=utf-8')
      .send(feedYaml(release));
  };
  app.get('/updates/latest.yml', feed('windows'));
  app.get('/updates/latest-linux.yml', feed('linux'));

  app.get('/updates/files/:channel/:platform/:version/:file', async (request, reply) => {
    const device = await authenticateDevice(db, request, now());
    const params = fileParams.safeParse(request.params);
    const release = params.success ? await findRelease(db, params.data) : null;
    if (
      !params.success ||
      !release ||
      release.fileName !== params.data.file ||
      release.channel !== (await centreChannel(db, device.centreId))
    ) {
      // electron-updater asks for <file>.blockmap first; without one it downloads the whole file.
      throw new HttpError(404, 'not_found', 'Berkas pembaruan ini tidak ada di server.');
    }
    // Opened before the answer starts, so a file gone from the updates folder (a restored
    // database, instances without a shared folder) is a logged error with a proper body.
    let installer: FileHandle;
    try {
      installer = await open(installerFile(updatesDir, release));
    } catch (error) {
      request.log.error({ err: error }, 'installer missing from the updates folder');
      throw new HttpError(
        500,
        'server_error',
        `Berkas pemasang versi ${release.version} tidak ada di folder pembaruan server; hubungi administrator.`,
      );
    }
    return reply
      .header('content-length', release.size)
      .type('application/octet-stream')
      .send(installer.createReadStream());
  });

  app.post('/updates/state', async (request, reply) => {
    const device = await authenticateDevice(db, request, now());
    const status = parseRequest(updateStatusSchema, request.body);
    await recordUpdateStatus(db, device.id, status, now());
    return reply.status(204).send();
  });

  app.get('/updates/devices', async (request) => {
    const device = await authenticateDevice(db, request, now());
    if (!device.roles.includes('console')) {
      throw new HttpError(
        403,
        'forbidden',
        'Daftar PC balai hanya untuk PC konsol petugas, bukan kios atau papan antrian.',
      );
    }
    return centreDevices(db, device.centreId);
  });

  // ---- Administrator ----

  app.get('/admin/releases', async (request) => {
    await authenticateAdmin(db, request);
    return { releases: await listReleases(db) };
  });

  app.put(
    '/admin/releases/:channel/:platform/:version',
    { bodyLimit: MAX_INSTALLER_BYTES },
    async (request, reply) => {
      // A refused upload is answered before its body is read: end the connection with the answer,
      // or the client's unsent megabytes would hold it open.
      reply.header('connection', 'close');
      await authenticateAdmin(db, request);
      const key = parseRequest(releaseParams, request.params);
      const query = parseRequest(releaseUploadQuerySchema, request.query);
      if (!request.body || typeof (request.body as Readable).pipe !== 'function') {
        throw new HttpError(
          415,
          'bad_request',
          'Kirim berkas pemasang sebagai application/octet-stream.',
        );
      }
      const release = await uploadRelease(
        db,
        updatesDir,
        request.body as Readable,
        { ...key, fileName: query.file, rolloutPercent: query.rollout, notes: query.notes },
        now(),
      );
      return reply.status(201).send(release);
    },
  );

  app.put('/admin/releases/:channel/:platform/:version/rollout', async (request) => {
    await authenticateAdmin(db, request);
    const key = parseRequest(releaseParams, request.params);
    const { percent } = parseRequest(rolloutRequestSchema, request.body);
    return setRollout(db, key, percent);
  });

  app.put('/admin/centres/:centreId/channel', async (request) => {
    await authenticateAdmin(db, request);
    const { centreId } = parseRequest(centreParams, request.params);
    const { channel } = parseRequest(channelRequestSchema, request.body);
    await setCentreChannel(db, centreId, channel);
    return { centreId, channel };
  });

  app.get('/admin/centres/:centreId/updates', async (request) => {
    await authenticateAdmin(db, request);
    return centreDevices(db, parseRequest(centreParams, request.params).centreId);
  });
}
