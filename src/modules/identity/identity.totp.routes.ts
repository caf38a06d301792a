// HTTP for the second factor: the code page of a pending sign-in, and TOTP enrolment / removal.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import { Type } from '@sinclair/typebox';
import { accessErrors } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { lockoutErrors } from './identity.lockout.ts';
import { identityText } from './identity.messages.ts';
import { STAFF_HOME_PATH, safeReturnTo } from './identity.return-to.ts';
import { SESSION_COOKIE, type SessionPolicy } from './identity.sessions.ts';
import type { IdentityTables } from './identity.tables.ts';
import { totpErrors } from './identity.totp.errors.ts';
import {
  SECOND_FACTOR_PATH,
  SecondFactorExpiredPage,
  SecondFactorPage,
  TOTP_DISABLE_PATH,
  TOTP_SETTINGS_PATH,
  TotpSettingsPage,
} from './identity.totp.pages.tsx';
import { otpauthUri } from './identity.totp.ts';
import {
  completeSecondFactor,
  confirmEnrolment,
  disableTotp,
  hasPendingLogin,
  prepareEnrolment,
} from './identity.totp.usecases.ts';

export { SECOND_FACTOR_PATH };
export const PENDING_LOGIN_COOKIE = 'rathaus_pending_login';

/** Only the code page needs the pending sign-in's cookie; it ends with the browser session (and in 5 minutes on the server). */
export function pendingLoginCookie(secure: boolean) {
  return { path: SECOND_FACTOR_PATH, httpOnly: true, sameSite: 'lax' as const, secure };
}

// Optional: an empty or missing code is answered by the page's own error summary, not a bare 400.
const CodeForm = Type.Object({ code: Type.Optional(Type.String({ maxLength: 20 })) });

export interface TotpRoutesOptions {
  db: Kysely<IdentityTables>;
  audit: AuditTrail;
  now: () => Date;
  policy: SessionPolicy;
  secureCookies: boolean;
  /** The issuer shown in authenticator apps. */
  issuer?: string;
}

function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

