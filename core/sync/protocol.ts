// The sync protocol between a device and the central server (../shared/ARCHITECTURE.md, "Sync").
// Both sides parse every message with these schemas: the server what it receives, the device
// what comes back. Every request carries PROTOCOL_VERSION in the `serasi-protocol` header; a
// server refuses a version it cannot read (426) and the device says "update needed".
//
// Routes (all JSON, all but /healthz and /enrol need `authorization: Bearer <token>`):
//   GET  /healthz                      → { ok: true }
//   POST /enrol        EnrolRequest    → EnrolResponse        (one-time code → device token)
//   GET  /reference                    → CentreReference
//   POST /sync/push    PushRequest     → PushResponse
//   GET  /sync/pull?cursor=N&limit=M   → PullResponse
//   GET  /sync/events                  → text/event-stream; `event: poke` with `data: {"rev":N}`
//                                        whenever the centre's log moves; `: ping` every 25 s
// Admin routes (`authorization: Bearer <admin token>`), used by `npm run server -- admin …`:
//   PUT  /admin/centres/:centreId             CentreReferenceInput → CentreReference
//   POST /admin/centres/:centreId/enrolment-codes  AdminCodeRequest → AdminCodeResponse
//   GET  /admin/centres/:centreId/devices     → { devices: AdminDevice[] }
//   POST /admin/devices/:deviceId/revoke      → { ok: true }
//   GET  /admin/centres/:centreId/conflicts   → { conflicts: SyncConflict[] }
// Errors are always `{ error: ErrorCode, message: <Bahasa Indonesia> }`: 4xx for anything the
// request got wrong, 5xx (`server_error`) only when the server itself failed.
import { z } from 'zod';
import { roleSchema } from '../centre/config.ts';
import { centreReferenceSchema } from '../centre/reference.ts';
import { ticketActions } from '../queue/ticket.ts';
import { syncedTables } from './record.ts';

export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'serasi-protocol';

export const protocolLimits = {
  /** Largest request body the server reads (bytes). */
  maxBodyBytes: 1_000_000,
  maxMutationsPerPush: 500,
  /** Largest encoded `fields` of one mutation (bytes). */
  maxFieldsBytes: 32_000,
  defaultPullLimit: 500,
  maxPullLimit: 2000,
} as const;

