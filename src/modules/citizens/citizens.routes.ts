// HTTP for the citizen account (Bürgerkonto): registration, confirmation, sign-in and -out, forgotten
// password, profile. All under /konto, all forms without JavaScript.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Locale } from '../../platform/i18n/i18n.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { accessErrors } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { safeReturnTo, type Passwords, type SessionPolicy } from '../identity/index.ts';
import { citizenErrors } from './citizens.errors.ts';
import { citizenText } from './citizens.messages.ts';
import {
  AccountPage,
  CITIZEN_PATHS,
  ForgotPage,
  LoginPage,
  MessagePage,
  RegisterPage,
  ResetPage,
  VerifyPage,
  type FieldError,
} from './citizens.pages.tsx';
import {
  ForgotForm,
  LoginForm,
  ProfileForm,
  RegisterForm,
  ResetForm,
  ReturnToQuery,
  SavedQuery,
  TokenForm,
  TokenQuery,
} from './citizens.schemas.ts';
import type { CitizenTables } from './citizens.tables.ts';
import {
  getProfile,
  isTokenUsable,
  registerCitizen,
  requestPasswordReset,
  resetPassword,
  signInCitizen,
  signOutCitizen,
  updateProfile,
  verifyEmail,
  type OutgoingLink,
  type SendLink,
} from './citizens.usecases.ts';
import {
  checkNewPassword,
  checkProfile,
  checkRegistration,
  type FieldProblem,
} from './citizens.validation.ts';

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
}

const tags = ['Bürgerkonto'];
const html = ['text/html'];
const form = ['application/x-www-form-urlencoded'];

// Pages with personal data, a password form or a token must not stay in shared caches or history.
function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

function isAppError(error: unknown, code: string): error is AppError {
  return error instanceof AppError && error.code === code;
}

