// Session tokens and the timeout rules. The cookie carries a random token; the database keeps only
// its SHA-256, so the token is the one secret and exists only in the browser.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'rathaus_session';

export interface SessionPolicy {
  /** A session unused for this long ends, so a browser left open at an unattended desk stops working. */
  idleMs: number;
  /** A session ends this long after login, however active: one working day. */
  absoluteMs: number;
  /** last_seen_at is written at most this often, so reading pages does not write on every request. */
  touchEveryMs: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 10 * 60 * 60_000,
  touchEveryMs: 60_000,
};

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url without padding (43 characters). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Anything else in the cookie is not ours; it is never hashed or looked up. */
export function isWellFormedSessionToken(token: unknown): token is string {
  return typeof token === 'string' && tokenPattern.test(token);
}

export function sessionIdFor(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isSessionExpired(
  session: { lastSeenAt: Date; expiresAt: Date },
  now: Date,
  policy: SessionPolicy,
): boolean {
  return (
    now.getTime() >= session.expiresAt.getTime() ||
    now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs
  );
}

export function isSessionDueForTouch(
  session: { lastSeenAt: Date },
  now: Date,
  policy: SessionPolicy,
): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= policy.touchEveryMs;
}