export const errorCodes = [
  'bad_request',
  'too_large',
  'protocol_version',
  'unauthorized',
  'revoked',
  'forbidden',
  'wrong_centre',
  'wrong_device',
  /** A (device, seq) already used by a different mutation: the device's store was wiped. */
  'seq_reused',
  'code_invalid',
  'not_found',
  /** The thing exists already (a release of that channel, platform and version). */
  'conflict',
  /** No app release is on offer to this device yet. */
  'no_release',
  /** The server failed (5xx); never the answer to bad input. */
  'server_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z.object({
  error: z.enum(errorCodes),
  message: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An HLC stamp as core/sync/hlc.ts encodes it: wall ms, counter, device id. */
export const hlcSchema = z
  .string()
  .regex(/^\d{15}-\d{5}-[0-9a-f-]{36}$/, 'Stempel waktu tidak sah');

export const ticketIntentSchema = z.object({
  kind: z.literal('ticket-action'),
  action: z.enum(ticketActions),
  counterId: z.string().min(1).max(40).optional(),
  reason: z.string().max(500).optional(),
});

const fieldName = z.string().min(1).max(64);

export const mutationSchema = z.object({
  seq: z.number().int().positive(),
  txId: z.uuid(),
  table: z.enum(syncedTables),
  rowId: z.uuid(),
  op: z.enum(['put', 'delete']),
  /** Checked per table by the server (core/sync/tables.ts); JSON values only. */
  fields: z.record(fieldName, z.json()),
  baseRev: z.number().int().nonnegative(),
  hlc: hlcSchema,
  intent: ticketIntentSchema.optional(),
});
export type WireMutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  /** Must be the device the token was issued to. */
  deviceId: z.uuid(),
  /** In the device's causal (seq) order. */
  mutations: z.array(mutationSchema).min(1).max(protocolLimits.maxMutationsPerPush),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const rejectionCodes = [
  /** The state machine refused the queue action (message says why, e.g. "A-012 sudah dipanggil di Loket 2"). */
  'transition_refused',
  /** Another mutation of the same local transaction was rejected. */
  'transaction_rejected',
  /** The fields do not make a valid row of the table. */
  'invalid_row',
  /** The row does not exist (update of an unknown row, event of an unknown ticket). */
  'missing_row',
  /** A create for a row that already exists. */
  'row_exists',
  /** The table does not allow this operation (events are append-only, tickets are never deleted). */
  'not_allowed',
  /** The device's role may not make this change (a display board writes nothing). */
  'forbidden_role',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

/** A synced row as the server stores and serves it: the table's fields plus the sync fields. */
export const serverRowSchema = z
  .object({
    id: z.uuid(),
    balaiId: z.string(),
    updatedAt: z.string(),
    rev: z.number().int().positive(),
    deleted: z.union([z.literal(0), z.literal(1)]),
  })
  .catchall(z.json());
export type ServerRow = z.infer<typeof serverRowSchema>;

export const pushResultSchema = z.discriminatedUnion('status', [
  z.object({ seq: z.number().int(), status: z.literal('applied'), rev: z.number().int() }),
  /** Applied before: a resent mutation changes nothing and gets this answer. */
  z.object({ seq: z.number().int(), status: z.literal('duplicate'), rev: z.number().int() }),
  z.object({
    seq: z.number().int(),
    status: z.literal('rejected'),
    code: z.enum(rejectionCodes),
    message: z.string(),
    /** The server's row as it is now (null if it has none), for the device's rollback. */
    current: serverRowSchema.nullable(),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  /** The centre's log position after this push. */
  rev: z.number().int().nonnegative(),
  serverTime: z.number().int(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(protocolLimits.maxPullLimit)
    .default(protocolLimits.defaultPullLimit),
});

export const pullChangeSchema = z.object({
  table: z.enum(syncedTables),
  row: serverRowSchema,
});
export type PullChange = z.infer<typeof pullChangeSchema>;

export const pullResponseSchema = z.object({
  /** In rev order; each row as it is now (a row changed twice appears once, at its last rev). */
  changes: z.array(pullChangeSchema),
  /** Pass back as `cursor` for the next page; the rev of the last change (or the one sent). */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The centre's reference data version: a device whose cache is older fetches GET /reference. */
  referenceVersion: z.number().int().nonnegative(),
  serverTime: z.number().int(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const enrolmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/, 'Kode pendaftaran berbentuk XXXX-XXXX-XXXX');

export const enrolRequestSchema = z.object({
  code: enrolmentCodeSchema,
  deviceId: z.uuid(),
  /** Shown to administrators: "PC Loket 2". */
  deviceName: z.string().trim().min(1).max(80),
  /** The roles this PC takes, of those the code grants; all of them when left out. */
  roles: z.array(roleSchema).min(1).optional(),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  token: z.string().min(32),
  deviceId: z.uuid(),
  centreId: z.string(),
  roles: z.array(roleSchema).min(1),
  reference: centreReferenceSchema,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const adminCodeRequestSchema = z.object({
  roles: z.array(roleSchema).min(1),
  /** How long the code can be used; default 7 days. */
  validHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** How many PCs may enrol with the code: 1 for one PC, more for a centre's fleet file. */
  uses: z.number().int().min(1).max(200).default(1),
});

export const adminCodeResponseSchema = z.object({
  code: enrolmentCodeSchema,
  centreId: z.string(),
  roles: z.array(roleSchema),
  expiresAt: z.number().int(),
  uses: z.number().int().min(1),
});

export const adminDeviceSchema = z.object({
  id: z.uuid(),
  centreId: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  enrolledAt: z.number().int(),
  lastSeenAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
});
export type AdminDevice = z.infer<typeof adminDeviceSchema>;

/** A value that lost a field-level merge, kept for a supervisor to review. */
export const syncConflictSchema = z.object({
  id: z.number().int(),
  table: z.enum(syncedTables),
  rowId: z.uuid(),
  field: z.string(),
  keptValue: z.json(),
  keptHlc: z.string(),
  lostValue: z.json(),
  lostHlc: z.string(),
  createdAt: z.number().int(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

/** The poke the events stream sends. */
export const pokeSchema = z.object({ rev: z.number().int().nonnegative() });
