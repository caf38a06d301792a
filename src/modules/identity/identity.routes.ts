// HTTP for identity: the staff login and logout, and the staff area's start page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { accessErrors } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { identityErrors } from './identity.errors.ts';
import { identityText } from './identity.messages.ts';
import { LOGOUT_PATH, LoginPage, StaffHomePage, type FieldError } from './identity.pages.tsx';
import type { Passwords } from './identity.passwords.ts';
import { LOGIN_PATH, STAFF_HOME_PATH, safeReturnTo } from './identity.return-to.ts';
import { LoginForm, LoginQuery } from './identity.schemas.ts';
import { SESSION_COOKIE, type SessionPolicy } from './identity.sessions.ts';
import type { IdentityTables } from './identity.tables.ts';
import { describeStaffMember, signInWithPassword, signOut } from './identity.usecases.ts';
import { lockoutErrors } from './identity.lockout.ts';
import { PENDING_LOGIN_COOKIE, SECOND_FACTOR_PATH, pendingLoginCookie } from './identity.totp.routes.ts';

export interface IdentityRoutesOptions {
  db: Kysely<IdentityTables>;
  passwords: Passwords;
  audit: AuditTrail;
  now: () => Date;
  policy: SessionPolicy;
  secureCookies: boolean;
  /** The label of the identity-provider button on the login page; unset when OIDC is off. */
  oidcLabel?: string | undefined;
}

// Refusals shown on the login page itself; anything else goes to the error handler.
const refusalCodes = new Set([
  identityErrors.invalid_credentials().code,
  lockoutErrors.account_locked().code,
]);

// Pages with a person's data or a login form must not stay in shared caches or the back/forward history.
function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

export function createIdentityRoutes({
  db,
  passwords,
  audit,
  now,
  policy,
  secureCookies,
  oidcLabel,
}: IdentityRoutesOptions): RouteDefinition[] {
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  // No Max-Age: the cookie ends with the browser session; the server enforces the timeouts either way.
  const sessionCookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies };

  return [
    defineRoute({
      method: 'GET',
      url: LOGIN_PATH,
      access: 'public',
      schema: {
        querystring: LoginQuery,
        summary: 'Anmeldeseite für Mitarbeitende',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const returnTo = safeReturnTo(query.returnTo);
        if (request.actor) return reply.redirect(returnTo ?? STAFF_HOME_PATH, 303);
        noStore(reply);
        return reply.html(LoginPage({ ctx: request.ctx, returnTo, oidcLabel }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: LOGIN_PATH,
      access: 'public',
      // Guessing passwords: the lockout guards each account, this each client address.
      rateLimit: { max: 10, timeWindow: '1 minute' },
      schema: {
        body: LoginForm,
        summary: 'Anmeldung mit E-Mail-Adresse und Passwort',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        const ctx = request.ctx;
        const returnTo = safeReturnTo(body.returnTo);
        const retry = (errors: FieldError[]) => {
          noStore(reply);
          return reply.html(LoginPage({ ctx, email: body.email, returnTo, errors, oidcLabel }), 400);
        };
        const missing: FieldError[] = [];
        if (body.email.trim() === '')
          missing.push({ field: 'email', message: translate(ctx.locale, identityText.emailMissing) });
        if (body.password === '')
          missing.push({ field: 'password', message: translate(ctx.locale, identityText.passwordMissing) });
        if (missing.length > 0) return retry(missing);

        let outcome;
        try {
          outcome = await signInWithPassword({
            scope: scopeOf(request),
            passwords,
            audit,
            email: body.email,
            password: body.password,
            userAgent: request.headers['user-agent'],
            previousToken: request.cookies[SESSION_COOKIE],
            returnTo,
            now: now(),
            policy,
          });
        } catch (error) {
          if (!(error instanceof AppError) || !refusalCodes.has(error.code)) throw error;
          request.log.info({ code: error.code }, 'sign-in refused');
          return retry([{ field: 'email', message: translate(ctx.locale, error.text) }]);
        }
        const { session, pendingSecondFactor } = outcome;
        if (pendingSecondFactor) {
          reply.setCookie(PENDING_LOGIN_COOKIE, pendingSecondFactor.token, pendingLoginCookie(secureCookies));
          return reply.redirect(SECOND_FACTOR_PATH, 303);
        }
        request.log.info({ staffId: session.staffId }, 'signed in');
        reply.setCookie(SESSION_COOKIE, session.token, sessionCookie);
        return reply.redirect(returnTo ?? STAFF_HOME_PATH, 303);
      },
    }),

    defineRoute({
      method: 'POST',
      url: LOGOUT_PATH,
      // Public, so that signing out works even when the session has already run out.
      access: 'public',
      schema: { summary: 'Abmelden', tags: ['Identität'], consumes: ['application/x-www-form-urlencoded'] },
      handler: async ({ request, reply }) => {
        await signOut({ scope: scopeOf(request), audit, token: request.cookies[SESSION_COOKIE] });
        reply.clearCookie(SESSION_COOKIE, sessionCookie);
        return reply.redirect('/', 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: STAFF_HOME_PATH,
      access: { permission: 'staff.area' },
      schema: {
        summary: 'Startseite des Mitarbeitendenbereichs',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply }) => {
        const actor = request.actor;
        if (!actor) throw accessErrors.unauthenticated();
        const { staff } = await describeStaffMember({ scope: scopeOf(request), staffId: actor.id });
        if (!staff) throw accessErrors.unauthenticated();
        noStore(reply);
        return reply.html(StaffHomePage({ ctx: request.ctx, actor, staff }));
      },
    }),
  ];
}
