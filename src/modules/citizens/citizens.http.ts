// What every citizen route file shares: the options from the module, the session cookie, the tenant
// scope of a request, the signed-in citizen, field errors, and the mails with links.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { translate, type Locale } from '../../platform/i18n/i18n.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { accessErrors, type CitizenActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { Passwords, SessionPolicy } from '../identity/index.ts';
import { companyText } from './citizens.companies.messages.ts';
import type { FieldError } from './citizens.layout.tsx';
import { citizenText } from './citizens.messages.ts';
import type { CitizenOidcSettings } from './citizens.oidc.routes.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import type { CitizenTables } from './citizens.tables.ts';
import type { OutgoingLink, SendLink } from './citizens.usecases.ts';
import type { FieldProblem } from './citizens.validation.ts';

export const CITIZEN_SESSION_COOKIE = 'rathaus_citizen_session';

export interface CitizenRoutesOptions {
  db: Kysely<CitizenTables>;
  passwords: Passwords;
  audit: AuditTrail;
  mailer: Mailer;
  now: () => Date;
  policy: SessionPolicy;
  secureCookies: boolean;
  /** PUBLIC_URL; without it, links in mails use the request's own scheme and host. */
  publicUrl: string | undefined;
  /** Sign-in through a state identity service (BundID); its routes answer 404 while no issuer is set. */
  oidc: CitizenOidcSettings;
}

export const tags = ['Bürgerkonto'];
export const html = ['text/html'];
export const form = ['application/x-www-form-urlencoded'];

// Pages with personal data, a password form or a token must not stay in shared caches or history.
export function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

export function isAppError(error: unknown, code: string): error is AppError {
  return error instanceof AppError && error.code === code;
}

export function sessionCookieOptions(secureCookies: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies };
}

export function scopeFor(db: Kysely<CitizenTables>) {
  return (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
}

/** The signed-in citizen; routes with access citizen.account have one, this only satisfies the compiler. */
export function citizenOf(request: FastifyRequest): CitizenActor {
  if (!request.citizen) throw accessErrors.unauthenticated();
  return request.citizen;
}

export function errorsOf(locale: Locale, problems: FieldProblem[]): FieldError[] {
  return problems.map((problem) => ({ field: problem.field, message: translate(locale, problem.text) }));
}

/** Builds each mail in the reader's language and sends it in the caller's transaction. */
export function sendLinkFor(
  request: FastifyRequest,
  publicUrl: string | undefined,
  mailer: Mailer,
): SendLink {
  const base = (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
  const locale = request.ctx.locale;
  const town = request.ctx.tenant?.name ?? 'Rathaus';
  const tenantId = request.ctx.tenant?.id ?? null;
  const mailOf = (link: OutgoingLink) => {
    switch (link.kind) {
      case 'verify_email':
        return {
          subject: translate(locale, citizenText.mailVerifySubject),
          text: translate(locale, citizenText.mailVerifyText, {
            name: link.name,
            town,
            link: `${base}${CITIZEN_PATHS.verify}?token=${link.token}`,
          }),
        };
      case 'reset_password':
        return {
          subject: translate(locale, citizenText.mailResetSubject),
          text: translate(locale, citizenText.mailResetText, {
            town,
            link: `${base}${CITIZEN_PATHS.reset}?token=${link.token}`,
          }),
        };
      case 'account_exists':
        return {
          subject: translate(locale, citizenText.mailExistsSubject),
          text: translate(locale, citizenText.mailExistsText, {
            town,
            link: `${base}${CITIZEN_PATHS.forgot}`,
          }),
        };
      case 'company_invitation':
        return {
          subject: translate(locale, companyText.mailInvitationSubject, { company: link.company }),
          text: translate(locale, companyText.mailInvitationText, {
            town,
            company: link.company,
            invitedBy: link.invitedBy,
            link: `${base}${CITIZEN_PATHS.invitation}?token=${link.token}`,
          }),
        };
    }
  };
  return async (link, trx) => {
    const mail = mailOf(link);
    await mailer.send({ tenantId, to: link.to, subject: mail.subject, text: mail.text }, trx);
  };
}
