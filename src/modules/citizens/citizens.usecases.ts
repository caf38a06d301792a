// The citizen account's operations: register, confirm the address, reset a forgotten password, read and
// change the profile (sessions: citizens.sessions.ts). Mail goes out in the same transaction as the
// token it carries, so a link is never mailed for a token that was rolled back.
import { createHash, randomBytes } from 'node:crypto';
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { Passwords } from '../identity/index.ts';
import { citizenErrors } from './citizens.errors.ts';
import { createCitizensRepository, type CitizenProfile } from './citizens.repository.ts';
import { createCitizenSessionsRepository } from './citizens.sessions.repository.ts';
import type { CitizenTables, CitizenTokenPurpose } from './citizens.tables.ts';
import { normaliseEmail } from './citizens.validation.ts';

export type CitizenScope = TenantScope<CitizenTables>;

export const VERIFY_EMAIL_VALIDITY_MS = 24 * 60 * 60_000;
export const RESET_PASSWORD_VALIDITY_MS = 60 * 60_000;

export function tokenHashFor(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What a mail needs to say; the routes turn it into text in the reader's language. */
export type OutgoingLink =
  | { kind: 'verify_email'; to: string; name: string; token: string }
  | { kind: 'account_exists'; to: string }
  | { kind: 'reset_password'; to: string; token: string }
  | { kind: 'company_invitation'; to: string; company: string; invitedBy: string; token: string };

/** Builds and sends a mail (through mailer.send, in the given transaction). */
export type SendLink = (link: OutgoingLink, trx: Parameters<Mailer['send']>[1]) => Promise<void>;

async function issueToken(
  repository: ReturnType<typeof createCitizensRepository>,
  citizenId: string,
  purpose: CitizenTokenPurpose,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const validity = purpose === 'verify_email' ? VERIFY_EMAIL_VALIDITY_MS : RESET_PASSWORD_VALIDITY_MS;
  await repository.insertToken({
    citizenId,
    purpose,
    tokenHash: tokenHashFor(token),
    now,
    expiresAt: new Date(now.getTime() + validity),
  });
  return token;
}

/**
 * Creates an unverified account and mails the verification link. For an address that already has an
 * account, the caller sees the same outcome; that address gets a notice instead, so registration does not
 * reveal which addresses have accounts.
 */
export async function registerCitizen({
  scope,
  passwords,
  audit,
  sendLink,
  form,
  now,
}: {
  scope: CitizenScope;
  passwords: Passwords;
  audit: AuditTrail;
  sendLink: SendLink;
  form: { givenName: string; familyName: string; email: string; password: string };
  now: Date;
}): Promise<void> {
  const email = normaliseEmail(form.email);
  const passwordHash = await passwords.hash(form.password);
  await scope(async (trx) => {
    const repository = createCitizensRepository({ trx });
    const citizenId = await repository.insertCitizen({
      email,
      passwordHash,
      givenName: form.givenName.trim(),
      familyName: form.familyName.trim(),
      now,
    });
    if (!citizenId) {
      await sendLink({ kind: 'account_exists', to: email }, trx);
      return;
    }
    const token = await issueToken(repository, citizenId, 'verify_email', now);
    await sendLink({ kind: 'verify_email', to: email, name: form.givenName.trim(), token }, trx);
    await audit.append(trx, {
      actor: { type: 'citizen', id: citizenId },
      action: 'citizens.registered',
      object: { type: 'citizen', id: citizenId },
      summary: { email },
    });
  });
}

export async function isTokenUsable({
  scope,
  token,
  purpose,
  now,
}: {
  scope: CitizenScope;
  token: string;
  purpose: CitizenTokenPurpose;
  now: Date;
}): Promise<boolean> {
  return scope((trx) => createCitizensRepository({ trx }).isTokenUsable(tokenHashFor(token), purpose, now));
}

/** Throws citizens.invalid_token for a used, expired or unknown link. */
export async function verifyEmail({
  scope,
  audit,
  token,
  now,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  token: string;
  now: Date;
}): Promise<void> {
  await scope(async (trx) => {
    const repository = createCitizensRepository({ trx });
    const citizenId = await repository.consumeToken(tokenHashFor(token), 'verify_email', now);
    if (!citizenId) throw citizenErrors.invalid_token();
    await repository.markVerified(citizenId, now);
    await audit.append(trx, {
      actor: { type: 'citizen', id: citizenId },
      action: 'citizens.email_verified',
      object: { type: 'citizen', id: citizenId },
    });
  });
}

/** Mails a reset link if the address has an account; the caller answers the same either way. */
export async function requestPasswordReset({
  scope,
  audit,
  sendLink,
  email,
  now,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  sendLink: SendLink;
  email: string;
  now: Date;
}): Promise<void> {
  const address = normaliseEmail(email);
  await scope(async (trx) => {
    const repository = createCitizensRepository({ trx });
    const account = await repository.findByEmail(address);
    if (!account) return;
    const token = await issueToken(repository, account.id, 'reset_password', now);
    await sendLink({ kind: 'reset_password', to: address, token }, trx);
    await audit.append(trx, {
      actor: { type: 'anonymous' },
      action: 'citizens.password_reset_requested',
      object: { type: 'citizen', id: account.id },
    });
  });
}

/**
 * Sets the new password with a single-use link; ends every session and every other reset link of the
 * account. Following the link proves control of the mailbox, so an unverified address counts as verified.
 */
export async function resetPassword({
  scope,
  passwords,
  audit,
  token,
  password,
  now,
}: {
  scope: CitizenScope;
  passwords: Passwords;
  audit: AuditTrail;
  token: string;
  password: string;
  now: Date;
}): Promise<void> {
  const passwordHash = await passwords.hash(password);
  await scope(async (trx) => {
    const repository = createCitizensRepository({ trx });
    const citizenId = await repository.consumeToken(tokenHashFor(token), 'reset_password', now);
    if (!citizenId) throw citizenErrors.invalid_token();
    await repository.setPassword(citizenId, passwordHash);
    await repository.markVerified(citizenId, now);
    await repository.expireTokensOf(citizenId, 'reset_password', now);
    await createCitizenSessionsRepository({ trx }).deleteSessionsOf(citizenId);
    await audit.append(trx, {
      actor: { type: 'citizen', id: citizenId },
      action: 'citizens.password_reset',
      object: { type: 'citizen', id: citizenId },
    });
  });
}

export async function getProfile({ scope, citizenId }: { scope: CitizenScope; citizenId: string }) {
  return scope(async (trx) => ({ citizen: await createCitizensRepository({ trx }).findCitizen(citizenId) }));
}

/** Stores the profile; the audit entry names the changed fields, not their values. */
export async function updateProfile({
  scope,
  audit,
  citizenId,
  profile,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  profile: CitizenProfile;
}): Promise<void> {
  await scope(async (trx) => {
    const repository = createCitizensRepository({ trx });
    const before = await repository.findCitizen(citizenId);
    if (!before) throw citizenErrors.invalid_credentials();
    const changed = (Object.keys(profile) as (keyof CitizenProfile)[]).filter(
      (key) => before[key] !== profile[key],
    );
    if (changed.length === 0) return;
    await repository.updateProfile(citizenId, profile);
    await audit.append(trx, {
      actor: { type: 'citizen', id: citizenId },
      action: 'citizens.profile_changed',
      object: { type: 'citizen', id: citizenId },
      summary: { fields: changed },
    });
  });
}
