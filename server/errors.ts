// Every error the server answers has the protocol's shape `{ error, message }` with a 4xx
// status and a message in Bahasa Indonesia, including Fastify's own (bad JSON, body too large,
// unsupported content type, unknown route). Anything else is logged and answered 500.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ErrorCode } from '../core/sync/protocol.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const indonesian = z.locales.id();

/** Parses `value` or throws 400 bad_request naming the first problem. */
export function parseRequest<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value, { error: indonesian.localeError });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  throw new HttpError(400, 'bad_request', `Permintaan tidak sah${where}: ${issue?.message}.`);
}

function fromFastifyError(error: FastifyError): HttpError | undefined {
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return new HttpError(413, 'too_large', 'Kiriman terlalu besar untuk diterima server.');
  }
  if (status === 415) {
    return new HttpError(415, 'bad_request', 'Jenis isi kiriman tidak didukung; gunakan JSON.');
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new HttpError(400, 'bad_request', 'Isi kiriman kosong; kirim JSON.');
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new HttpError(400, 'bad_request', 'Isi kiriman bukan JSON yang sah.');
  }
  if (status >= 400 && status < 500) {
    return new HttpError(status, 'bad_request', 'Permintaan tidak dapat dibaca server.');
  }
  return undefined;
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  return reply.status(error.status).send({ error: error.code, message: error.message });
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof HttpError ? error : fromFastifyError(error);
    if (known) return sendError(reply, known);
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({
      error: 'server_error',
      message: 'Terjadi kesalahan di server; coba lagi sebentar lagi.',
    });
  });
  app.setNotFoundHandler((_request, reply) =>
    sendError(reply, new HttpError(404, 'not_found', 'Alamat ini tidak dikenal server.')),
  );
}