export function createCitizenRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { db, passwords, audit, mailer, now, policy } = options;
  const sessionCookie = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookies,
  };
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  const errorsOf = (locale: Locale, problems: FieldProblem[]): FieldError[] =>
    problems.map((problem) => ({ field: problem.field, message: translate(locale, problem.text) }));

  const sendLinkFor = (request: FastifyRequest): SendLink => {
    const base = (options.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
    const locale = request.ctx.locale;
    const town = request.ctx.tenant?.name ?? 'Rathaus';
    const tenantId = request.ctx.tenant?.id ?? null;
    return async (link: OutgoingLink, trx) => {
      const mail = (() => {
        switch (link.kind) {
          case 'verify_email':
            return {
              subject: citizenText.mailVerifySubject,
              text: translate(locale, citizenText.mailVerifyText, {
                name: link.name,
                town,
                link: `${base}${CITIZEN_PATHS.verify}?token=${link.token}`,
              }),
            };
          case 'reset_password':
            return {
              subject: citizenText.mailResetSubject,
              text: translate(locale, citizenText.mailResetText, {
                town,
                link: `${base}${CITIZEN_PATHS.reset}?token=${link.token}`,
              }),
            };
          case 'account_exists':
            return {
              subject: citizenText.mailExistsSubject,
              text: translate(locale, citizenText.mailExistsText, {
                town,
                link: `${base}${CITIZEN_PATHS.forgot}`,
              }),
            };
        }
      })();
      await mailer.send(
        { tenantId, to: link.to, subject: translate(locale, mail.subject), text: mail.text },
        trx,
      );
    };
  };

  const invalidLink = (request: FastifyRequest, reply: FastifyReply) => {
    noStore(reply);
    return reply.html(
      MessagePage({
        ctx: request.ctx,
        title: citizenText.verifyTitle,
        kind: 'danger',
        message: translate(request.ctx.locale, citizenErrors.invalid_token().text),
      }),
      400,
    );
  };

  return [
    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.register,
      access: 'public',
      schema: { summary: 'Registrierung für ein Bürgerkonto', tags, produces: html },
      handler: async ({ request, reply }) => {
        noStore(reply);
        return reply.html(RegisterPage({ ctx: request.ctx }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.register,
      access: 'public',
      schema: { body: RegisterForm, summary: 'Bürgerkonto anlegen', tags, consumes: form, produces: html },
      handler: async ({ request, reply, body }) => {
        const ctx = request.ctx;
        noStore(reply);
        const values = { ...body, consent: body.consent === 'yes' };
        const problems = checkRegistration(values);
        if (problems.length > 0)
          return reply.html(RegisterPage({ ctx, values, errors: errorsOf(ctx.locale, problems) }), 400);
        await registerCitizen({
          scope: scopeOf(request),
          passwords,
          audit,
          sendLink: sendLinkFor(request),
          form: body,
          now: now(),
        });
        return reply.html(
          MessagePage({
            ctx,
            title: citizenText.registeredTitle,
            kind: 'info',
            message: translate(ctx.locale, citizenText.registeredBody, { email: body.email.trim() }),
          }),
        );
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.verify,
      access: 'public',
      schema: {
        querystring: TokenQuery,
        summary: 'Link zur Bestätigung der E-Mail-Adresse',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        const token = query.token ?? '';
        if (!(await isTokenUsable({ scope: scopeOf(request), token, purpose: 'verify_email', now: now() })))
          return invalidLink(request, reply);
        noStore(reply);
        return reply.html(VerifyPage({ ctx: request.ctx, token }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.verify,
      access: 'public',
      schema: { body: TokenForm, summary: 'E-Mail-Adresse bestätigen', tags, consumes: form, produces: html },
      handler: async ({ request, reply, body }) => {
        try {
          await verifyEmail({ scope: scopeOf(request), audit, token: body.token, now: now() });
        } catch (error) {
          if (isAppError(error, 'citizens.invalid_token')) return invalidLink(request, reply);
          throw error;
        }
        noStore(reply);
        return reply.html(
          LoginPage({ ctx: request.ctx, notice: translate(request.ctx.locale, citizenText.verifiedBody) }),
        );
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.login,
      access: 'public',
      schema: { querystring: ReturnToQuery, summary: 'Anmeldung zum Bürgerkonto', tags, produces: html },
      handler: async ({ request, reply, query }) => {
        const returnTo = safeReturnTo(query.returnTo);
        if (request.citizen) return reply.redirect(returnTo ?? CITIZEN_PATHS.account, 303);
        noStore(reply);
        return reply.html(LoginPage({ ctx: request.ctx, returnTo }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.login,
      access: 'public',
      schema: {
        body: LoginForm,
        summary: 'Anmeldung mit E-Mail-Adresse und Passwort',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, body }) => {
        const ctx = request.ctx;
        const returnTo = safeReturnTo(body.returnTo);
        const retry = (errors: FieldError[]) => {
          noStore(reply);
          return reply.html(LoginPage({ ctx, email: body.email, returnTo, errors }), 400);
        };
        const missing: FieldError[] = [];
        if (body.email.trim() === '')
          missing.push({ field: 'email', message: translate(ctx.locale, citizenText.emailMissing) });
        if (body.password === '')
          missing.push({ field: 'password', message: translate(ctx.locale, citizenText.passwordMissing) });
        if (missing.length > 0) return retry(missing);
        let session;
        try {
          ({ session } = await signInCitizen({
            scope: scopeOf(request),
            passwords,
            audit,
            email: body.email,
            password: body.password,
            userAgent: request.headers['user-agent'],
            previousToken: request.cookies[CITIZEN_SESSION_COOKIE],
            now: now(),
            policy,
          }));
        } catch (error) {
          if (!isAppError(error, 'citizens.invalid_credentials')) throw error;
          return retry([{ field: 'email', message: translate(ctx.locale, error.text) }]);
        }
        reply.setCookie(CITIZEN_SESSION_COOKIE, session.token, sessionCookie);
        return reply.redirect(returnTo ?? CITIZEN_PATHS.account, 303);
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.logout,
      // Public, so that signing out works even when the session has already run out.
      access: 'public',
      schema: { summary: 'Vom Bürgerkonto abmelden', tags, consumes: form },
      handler: async ({ request, reply }) => {
        await signOutCitizen({
          scope: scopeOf(request),
          audit,
          token: request.cookies[CITIZEN_SESSION_COOKIE],
        });
        reply.clearCookie(CITIZEN_SESSION_COOKIE, sessionCookie);
        return reply.redirect('/', 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.forgot,
      access: 'public',
      schema: { summary: 'Passwort vergessen', tags, produces: html },
      handler: async ({ request, reply }) => {
        noStore(reply);
        return reply.html(ForgotPage({ ctx: request.ctx }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.forgot,
      access: 'public',
      schema: {
        body: ForgotForm,
        summary: 'Link zum Zurücksetzen des Passworts anfordern',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, body }) => {
        const ctx = request.ctx;
        noStore(reply);
        if (body.email.trim() === '')
          return reply.html(
            ForgotPage({
              ctx,
              errors: [{ field: 'email', message: translate(ctx.locale, citizenText.emailMissing) }],
            }),
            400,
          );
        await requestPasswordReset({
          scope: scopeOf(request),
          audit,
          sendLink: sendLinkFor(request),
          email: body.email,
          now: now(),
        });
        // The same answer whether or not the address has an account.
        return reply.html(
          MessagePage({
            ctx,
            title: citizenText.forgotTitle,
            kind: 'info',
            message: translate(ctx.locale, citizenText.forgotSent),
          }),
        );
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.reset,
      access: 'public',
      schema: { querystring: TokenQuery, summary: 'Neues Passwort festlegen', tags, produces: html },
      handler: async ({ request, reply, query }) => {
        const token = query.token ?? '';
        if (!(await isTokenUsable({ scope: scopeOf(request), token, purpose: 'reset_password', now: now() })))
          return invalidLink(request, reply);
        noStore(reply);
        return reply.html(ResetPage({ ctx: request.ctx, token }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.reset,
      access: 'public',
      schema: { body: ResetForm, summary: 'Neues Passwort speichern', tags, consumes: form, produces: html },
      handler: async ({ request, reply, body }) => {
        const ctx = request.ctx;
        noStore(reply);
        const problems = checkNewPassword(body.password, body.passwordRepeat);
        if (problems.length > 0)
          return reply.html(
            ResetPage({ ctx, token: body.token, errors: errorsOf(ctx.locale, problems) }),
            400,
          );
        try {
          await resetPassword({
            scope: scopeOf(request),
            passwords,
            audit,
            token: body.token,
            password: body.password,
            now: now(),
          });
        } catch (error) {
          if (isAppError(error, 'citizens.invalid_token')) return invalidLink(request, reply);
          throw error;
        }
        reply.clearCookie(CITIZEN_SESSION_COOKIE, sessionCookie);
        return reply.html(LoginPage({ ctx, notice: translate(ctx.locale, citizenText.resetDone) }));
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.account,
      access: { permission: 'citizen.account' },
      schema: {
        querystring: SavedQuery,
        summary: 'Mein Konto: Angaben ansehen und ändern',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        const actor = request.citizen;
        if (!actor) throw accessErrors.unauthenticated();
        const { citizen } = await getProfile({ scope: scopeOf(request), citizenId: actor.id });
        if (!citizen) throw accessErrors.unauthenticated();
        noStore(reply);
        return reply.html(
          AccountPage({
            ctx: request.ctx,
            displayName: actor.displayName,
            values: citizen,
            saved: query.gespeichert === '1',
          }),
        );
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.account,
      access: { permission: 'citizen.account' },
      schema: {
        body: ProfileForm,
        summary: 'Angaben im Bürgerkonto ändern',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, body }) => {
        const actor = request.citizen;
        if (!actor) throw accessErrors.unauthenticated();
        const ctx = request.ctx;
        const { problems, profile } = checkProfile(body);
        if (problems.length > 0) {
          const { citizen } = await getProfile({ scope: scopeOf(request), citizenId: actor.id });
          noStore(reply);
          return reply.html(
            AccountPage({
              ctx,
              displayName: actor.displayName,
              values: { ...profile, email: citizen?.email ?? '', postalCode: body.postalCode },
              errors: errorsOf(ctx.locale, problems),
            }),
            400,
          );
        }
        await updateProfile({ scope: scopeOf(request), audit, citizenId: actor.id, profile });
        return reply.redirect(`${CITIZEN_PATHS.account}?gespeichert=1`, 303);
      },
    }),
  ];
}
