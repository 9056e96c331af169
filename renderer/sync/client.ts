// The device's side of the sync protocol (core/sync/protocol.ts) over HTTP: every request carries
// the protocol version and the device token, every answer is parsed with the protocol's schemas,
// and every failure becomes a SyncError whose kind the sync loop acts on and whose message (the
// server's own where it gave one) staff can read.
import type { z } from 'zod';
import { type CentreReference, centreReferenceSchema } from '../../core/centre/reference.ts';
import {
  type EnrolRequest,
  type EnrolResponse,
  type ErrorCode,
  enrolResponseSchema,
  errorBodySchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  pokeSchema,
  pullResponseSchema,
  pushResponseSchema,
} from '../../core/sync/protocol.ts';
import { type CentreDevices, centreDevicesSchema } from '../../core/updates/protocol.ts';
import { t } from '../i18n/index.ts';
import { eventStreamParser } from './event-stream.ts';

export type SyncErrorKind =
  | 'offline'
  | 'unauthorized'
  | 'revoked'
  | 'update_needed'
  | 'rejected_request'
  | 'server';

export class SyncError extends Error {
  readonly kind: SyncErrorKind;
  /** The server's error code, when it answered with one. */
  readonly code: ErrorCode | undefined;

  constructor(kind: SyncErrorKind, message: string, code?: ErrorCode) {
    super(message);
    this.name = 'SyncError';
    this.kind = kind;
    this.code = code;
  }
}

export interface SyncClient {
  reference(): Promise<CentreReference>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: number, limit: number): Promise<PullResponse>;
  /**
   * Listens to the centre's events until the stream ends (resolves), fails (throws a SyncError)
   * or `signal` aborts (resolves). `onOpen` runs once the server accepted the stream.
   */
  events(onPoke: (rev: number) => void, signal: AbortSignal, onOpen?: () => void): Promise<void>;
  /** The centre's PCs and their update state (console PCs only). */
  devices(): Promise<CentreDevices>;
}

export interface ClientOptions {
  /** Stand-in for the global fetch (tests). */
  fetch?: typeof fetch;
  /** How long one request may take, answer included. */
  timeoutMs?: number;
  /** An event stream silent this long is dead (the server pings every 25 s). */
  streamIdleMs?: number;
}

const defaultTimeoutMs = 20_000;
const defaultStreamIdleMs = 60_000;

export function createSyncClient(
  serverUrl: string,
  token: string,
  options: ClientOptions = {},
): SyncClient {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const streamIdleMs = options.streamIdleMs ?? defaultStreamIdleMs;
  const headers = {
    authorization: `Bearer ${token}`,
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
  const call = <T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}) =>
    requestJson(doFetch, endpoint(serverUrl, path), schema, timeoutMs, {
      ...init,
      headers: { ...headers, ...init.headers },
    });

  return {
    reference: () => call('/reference', centreReferenceSchema),
    push: (request) =>
      call('/sync/push', pushResponseSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      }),
    pull: (cursor, limit) => call(`/sync/pull?cursor=${cursor}&limit=${limit}`, pullResponseSchema),
    devices: () => call('/updates/devices', centreDevicesSchema),

    async events(onPoke, signal, onOpen) {
      // The stream is closed when the caller aborts or when it stays silent too long.
      const silence = new AbortController();
      let idle: ReturnType<typeof setTimeout> | undefined;
      const heard = () => {
        clearTimeout(idle);
        idle = setTimeout(() => silence.abort(), streamIdleMs);
      };
      const parse = eventStreamParser(({ event, data }) => {
        if (event !== 'poke') return;
        const poke = pokeSchema.safeParse(parseJson(data));
        if (poke.success) onPoke(poke.data.rev);
      });
      try {
        heard();
        const response = await doFetch(endpoint(serverUrl, '/sync/events'), {
          headers: { ...headers, accept: 'text/event-stream' },
          signal: AbortSignal.any([signal, silence.signal]),
        });
        if (!response.ok) throw errorOf(response.status, await readBody(response));
        if (!response.body) throw new SyncError('server', t('sync.error.badAnswer'));
        onOpen?.();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          heard();
          parse(value);
        }
      } catch (failure) {
        if (signal.aborted) return;
        throw failure instanceof SyncError
          ? failure
          : new SyncError('offline', t('sync.error.offline'));
      } finally {
        clearTimeout(idle);
      }
    },
  };
}

/** Trades a one-time enrolment code for this device's token and the centre's reference data. */
export function enrol(
  serverUrl: string,
  request: EnrolRequest,
  options: ClientOptions = {},
): Promise<EnrolResponse> {
  return requestJson(
    options.fetch ?? fetch,
    endpoint(serverUrl, '/enrol'),
    enrolResponseSchema,
    options.timeoutMs ?? defaultTimeoutMs,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      },
      body: JSON.stringify(request),
    },
  );
}

function endpoint(serverUrl: string, path: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${path}`;
}

async function requestJson<T>(
  doFetch: typeof fetch,
  url: string,
  schema: z.ZodType<T>,
  timeoutMs: number,
  init: RequestInit,
): Promise<T> {
  let status: number;
  let body: unknown;
  try {
    const response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    status = response.status;
    body = await readBody(response);
  } catch {
    // No answer (no network, server down, timed out): the change waits in the outbox.
    throw new SyncError('offline', t('sync.error.offline'));
  }
  if (status < 200 || status >= 300) throw errorOf(status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SyncError('server', t('sync.error.badAnswer'));
  return parsed.data;
}

/** The body as JSON, or undefined when it is not JSON (a proxy's error page). */
async function readBody(response: Response): Promise<unknown> {
  return parseJson(await response.text());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorOf(status: number, body: unknown): SyncError {
  const parsed = errorBodySchema.safeParse(body);
  const code = parsed.success ? parsed.data.error : undefined;
  const message = parsed.success ? parsed.data.message : undefined;
  if (status === 426 || code === 'protocol_version') {
    return new SyncError('update_needed', message ?? t('sync.error.updateNeeded'), code);
  }
  if (code === 'revoked') return new SyncError('revoked', message ?? t('sync.error.revoked'), code);
  if (status === 401) {
    return new SyncError('unauthorized', message ?? t('sync.error.unauthorized'), code);
  }
  if (status >= 400 && status < 500 && code) {
    return new SyncError('rejected_request', message ?? t('sync.error.rejected'), code);
  }
  return new SyncError('server', t('sync.error.server'), code);
}
