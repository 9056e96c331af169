// A staff member's credential: the secret's rules, and a credential that proves the secret without
// holding it — it unlocks a signing key for the right secret only, and what that key signs is
// checked with the public half that syncs beside it.
import { describe, expect, test } from 'vitest';
import { KDF_ITERATIONS } from '../../core/security/kdf.ts';
import {
  createCredential,
  currentCredential,
  kindsFor,
  mustChange,
  secretProblem,
  signAs,
  signatureMatches,
  staffCredentialFieldsSchema,
  unlockCredential,
} from '../../core/staff/credential.ts';

/** Fewer rounds than a real credential, so the suite stays quick; one test uses the real count. */
const testIterations = 1_000;

/** A member's own PIN, quickly derived. */
const ownPin = (staffId: string, secret: string) =>
  createCredential({
    staffId,
    kind: 'pin',
    secret,
    setBy: staffId,
    now: 1,
    iterations: testIterations,
  });

describe('the secret', () => {
  test('a PIN is six digits, neither one digit repeated nor a run', () => {
    expect(secretProblem('pin', '402917')).toBeNull();
    expect(secretProblem('pin', '40291')).toBe('PIN harus 6 angka.');
    expect(secretProblem('pin', '4029a7')).toBe('PIN hanya boleh berisi angka.');
    for (const easy of ['111111', '123456', '987654']) {
      expect(secretProblem('pin', easy)).toBe(
        'PIN ini terlalu mudah ditebak (angka sama atau berurutan); pilih yang lain.',
      );
    }
  });

  test('a password is 15 to 128 characters, counted as a person counts them', () => {
    expect(secretProblem('password', 'kopi pagi di balai')).toBeNull();
    expect(secretProblem('password', 'rahasia123')).toBe(
      'Kata sandi paling sedikit 15 karakter; tertulis 10. Rangkaian beberapa kata mudah diingat.',
    );
    // Fifteen letters, some outside ASCII, are fifteen characters.
    expect(secretProblem('password', 'ékspresi-ñoñó!!')).toBeNull();
    expect(secretProblem('password', ' kopi pagi di balai')).toBe(
      'Kata sandi tidak boleh diawali atau diakhiri spasi.',
    );
    expect(secretProblem('password', 'a'.repeat(129))).toBe(
      'Kata sandi paling banyak 128 karakter.',
    );
  });

  test('supervisors and admins sign in with a password only; counter staff may use a PIN', () => {
    expect(kindsFor('supervisor')).toEqual(['password']);
    expect(kindsFor('admin')).toEqual(['password']);
    expect(kindsFor('petugas_loket')).toEqual(['pin', 'password']);
    expect(kindsFor('pekerja_sosial')).toEqual(['pin', 'password']);
  });
});

describe('the credential', () => {
  test('holds no trace of the secret, and unlocks a key for the right secret only', async () => {
    const credential = await ownPin('ptg-ayu', '402917');
    expect(JSON.stringify(credential)).not.toContain('402917');
    expect(mustChange(credential)).toBe(false);
    expect(await unlockCredential(credential, '402918')).toBeNull();
    expect(await unlockCredential(credential, '')).toBeNull();
    const key = await unlockCredential(credential, '402917');
    expect(key).not.toBeNull();
    // The unlocked key cannot be taken out of the session that holds it.
    expect(key?.extractable).toBe(false);
  });

  test('what the key signs verifies with the public half, and nothing else does', async () => {
    const ayu = await ownPin('ptg-ayu', '402917');
    const budi = await ownPin('ptg-budi', '402917');
    // The same PIN, a different salt and key: nothing in common.
    expect(budi.salt).not.toBe(ayu.salt);
    expect(budi.publicKey).not.toBe(ayu.publicKey);
    const key = await unlockCredential(ayu, '402917');
    if (!key) throw new Error('not unlocked');
    const signed = await signAs(key, 'tickets:0190-call');
    expect(await signatureMatches(ayu.publicKey, 'tickets:0190-call', signed)).toBe(true);
    expect(await signatureMatches(ayu.publicKey, 'tickets:0190-finish', signed)).toBe(false);
    expect(await signatureMatches(budi.publicKey, 'tickets:0190-call', signed)).toBe(false);
    expect(await signatureMatches(ayu.publicKey, 'tickets:0190-call', 'AAAA')).toBe(false);
    expect(await signatureMatches('bukan-kunci', 'tickets:0190-call', signed)).toBe(false);
  });

  test('a real credential uses 600,000 PBKDF2 rounds, and the synced schema refuses fewer', async () => {
    const credential = await createCredential({
      staffId: 'spv-rina',
      kind: 'password',
      secret: 'kopi pagi di balai',
      setBy: 'adm-joko',
      now: 2,
    });
    expect(credential.iterations).toBe(KDF_ITERATIONS);
    expect(KDF_ITERATIONS).toBe(600_000);
    // Given by the admin: Rina must choose her own at her next sign-in.
    expect(mustChange(credential)).toBe(true);
    expect(staffCredentialFieldsSchema.safeParse(credential).success).toBe(true);
    expect(
      staffCredentialFieldsSchema.safeParse({ ...credential, iterations: testIterations }).success,
    ).toBe(false);
    expect(await unlockCredential(credential, 'kopi pagi di balai')).not.toBeNull();
  }, 30_000);

  test('the credential to sign in with is the newest of the member’s', () => {
    const rows = [
      { staffId: 'ptg-ayu', setAt: 10, id: 'a1' },
      { staffId: 'ptg-ayu', setAt: 30, id: 'a3' },
      { staffId: 'ptg-budi', setAt: 40, id: 'b1' },
      { staffId: 'ptg-ayu', setAt: 20, id: 'a2' },
    ];
    expect(currentCredential(rows, 'ptg-ayu')?.id).toBe('a3');
    expect(currentCredential(rows, 'ptg-citra')).toBeUndefined();
  });
});
