// What each staff role may do, in one table, read by the console (what it shows and enables) and by
// the server (what it accepts from a signed change). Least privilege: counter staff serve the queue
// and keep the person's record; social workers add the casework; supervisors run the day, see the
// reports and the audit log, and act on personal-data requests; the admin manages accounts and
// settings but does not open anyone's case.

import type { StaffRole } from '../centre/reference.ts';
import type { SyncedTable } from '../sync/record.ts';

export const staffPermissions = [
  /** Call, recall, start, finish, no-show, transfer, cancel, priority. */
  'queue.serve',
  /** Create, correct and merge a person's record (penerima manfaat). */
  'beneficiary.write',
  /** Open a person's casework: visits, assessments, emergency help, referrals. */
  'casework.view',
  /** Write assessments, emergency help and referrals. */
  'casework.write',
  /** Close the day's queue. */
  'day.close',
  'reports.view',
  'audit.view',
  /** A person's data: export, correct, erase or anonymise on request, and the retention setting. */
  'personalData.manage',
  /** Give or reset another member's PIN or password. */
  'staff.manage',
  /** The installation's settings and the kiosk exit. */
  'settings.manage',
] as const;
export type StaffPermission = (typeof staffPermissions)[number];

const grants: Record<StaffRole, readonly StaffPermission[]> = {
  petugas_loket: ['queue.serve', 'beneficiary.write'],
  pekerja_sosial: ['queue.serve', 'beneficiary.write', 'casework.view', 'casework.write'],
  supervisor: [
    'queue.serve',
    'beneficiary.write',
    'casework.view',
    'casework.write',
    'day.close',
    'reports.view',
    'audit.view',
    'personalData.manage',
    'staff.manage',
    'settings.manage',
  ],
  admin: ['reports.view', 'audit.view', 'staff.manage', 'settings.manage'],
};

export function may(role: StaffRole, permission: StaffPermission): boolean {
  return grants[role].includes(permission);
}

/** The permission a signed change to a synced table needs. */
export const writePermission: Record<SyncedTable, StaffPermission> = {
  tickets: 'queue.serve',
  ticketEvents: 'queue.serve',
  registrations: 'queue.serve',
  dayClosures: 'day.close',
  beneficiaries: 'beneficiary.write',
  visits: 'casework.write',
  assessments: 'casework.write',
  emergencyServices: 'casework.write',
  stockMovements: 'casework.write',
  referrals: 'casework.write',
};

/** Role names as staff read them. */
export const roleNames: Record<StaffRole, string> = {
  petugas_loket: 'Petugas loket',
  pekerja_sosial: 'Pekerja sosial',
  supervisor: 'Supervisor',
  admin: 'Admin',
};

/** The refusal a member sees, naming what their role lacks. */
export function refusal(role: StaffRole, permission: StaffPermission): string {
  return `${roleNames[role]} tidak berwenang ${permissionWords[permission]}.`;
}

const permissionWords: Record<StaffPermission, string> = {
  'queue.serve': 'melayani antrian',
  'beneficiary.write': 'mengubah data penerima manfaat',
  'casework.view': 'membuka berkas kasus',
  'casework.write': 'mencatat asesmen, layanan darurat atau rujukan',
  'day.close': 'menutup antrian hari ini',
  'reports.view': 'melihat laporan',
  'audit.view': 'melihat log audit',
  'personalData.manage': 'mengelola permintaan data pribadi',
  'staff.manage': 'mengatur PIN atau kata sandi petugas lain',
  'settings.manage': 'mengubah pengaturan',
};
