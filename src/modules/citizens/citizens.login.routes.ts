// HTTP for signing in and out with e-mail and password, and for a forgotten password.
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { safeReturnTo } from '../identity/index.ts';
import {
  CITIZEN_SESSION_COOKIE,
  errorsOf,
  form,
  html,
  isAppError,
  noStore,
  scopeFor,
  sendLinkFor,
  sessionCookieOptions,
  tags,
  type CitizenRoutesOptions,
} from './citizens.http.ts';
import type { FieldError } from './citizens.layout.tsx';
import { ForgotPage, LoginPage, ResetPage } from './citizens.login.pages.tsx';
import { citizenText } from './citizens.messages.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import { MessagePage } from './citizens.registration.pages.tsx';
import { invalidLink } from './citizens.registration.routes.ts';
import { ForgotForm, LoginForm, ResetForm, ReturnToQuery, TokenQuery } from './citizens.schemas.ts';
import { signInCitizen, signOutCitizen } from './citizens.sessions.ts';
import { isTokenUsable, requestPasswordReset, resetPassword } from './citizens.usecases.ts';
import { checkNewPassword } from './citizens.validation.ts';

export function createLoginRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { passwords, audit, mailer, now, policy } = options;
  const scopeOf = scopeFor(options.db);
  const sessionCookie = sessionCookieOptions(options.secureCookies);
  const oidcLabel = options.oidc.issuer ? options.oidc.label : undefined;
  return [
    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.login,
      access: 'public',
      schema: { querystring: ReturnToQuery, summary: 'Anmeldung zum Bürgerkonto', tags, produces: html },
      handler: async ({ request, reply, query }) => {
        const returnTo = safeReturnTo(query.returnTo);
        if (request.citizen) return reply.redirect(returnTo ?? CITIZEN_PATHS.account, 303);
        noStore(reply);
        return reply.html(LoginPage({ ctx: request.ctx, returnTo, oidcLabel }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.login,
      access: 'public',
      // Guessing passwords: per client address, as on the staff sign-in.
      rateLimit: { max: 10, timeWindow: '1 minute' },
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
          return reply.html(LoginPage({ ctx, email: body.email, returnTo, errors, oidcLabel }), 400);
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
      // Each request may send a mail: bounded so the form cannot be used to flood someone's inbox.
      rateLimit: { max: 5, timeWindow: '1 minute' },
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
          sendLink: sendLinkFor(request, options.publicUrl, mailer),
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
        return reply.html(
          LoginPage({ ctx, notice: translate(ctx.locale, citizenText.resetDone), oidcLabel }),
        );
      },
    }),
  ];
}
