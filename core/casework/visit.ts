// A visit: one person's coming to the centre on a day, opened when a counter links a called
// ticket to a beneficiary record. Its assessments, emergency services and referrals name it, so
// the timeline shows what happened on each visit. Synced, merged field by field.
import { z } from 'zod';
import type { SyncedRecord } from '../sync/record.ts';

export interface VisitFields {
  beneficiaryId: string;
  /** The ticket the visit was opened on, then any it was transferred or carried over to. */
  ticketIds: string[];
  /** The centre's day of the visit, YYYY-MM-DD. */
  localDay: string;
  serviceId: string;
  counterId: string | null;
  openedAt: number;
  /** Staff member (reference staff id) who opened it; null before sign-in exists. */
  openedBy: string | null;
}

export interface Visit extends VisitFields, SyncedRecord {}

const epochMs = z.number().int().nonnegative();

export const visitFieldsSchema = z.strictObject({
  beneficiaryId: z.uuid(),
  ticketIds: z.array(z.uuid()).max(20),
  localDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  serviceId: z.string().min(1).max(60),
  counterId: z.string().min(1).max(40).nullable(),
  openedAt: epochMs,
  openedBy: z.string().min(1).max(60).nullable(),
});
