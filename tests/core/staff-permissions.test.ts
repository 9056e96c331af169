// Each role's allowed and forbidden actions, as the console and the server read them.
import { expect, test } from 'vitest';
import { staffRoles } from '../../core/centre/reference.ts';
import { may, refusal, staffPermissions } from '../../core/staff/permissions.ts';

test('each role may do exactly its own work', () => {
  const allowed = Object.fromEntries(
    staffRoles.map((role) => [role, staffPermissions.filter((p) => may(role, p))]),
  );
  expect(allowed).toEqual({
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
    // The admin runs accounts and settings, and never opens a person's case.
    admin: ['reports.view', 'audit.view', 'staff.manage', 'settings.manage'],
  });
});

test('a refusal names the role and what it may not do', () => {
  expect(refusal('petugas_loket', 'casework.write')).toBe(
    'Petugas loket tidak berwenang mencatat asesmen, layanan darurat atau rujukan.',
  );
  expect(refusal('admin', 'casework.view')).toBe('Admin tidak berwenang membuka berkas kasus.');
});
