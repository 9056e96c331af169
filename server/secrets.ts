// The server's secrets: device and admin tokens (random 32 bytes, base64url) and enrolment codes
// (XXXX-XXXX-XXXX from an alphabet without look-alikes). Only their SHA-256 is ever stored.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether `secret` hashes to `expectedHash`, in constant time. */
export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(sha256(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** No 0/O, 1/I/L, so a code read aloud or typed from paper comes out right. */
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newEnrolmentCode(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join(''),
  );
  return groups.join('-');
}

/** The token of an `authorization: Bearer <token>` header, if it has that form. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return match?.[1];
}
