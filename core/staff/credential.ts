// A staff member's sign-in secret (a PIN or a password) as it is kept and synced: never the secret
// itself, only what proves it. PBKDF2 bits of the secret (core/security/kdf.ts) make an AES-GCM key
// that wraps the member's own ECDSA P-256 signing key; the public half travels beside it.
// - Signing in, offline too, is unwrapping that key: a wrong secret fails the GCM tag.
// - Each credential row is one version (its row id is the key id); a new PIN or password is a new
//   row, and the newest by `setAt` is the one to sign in with.
// - What the member does is signed with the key, so the server can check who did it and what that
//   person's role allows, not only which device sent it.
import { z } from 'zod';
import { type StaffRole, staffMemberSchema } from '../centre/reference.ts';
import { deriveBits, fromBase64, KDF_ITERATIONS, randomSalt, toBase64 } from '../security/kdf.ts';

export const credentialKinds = ['pin', 'password'] as const;
export type CredentialKind = (typeof credentialKinds)[number];

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Bukan base64');
const staffId = staffMemberSchema.shape.id;

export const staffCredentialFieldsSchema = z.strictObject({
  staffId,
  kind: z.enum(credentialKinds),
  /** PBKDF2-HMAC-SHA256 iterations; never below the floor, so a weak row cannot be planted. */
  iterations: z.number().int().min(KDF_ITERATIONS).max(10_000_000),
  salt: base64.max(64),
  /** SPKI of the ECDSA P-256 public key. */
  publicKey: base64.max(200),
  /** PKCS#8 private key, AES-GCM-encrypted under the secret's key. */
  wrappedKey: base64.max(400),
  iv: base64.max(24),
  setAt: z.number().int().nonnegative(),
  /** Who set it: the member, or a supervisor or admin giving a first or reset secret. */
  setBy: staffId,
});
export type StaffCredentialFields = z.infer<typeof staffCredentialFieldsSchema>;

/**
 * Who may sign in with what. Supervisors and admins can see every record, erase personal data and
 * manage accounts, so they use a password; counter staff may use a six-digit PIN.
 */
export function kindsFor(role: StaffRole): readonly CredentialKind[] {
  return role === 'supervisor' || role === 'admin' ? ['password'] : ['pin', 'password'];
}

export const PIN_LENGTH = 6;
/** NIST SP 800-63B-4: at least 15 characters for a password that is the only factor. */
export const PASSWORD_MIN_LENGTH = 15;
const PASSWORD_MAX_LENGTH = 128;

function isRunOrRepeat(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] ?? 0)));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 2);
}

/** What is wrong with a new secret, in Indonesian, or null when it may be used. */
export function secretProblem(kind: CredentialKind, secret: string): string | null {
  if (kind === 'pin') {
    if (!/^\d*$/.test(secret)) return 'PIN hanya boleh berisi angka.';
    if (secret.length !== PIN_LENGTH) return `PIN harus ${PIN_LENGTH} angka.`;
    if (isRunOrRepeat(secret)) {
      return 'PIN ini terlalu mudah ditebak (angka sama atau berurutan); pilih yang lain.';
    }
    return null;
  }
  const length = [...secret].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Kata sandi paling sedikit ${PASSWORD_MIN_LENGTH} karakter; tertulis ${length}. Rangkaian beberapa kata mudah diingat.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Kata sandi paling banyak ${PASSWORD_MAX_LENGTH} karakter.`;
  }
  if (secret.trim() !== secret) return 'Kata sandi tidak boleh diawali atau diakhiri spasi.';
  return null;
}

const signing = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signature = { name: 'ECDSA', hash: 'SHA-256' } as const;

async function wrappingKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const bits = await deriveBits(secret.normalize('NFC'), salt, iterations);
  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export interface NewCredential {
  staffId: string;
  kind: CredentialKind;
  secret: string;
  setBy: string;
  now: number;
  /** Only tests pass fewer; the schema refuses a row below KDF_ITERATIONS. */
  iterations?: number;
}

/** Makes a credential for a secret already checked with secretProblem. */
export async function createCredential(input: NewCredential): Promise<StaffCredentialFields> {
  const iterations = input.iterations ?? KDF_ITERATIONS;
  const salt = randomSalt();
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const pair = await crypto.subtle.generateKey(signing, true, ['sign', 'verify']);
  const privateKey = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await wrappingKey(input.secret, salt, iterations),
    privateKey,
  );
  return {
    staffId: input.staffId,
    kind: input.kind,
    iterations,
    salt: toBase64(salt),
    publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))),
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    iv: toBase64(iv),
    setAt: input.now,
    setBy: input.setBy,
  };
}

/** A secret given by someone else must be replaced by the member at the next sign-in. */
export function mustChange(credential: Pick<StaffCredentialFields, 'staffId' | 'setBy'>): boolean {
  return credential.setBy !== credential.staffId;
}

/**
 * The member's signing key when the secret is right, else null. The key cannot be exported: it
 * lives in the signed-in window's memory only, and is gone when the session ends.
 */
export async function unlockCredential(
  credential: Pick<StaffCredentialFields, 'iterations' | 'salt' | 'wrappedKey' | 'iv'>,
  secret: string,
): Promise<CryptoKey | null> {
  let privateKey: ArrayBuffer;
  try {
    privateKey = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(credential.iv) },
      await wrappingKey(secret, fromBase64(credential.salt), credential.iterations),
      fromBase64(credential.wrappedKey),
    );
  } catch {
    return null;
  }
  return crypto.subtle.importKey('pkcs8', privateKey, signing, false, ['sign']);
}

const encoder = new TextEncoder();

/** Signs text with a member's unlocked key; base64 of the P1363 (r‖s) signature. */
export async function signAs(key: CryptoKey, text: string): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(signature, key, encoder.encode(text))));
}

/** True when `signed` is the signature of `text` by the key whose public half is `publicKey`. */
export async function signatureMatches(
  publicKey: string,
  text: string,
  signed: string,
): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('spki', fromBase64(publicKey), signing, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(signature, key, fromBase64(signed), encoder.encode(text));
  } catch {
    return false;
  }
}

/** The credential to sign in with: the newest a member has. */
export function currentCredential<Row extends Pick<StaffCredentialFields, 'staffId' | 'setAt'>>(
  rows: readonly Row[],
  staffId: string,
): Row | undefined {
  let newest: Row | undefined;
  for (const row of rows) {
    if (row.staffId === staffId && (!newest || row.setAt > newest.setAt)) newest = row;
  }
  return newest;
}
