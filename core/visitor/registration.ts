// What a visitor told the kiosk (or a staff member at the counter). Personal data is kept only
// with consent (UU 27/2022): without it the registration records the decision and nothing else,
// and staff ask again at the counter. Matching to a known beneficiary happens at the counter,
// never at the kiosk.
import type { PriorityClass } from '../queue/ticket.ts';
import type { SyncedRecord } from '../sync/record.ts';

/** Version of the consent text the visitor read; bump when its wording changes. */
export const KIOSK_CONSENT_VERSION = 'kiosk-consent-2026-11';

export interface Consent {
  given: boolean;
  textVersion: string;
  at: number;
  channel: 'kiosk' | 'counter';
}

export interface Registration extends SyncedRecord {
  ticketId: string;
  serviceId: string;
  localDay: string;
  registeredAt: number;
  deviceId: string;
  /** The visitor said they have no ID card ("Tidak punya KTP"). */
  hasNoId: boolean;
  nik?: string;
  name?: string;
  priorityClasses: PriorityClass[];
  /** Missing for an emergency ticket: consent is asked at the counter. */
  consent?: Consent;
}

/** What the kiosk collects before issuing a ticket. */
export interface VisitorAnswers {
  serviceId: string;
  priorityClasses: PriorityClass[];
  hasNoId: boolean;
  nik?: string;
  name?: string;
  consentGiven: boolean;
}