export function createTotpRoutes({
  db,
  audit,
  now,
  policy,
  secureCookies,
  issuer,
}: TotpRoutesOptions): RouteDefinition[] {
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  const sessionCookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies };
  const codeError = (request: FastifyRequest, text: Text) => [
    { field: 'code' as const, message: translate(request.ctx.locale, text) },
  ];
  const isOneOf = (error: unknown, ...codes: AppError[]) =>
    error instanceof AppError && codes.some((c) => c.code === error.code);

  const settingsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: Text; errors?: { field: 'code'; message: string }[] } = {},
  ) => {
    const actor = request.actor;
    if (!actor) throw accessErrors.unauthenticated();
    const enrolment = await prepareEnrolment({ scope: scopeOf(request), staffId: actor.id });
    const state = enrolment.enabled
      ? { enabled: true as const }
      : {
          enabled: false as const,
          secret: enrolment.secret,
          qrSvg: await QRCode.toString(
            otpauthUri({
              secret: enrolment.secret,
              issuer: issuer ?? request.ctx.tenant?.name ?? 'Rathaus',
              account: enrolment.email,
            }),
            { type: 'svg', margin: 2 },
          ),
        };
    noStore(reply);
    return reply.html(
      TotpSettingsPage({ ctx: request.ctx, actor, state, notice: extra.notice, errors: extra.errors }),
      extra.errors?.length ? 400 : 200,
    );
  };

  return [
    defineRoute({
      method: 'GET',
      url: SECOND_FACTOR_PATH,
      access: 'public',
      schema: { summary: 'Code der Zwei-Faktor-Anmeldung', tags: ['Identität'], produces: ['text/html'] },
      handler: async ({ request, reply }) => {
        if (request.actor) return reply.redirect(STAFF_HOME_PATH, 303);
        noStore(reply);
        const pending = await hasPendingLogin({
          scope: scopeOf(request),
          token: request.cookies[PENDING_LOGIN_COOKIE],
          now: now(),
        });
        if (!pending)
          return reply.html(
            SecondFactorExpiredPage({
              ctx: request.ctx,
              message: translate(request.ctx.locale, totpErrors.pending_login_expired().text),
            }),
          );
        return reply.html(SecondFactorPage({ ctx: request.ctx }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: SECOND_FACTOR_PATH,
      access: 'public',
      rateLimit: { max: 10, timeWindow: '1 minute' },
      schema: {
        body: CodeForm,
        summary: 'Anmeldung mit dem Code der Zwei-Faktor-Anmeldung abschließen',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        noStore(reply);
        const code = body.code?.trim() ?? '';
        if (code === '')
          return reply.html(
            SecondFactorPage({ ctx: request.ctx, errors: codeError(request, identityText.codeMissing) }),
            400,
          );
        try {
          const { session, returnTo } = await completeSecondFactor({
            scope: scopeOf(request),
            audit,
            token: request.cookies[PENDING_LOGIN_COOKIE],
            code,
            userAgent: request.headers['user-agent'],
            previousToken: request.cookies[SESSION_COOKIE],
            now: now(),
            policy,
          });
          reply.clearCookie(PENDING_LOGIN_COOKIE, pendingLoginCookie(secureCookies));
          reply.setCookie(SESSION_COOKIE, session.token, sessionCookie);
          return reply.redirect(safeReturnTo(returnTo ?? undefined) ?? STAFF_HOME_PATH, 303);
        } catch (error) {
          if (isOneOf(error, totpErrors.invalid_code()))
            return reply.html(
              SecondFactorPage({ ctx: request.ctx, errors: codeError(request, (error as AppError).text) }),
              400,
            );
          if (!isOneOf(error, totpErrors.pending_login_expired(), lockoutErrors.account_locked()))
            throw error;
          reply.clearCookie(PENDING_LOGIN_COOKIE, pendingLoginCookie(secureCookies));
          const message = translate(request.ctx.locale, (error as AppError).text);
          return reply.html(
            SecondFactorExpiredPage({ ctx: request.ctx, message }),
            (error as AppError).statusCode,
          );
        }
      },
    }),

    defineRoute({
      method: 'GET',
      url: TOTP_SETTINGS_PATH,
      access: { permission: 'staff.area' },
      schema: { summary: 'Zwei-Faktor-Anmeldung einrichten', tags: ['Identität'], produces: ['text/html'] },
      handler: async ({ request, reply }) => settingsPage(request, reply),
    }),

    defineRoute({
      method: 'POST',
      url: TOTP_SETTINGS_PATH,
      access: { permission: 'staff.area' },
      schema: {
        body: CodeForm,
        summary: 'Zwei-Faktor-Anmeldung mit einem Code bestätigen und einschalten',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        const actor = request.actor;
        if (!actor) throw accessErrors.unauthenticated();
        const code = body.code?.trim() ?? '';
        if (code === '')
          return settingsPage(request, reply, { errors: codeError(request, identityText.codeMissing) });
        try {
          await confirmEnrolment({ scope: scopeOf(request), audit, staffId: actor.id, code, now: now() });
        } catch (error) {
          if (!isOneOf(error, totpErrors.invalid_code())) throw error;
          return settingsPage(request, reply, { errors: codeError(request, (error as AppError).text) });
        }
        return settingsPage(request, reply, { notice: identityText.totpEnabledNow });
      },
    }),

    defineRoute({
      method: 'POST',
      url: TOTP_DISABLE_PATH,
      access: { permission: 'staff.area' },
      schema: {
        body: CodeForm,
        summary: 'Zwei-Faktor-Anmeldung mit einem aktuellen Code ausschalten',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        const actor = request.actor;
        if (!actor) throw accessErrors.unauthenticated();
        const code = body.code?.trim() ?? '';
        if (code === '')
          return settingsPage(request, reply, { errors: codeError(request, identityText.codeMissing) });
        try {
          await disableTotp({ scope: scopeOf(request), audit, staffId: actor.id, code, now: now() });
        } catch (error) {
          if (!isOneOf(error, totpErrors.invalid_code())) throw error;
          return settingsPage(request, reply, { errors: codeError(request, (error as AppError).text) });
        }
        return settingsPage(request, reply, { notice: identityText.totpDisabledNow });
      },
    }),
  ];
}
