// CSRF protection for every state-changing request that a browser could send with cookies:
// a random secret lives in an HttpOnly cookie; forms carry an HMAC of it in the field `_csrf`
// (or scripts in the header `x-csrf-token`). A request without a matching token is refused with 403.
// Requests authenticated by a bearer token carry no ambient credentials and are exempt.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_COOKIE = 'rathaus_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function newCsrfSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function csrfTokenFor(secret: string, serverKey: string): string {
  return createHmac('sha256', serverKey).update(secret).digest('base64url');
}

export function isValidCsrfToken(secret: string | undefined, token: unknown, serverKey: string): boolean {
  if (!secret || typeof token !== 'string' || token.length === 0) return false;
  const expected = Buffer.from(csrfTokenFor(secret, serverKey));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
