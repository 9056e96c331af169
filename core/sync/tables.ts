// The own fields of each synced table (without the sync fields of record.ts), as the server
// checks them before writing a pushed row. Each schema is tied to its interface at compile time,
// so a field added to Ticket, TicketEvent or Registration must be added here too.
import { z } from 'zod';
import { type Beneficiary, beneficiaryFieldsSchema } from '../beneficiary/beneficiary.ts';
import { type Assessment, assessmentFieldsSchema } from '../casework/assessment.ts';
import {
  type EmergencyService,
  emergencyServiceFieldsSchema,
  type StockMovement,
  stockMovementFieldsSchema,
} from '../casework/emergency.ts';
import { type Referral, referralFieldsSchema } from '../casework/referral.ts';
import { type Visit, visitFieldsSchema } from '../casework/visit.ts';
import { type DayClosure, MAX_RESOLVED_AT_CLOSING } from '../queue/closing.ts';
import {
  priorityClasses,
  type Ticket,
  type TicketEvent,
  ticketActions,
  ticketStates,
} from '../queue/ticket.ts';
import type { Registration } from '../visitor/registration.ts';
import type { SyncedRecord, SyncedTable } from './record.ts';

type FieldsOf<Row> = Omit<Row, keyof SyncedRecord>;

/** Same keys, and each assignable to the other. */
type Agree<A, B> = [A, keyof A] extends [B, keyof B]
  ? [B, keyof B] extends [A, keyof A]
    ? unknown
    : never
  : never;

/** Returns the schema unchanged; fails to compile unless its output has exactly `Fields`. */
function describing<Fields>() {
  return <S extends z.ZodType>(schema: S & Agree<z.output<S>, Fields>): S => schema;
}

const epochMs = z.number().int().nonnegative();
const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const serviceId = z.string().min(1).max(60);
const counterId = z.string().min(1).max(40);
const deviceId = z.string().min(1).max(64);
const reason = z.string().max(500);
const lane = z.enum(['emergency', 'priority', 'regular']);
const priorities = z.array(z.enum(priorityClasses)).max(priorityClasses.length);
const staffId = z.string().min(1).max(60);

export const ticketFieldsSchema = describing<FieldsOf<Ticket>>()(
  z.strictObject({
    number: z.string().min(1).max(16),
    letter: z.string().min(1).max(4),
    seq: z.number().int().nonnegative(),
    serviceId,
    localDay,
    lane,
    priorityClasses: priorities,
    state: z.enum(ticketStates),
    arrivedAt: epochMs,
    issuedAt: epochMs,
    issuedBy: deviceId,
    registrationId: z.uuid().optional(),
    counterId: counterId.optional(),
    callCount: z.number().int().nonnegative().max(10_000),
    firstCalledAt: epochMs.optional(),
    calledAt: epochMs.optional(),
    startedAt: epochMs.optional(),
    finishedAt: epochMs.optional(),
    transferredFromId: z.uuid().optional(),
    transferredToId: z.uuid().optional(),
    carriedOverFromId: z.uuid().optional(),
    carriedOverToId: z.uuid().optional(),
    cancelReason: reason.optional(),
    staffId: staffId.optional(),
  }),
);

export const ticketEventFieldsSchema = describing<FieldsOf<TicketEvent>>()(
  z.strictObject({
    ticketId: z.uuid(),
    ticketNumber: z.string().min(1).max(16),
    serviceId,
    type: z.enum(['issued', ...ticketActions]),
    lane,
    at: epochMs,
    localDay,
    counterId: counterId.optional(),
    deviceId,
    reason: reason.optional(),
    staffId: staffId.optional(),
  }),
);

export const registrationFieldsSchema = describing<FieldsOf<Registration>>()(
  z.strictObject({
    ticketId: z.uuid(),
    serviceId,
    localDay,
    registeredAt: epochMs,
    deviceId,
    hasNoId: z.boolean(),
    nik: z
      .string()
      .regex(/^\d{16}$/)
      .optional(),
    name: z.string().min(1).max(120).optional(),
    priorityClasses: priorities,
    consent: z
      .strictObject({
        given: z.boolean(),
        textVersion: z.string().min(1).max(60),
        at: epochMs,
        channel: z.enum(['kiosk', 'counter']),
      })
      .optional(),
  }),
);

const count = z.number().int().nonnegative();

export const dayClosureFieldsSchema = describing<FieldsOf<DayClosure>>()(
  z.strictObject({
    localDay,
    closedAt: epochMs,
    closedBy: staffId,
    closedByName: z.string().min(1).max(120),
    resolution: z.enum(['no_show', 'carry_over']),
    // 300 ids keep the mutation under protocolLimits.maxFieldsBytes (16 kB).
    resolvedTicketIds: z.array(z.uuid()).max(MAX_RESOLVED_AT_CLOSING),
    carryOverTo: localDay.optional(),
    summary: z.strictObject({
      issued: count,
      served: count,
      noShow: count,
      cancelled: count,
      transferred: count,
      carriedOver: count,
      open: count,
      transferredIn: count,
      carriedIn: count,
    }),
  }),
);

export const beneficiaryTableSchema = describing<FieldsOf<Beneficiary>>()(beneficiaryFieldsSchema);

export const visitTableSchema = describing<FieldsOf<Visit>>()(visitFieldsSchema);
export const assessmentTableSchema = describing<FieldsOf<Assessment>>()(assessmentFieldsSchema);
export const emergencyServiceTableSchema = describing<FieldsOf<EmergencyService>>()(
  emergencyServiceFieldsSchema,
);
export const stockMovementTableSchema =
  describing<FieldsOf<StockMovement>>()(stockMovementFieldsSchema);
export const referralTableSchema = describing<FieldsOf<Referral>>()(referralFieldsSchema);

export const tableFieldSchemas = {
  tickets: ticketFieldsSchema,
  ticketEvents: ticketEventFieldsSchema,
  registrations: registrationFieldsSchema,
  dayClosures: dayClosureFieldsSchema,
  beneficiaries: beneficiaryTableSchema,
  visits: visitTableSchema,
  assessments: assessmentTableSchema,
  emergencyServices: emergencyServiceTableSchema,
  stockMovements: stockMovementTableSchema,
  referrals: referralTableSchema,
} as const satisfies Record<SyncedTable, z.ZodType>;
