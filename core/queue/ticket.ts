// A queue ticket and what happens to it. A ticket is a workflow record: its state changes only
// through the transition table (transitions.ts), locally and — once synced — on the server.
import type { SyncedRecord } from '../sync/record.ts';

export const ticketStates = [
  'waiting',
  'called',
  'serving',
  'done',
  'no_show',
  'transferred',
  'cancelled',
  /** Still open at the daily closing and carried to a later day (core/queue/closing.ts). */
  'carried_over',
] as const;
export type TicketState = (typeof ticketStates)[number];

/** Who gets special treatment by law: UU 25/2009 on public service, art. 29. */
export const priorityClasses = [
  'disability',
  'elderly',
  'pregnant',
  'child',
  'disaster_victim',
] as const;
export type PriorityClass = (typeof priorityClasses)[number];

/** Which line a ticket stands in: emergencies before everything, then the ordering policy. */
export type Lane = 'emergency' | 'priority' | 'regular';

export interface Ticket extends SyncedRecord {
  /** What the visitor reads and hears, e.g. "A-012". Kept on transfer. */
  number: string;
  /** Service letter and per-day sequence the number was made from. */
  letter: string;
  seq: number;
  serviceId: string;
  /** The centre's local day of issue, "YYYY-MM-DD" in the centre's time zone. */
  localDay: string;
  lane: Lane;
  priorityClasses: PriorityClass[];
  state: TicketState;
  /** When the visitor first arrived (epoch ms); a transfer keeps it, so nobody loses their place. */
  arrivedAt: number;
  issuedAt: number;
  /** Device that issued the ticket. */
  issuedBy: string;
  registrationId?: string;
  /** Counter that called or serves it. */
  counterId?: string;
  callCount: number;
  /** The first call (calledAt moves with every recall): where the waiting time ends. */
  firstCalledAt?: number;
  /** The latest call or recall. */
  calledAt?: number;
  startedAt?: number;
  finishedAt?: number;
  transferredFromId?: string;
  transferredToId?: string;
  /** Set on the ticket a daily closing opened on a later day: the ticket it continues. */
  carriedOverFromId?: string;
  /** Set on a carried-over ticket: the ticket that continues it on the later day. */
  carriedOverToId?: string;
  cancelReason?: string;
  /** Staff member on duty at the console that acted on the ticket last (reports per staff). */
  staffId?: string;
}

/** What a staff member or the kiosk does to a ticket. */
export const ticketActions = [
  'call',
  'recall',
  'start',
  'finish',
  'no_show',
  'transfer',
  'cancel',
  'requeue',
  /** Daily closing only: an open ticket is marked absent. */
  'close_no_show',
  /** Daily closing only: an open ticket is carried to a later day. */
  'carry_over',
] as const;
export type TicketAction = (typeof ticketActions)[number];

/** An append-only record of each thing done to a ticket: the board and reports read these. */
export interface TicketEvent extends SyncedRecord {
  ticketId: string;
  ticketNumber: string;
  serviceId: string;
  type: 'issued' | TicketAction;
  /** Lane of the ticket at the time: the N regular : 1 priority policy counts calls by lane. */
  lane: Lane;
  at: number;
  localDay: string;
  counterId?: string;
  deviceId: string;
  reason?: string;
  /** Staff member on duty at the console that did it; missing when not recorded. */
  staffId?: string;
}
