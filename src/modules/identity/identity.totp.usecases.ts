// The second factor: enrolment and removal for a signed-in person, and completing a pending sign-in.
import type { AuditTrail } from '../audit/index.ts';
import { createLockoutRepository, lockoutErrors } from './identity.lockout.ts';
import { isWellFormedSessionToken, sessionIdFor, type SessionPolicy } from './identity.sessions.ts';
import { totpErrors } from './identity.totp.errors.ts';
import { createTotpRepository } from './identity.totp.repository.ts';
import { matchTotp, newTotpSecret } from './identity.totp.ts';
import { openSession, securityScope, type IdentityScope } from './identity.usecases.ts';

/** Enabled, or the secret to show for enrolment (kept until confirmed, so a reload shows the same one). */
export async function prepareEnrolment({ scope, staffId }: { scope: IdentityScope; staffId: string }) {
  return securityScope(scope)(async (trx) => {
    const repository = createTotpRepository({ trx });
    const totp = await repository.findTotp(staffId);
    if (!totp) throw new Error('staff member not found');
    if (totp.secret) return { enabled: true as const, email: totp.email };
    const secret = totp.pendingSecret ?? newTotpSecret();
    if (!totp.pendingSecret) await repository.setPendingSecret(staffId, secret);
    return { enabled: false as const, email: totp.email, secret };
  });
}

/** Enables the shown secret once a code from it proves the app has it. Throws identity.invalid_code. */
export async function confirmEnrolment(options: {
  scope: IdentityScope;
  audit: AuditTrail;
  staffId: string;
  code: string;
  now: Date;
}): Promise<void> {
  const { scope, audit, staffId, code, now } = options;
  await securityScope(scope)(async (trx) => {
    const repository = createTotpRepository({ trx });
    const totp = await repository.findTotp(staffId);
    if (!totp?.pendingSecret || totp.secret) throw totpErrors.invalid_code();
    const match = matchTotp({ secret: totp.pendingSecret, code, now, lastUsedStep: null });
    if (!match || !('step' in match)) throw totpErrors.invalid_code();
    await repository.enable(staffId, totp.pendingSecret, match.step);
    await audit.append(trx, {
      actor: { type: 'staff', id: staffId },
      action: 'identity.totp_enabled',
      object: { type: 'staff', id: staffId },
    });
  });
}

/** Removes the second factor; needs a current, unused code. Throws identity.invalid_code. */
export async function disableTotp(options: {
  scope: IdentityScope;
  audit: AuditTrail;
  staffId: string;
  code: string;
  now: Date;
}): Promise<void> {
  const { scope, audit, staffId, code, now } = options;
  const refused = await securityScope(scope)(async (trx) => {
    const repository = createTotpRepository({ trx });
    const totp = await repository.findTotp(staffId);
    if (!totp?.secret) return false;
    const match = matchTotp({ secret: totp.secret, code, now, lastUsedStep: totp.lastStep });
    if (match && 'step' in match && (await repository.useStep(staffId, match.step))) {
      await repository.disable(staffId);
      await audit.append(trx, {
        actor: { type: 'staff', id: staffId },
        action: 'identity.totp_disabled',
        object: { type: 'staff', id: staffId },
      });
      return false;
    }
    await audit.append(trx, {
      actor: { type: 'staff', id: staffId },
      action: 'identity.second_factor_failed',
      object: { type: 'staff', id: staffId },
      summary: { purpose: 'disable', reason: match ? 'replayed' : 'wrong_code' },
    });
    return true;
  });
  if (refused) throw totpErrors.invalid_code();
}

/** Whether the browser's pending sign-in is still open. */
export async function hasPendingLogin({
  scope,
  token,
  now,
}: {
  scope: IdentityScope;
  token: string | undefined;
  now: Date;
}): Promise<boolean> {
  if (!isWellFormedSessionToken(token)) return false;
  const pending = await securityScope(scope)((trx) =>
    createTotpRepository({ trx }).findPendingLogin(sessionIdFor(token)),
  );
  return !!pending && pending.active && pending.expiresAt.getTime() > now.getTime();
}

/**
 * Turns a pending sign-in into a session when the code is right and its time step unused. A wrong or
 * replayed code counts as a failed sign-in (identity.lockout.ts); the fifth ends the pending sign-in and
 * locks the address. Throws identity.pending_login_expired, identity.invalid_code, identity.account_locked.
 */
export async function completeSecondFactor(options: {
  scope: IdentityScope;
  audit: AuditTrail;
  token: string | undefined;
  code: string;
  userAgent: string | undefined;
  previousToken: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ session: { token: string; staffId: string; expiresAt: Date }; returnTo: string | null }> {
  const { scope, audit, token, code, now } = options;
  if (!isWellFormedSessionToken(token)) throw totpErrors.pending_login_expired();
  const pendingId = sessionIdFor(token);
  const outcome = await securityScope(scope)(async (trx) => {
    const repository = createTotpRepository({ trx });
    const lockout = createLockoutRepository({ trx });
    const pending = await repository.findPendingLogin(pendingId);
    const totp = pending ? await repository.findTotp(pending.staffId) : undefined;
    if (!pending || !totp?.secret || !pending.active || pending.expiresAt.getTime() <= now.getTime()) {
      if (pending) await repository.deletePendingLogin(pendingId);
      return { error: totpErrors.pending_login_expired() };
    }
    const staff = { type: 'staff', id: pending.staffId };
    if (await lockout.isLocked(totp.email, now)) {
      await repository.deletePendingLogin(pendingId);
      return { error: lockoutErrors.account_locked() };
    }
    const match = matchTotp({ secret: totp.secret, code, now, lastUsedStep: totp.lastStep });
    if (match && 'step' in match && (await repository.useStep(pending.staffId, match.step))) {
      await repository.deletePendingLogin(pendingId);
      await lockout.reset(totp.email);
      const session = await openSession({
        trx,
        audit,
        staffId: pending.staffId,
        email: totp.email,
        userAgent: options.userAgent,
        previousToken: options.previousToken,
        now,
        policy: options.policy,
        method: 'password+totp',
      });
      return { session, returnTo: pending.returnTo };
    }
    await audit.append(trx, {
      actor: { type: 'anonymous' },
      action: 'identity.second_factor_failed',
      object: staff,
      summary: { purpose: 'login', reason: match ? 'replayed' : 'wrong_code' },
    });
    const { locked } = await lockout.recordFailure(totp.email, now);
    if (!locked) return { error: totpErrors.invalid_code() };
    await repository.deletePendingLogin(pendingId);
    await audit.append(trx, {
      actor: { type: 'anonymous' },
      action: 'identity.account_locked',
      object: staff,
      summary: { email: totp.email },
    });
    return { error: lockoutErrors.account_locked() };
  });
  // Errors are returned from the transaction, not thrown in it, so the failure and its audit entry commit.
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
