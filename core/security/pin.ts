// The supervisor PIN, hashed with the KDF of kdf.ts (PBKDF2-HMAC-SHA256, 600,000 iterations) and
// stored as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
import { deriveBits, fromBase64, KDF_ITERATIONS, randomSalt, toBase64 } from './kdf.ts';

/** A supervisor PIN is 4 to 8 digits. Returns a message in Indonesian, or null when acceptable. */
export function pinProblem(pin: string): string | null {
  if (!/^\d+$/.test(pin)) return 'PIN hanya boleh berisi angka.';
  if (pin.length < 4 || pin.length > 8) return 'PIN harus 4 sampai 8 angka.';
  return null;
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomSalt();
  const hash = await deriveBits(pin, salt, KDF_ITERATIONS);
  return `pbkdf2-sha256$${KDF_ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`;
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, expected] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !expected) return false;
  const actual = await deriveBits(pin, fromBase64(salt), Number(iterations));
  const wanted = fromBase64(expected);
  if (actual.length !== wanted.length) return false;
  // Constant-time comparison: the PIN guards the kiosk exit on a public screen.
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (wanted[i] ?? 0);
  return diff === 0;
}
