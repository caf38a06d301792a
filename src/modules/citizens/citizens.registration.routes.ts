// HTTP for creating a citizen account: the registration form and the confirmation of the address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { citizenErrors } from './citizens.errors.ts';
import {
  errorsOf,
  form,
  html,
  isAppError,
  noStore,
  scopeFor,
  sendLinkFor,
  tags,
  type CitizenRoutesOptions,
} from './citizens.http.ts';
import { LoginPage } from './citizens.login.pages.tsx';
import { citizenText } from './citizens.messages.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import { MessagePage, RegisterPage, VerifyPage } from './citizens.registration.pages.tsx';
import { RegisterForm, TokenForm, TokenQuery } from './citizens.schemas.ts';
import { isTokenUsable, registerCitizen, verifyEmail } from './citizens.usecases.ts';
import { checkRegistration } from './citizens.validation.ts';

/** The answer to a used, expired or unknown link. */
export function invalidLink(request: FastifyRequest, reply: FastifyReply) {
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
}

export function createRegistrationRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { passwords, audit, mailer, now } = options;
  const scopeOf = scopeFor(options.db);
  const oidcLabel = options.oidc.issuer ? options.oidc.label : undefined;
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
      // Each registration sends a confirmation mail: bounded per client address.
      rateLimit: { max: 5, timeWindow: '1 minute' },
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
          sendLink: sendLinkFor(request, options.publicUrl, mailer),
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
          LoginPage({
            ctx: request.ctx,
            notice: translate(request.ctx.locale, citizenText.verifiedBody),
            oidcLabel,
          }),
        );
      },
    }),
  ];
}
