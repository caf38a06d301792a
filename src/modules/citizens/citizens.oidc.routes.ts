// HTTP for the citizen sign-in through a state identity service (BundID-style OpenID Connect): the
// start, which sends the browser to the service, and the callback. The flow (state, nonce, PKCE, code
// exchange) is platform/oidc's; this file turns the verified claims into a citizen and a session.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { OidcCallbackQuery, createOidcFlow } from '../../platform/oidc/oidc-flow.ts';
import type { TrustLevel } from '../access/index.ts';
import { safeReturnTo } from '../identity/index.ts';
import { citizenOidcErrors } from './citizens.errors.ts';
import {
  CITIZEN_SESSION_COOKIE,
  html,
  noStore,
  scopeFor,
  sessionCookieOptions,
  tags,
  type CitizenRoutesOptions,
} from './citizens.http.ts';
import { citizenOidcText } from './citizens.oidc.messages.ts';
import {
  identityFromClaims,
  recordCitizenOidcRefusal,
  signInWithCitizenOidc,
  type Refusal,
} from './citizens.oidc.usecases.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import { MessagePage } from './citizens.registration.pages.tsx';

export interface CitizenOidcSettings {
  issuer: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** The service's name on the pages, e.g. BundID. */
  label: string;
  scopes: string;
  levelClaim: string;
  levelMapping: Record<string, TrustLevel>;
  acrValues: string | undefined;
}

const StartQuery = Type.Object({
  returnTo: Type.Optional(Type.String({ maxLength: 2000 })),
  /** 1: link the service to the signed-in citizen's account instead of signing in. */
  verknuepfen: Type.Optional(Type.String({ maxLength: 5 })),
});

const LINK = 'link';

export function createCitizenOidcRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { audit, now, policy, oidc: settings } = options;
  const scopeOf = scopeFor(options.db);
  const sessionCookie = sessionCookieOptions(options.secureCookies);
  const flow = createOidcFlow({
    settings,
    callbackPath: CITIZEN_PATHS.oidcCallback,
    cookie: { name: 'rathaus_citizen_oidc', path: CITIZEN_PATHS.oidcStart },
    secureCookies: options.secureCookies,
    scope: settings.scopes,
    errors: {
      notConfigured: () => citizenOidcErrors.oidc_not_configured(),
      unavailable: (cause) => {
        const error = citizenOidcErrors.oidc_unavailable();
        return new AppError(error.code, error.statusCode, error.text, { cause });
      },
    },
  });

  /** Records the refusal and tells the person in plain words; nothing was created. */
  async function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    refusal: Refusal,
    facts: { issuer?: string; subject?: string; recorded?: boolean } = {},
  ) {
    request.log.warn({ reason: refusal.reason }, 'citizen OIDC sign-in refused');
    if (!facts.recorded)
      await recordCitizenOidcRefusal({
        scope: scopeOf(request),
        audit,
        reason: refusal.reason,
        issuer: facts.issuer,
        subject: facts.subject,
        citizenId: request.citizen?.id,
      });
    noStore(reply);
    const ctx = request.ctx;
    const values = { label: settings.label };
    return reply.html(
      MessagePage({
        ctx,
        title: citizenOidcText.refusedTitle,
        titleValues: values,
        kind: 'danger',
        message: translate(ctx.locale, refusal.error.text, values),
        signedIn: request.citizen !== undefined,
        back: request.citizen
          ? { href: CITIZEN_PATHS.account, label: translate(ctx.locale, citizenOidcText.backToAccount) }
          : { href: CITIZEN_PATHS.login, label: translate(ctx.locale, citizenOidcText.backToLogin) },
      }),
      refusal.error.statusCode,
    );
  }

  return [
    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.oidcStart,
      access: 'public',
      schema: {
        querystring: StartQuery,
        summary: 'Anmeldung über BundID (staatlicher Identitätsdienst) beginnen: Weiterleitung dorthin',
        tags,
      },
      handler: async ({ request, reply, query }) => {
        scopeOf(request);
        const link = query.verknuepfen === '1' && request.citizen !== undefined;
        const url = await flow.begin(request, reply, {
          returnTo: safeReturnTo(query.returnTo),
          purpose: link ? LINK : 'sign-in',
          extra: settings.acrValues ? { acr_values: settings.acrValues } : {},
        });
        return reply.redirect(url, 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.oidcCallback,
      access: 'public',
      schema: {
        querystring: OidcCallbackQuery,
        summary: 'Rückkehr von BundID (staatlicher Identitätsdienst)',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        scopeOf(request);
        const outcome = await flow.complete(request, reply, query);
        if (!outcome.ok)
          return refuse(request, reply, {
            reason: outcome.reason,
            error: outcome.providerError
              ? citizenOidcErrors.oidc_provider_error()
              : citizenOidcErrors.oidc_refused(),
          });
        const facts = { issuer: outcome.issuer, subject: outcome.subject };
        const read = identityFromClaims(outcome, settings);
        if ('refusal' in read) return refuse(request, reply, read.refusal, facts);
        // Linking is decided by the session this browser has now, never by the (editable) flow cookie alone.
        const linking = outcome.purpose === LINK;
        if (linking && !request.citizen)
          return refuse(
            request,
            reply,
            { reason: 'link_without_session', error: citizenOidcErrors.oidc_link_needs_session() },
            facts,
          );

        let session;
        try {
          ({ session } = await signInWithCitizenOidc({
            scope: scopeOf(request),
            audit,
            identity: read.identity,
            linkTo: linking ? request.citizen?.id : undefined,
            userAgent: request.headers['user-agent'],
            previousToken: request.cookies[CITIZEN_SESSION_COOKIE],
            now: now(),
            policy,
          }));
        } catch (error) {
          if (!(error instanceof AppError) || !error.code.startsWith('citizens.oidc_')) throw error;
          return refuse(request, reply, { reason: error.code, error }, { ...facts, recorded: true });
        }
        request.log.info({ citizenId: session.citizenId }, 'citizen signed in through OIDC');
        reply.setCookie(CITIZEN_SESSION_COOKIE, session.token, sessionCookie);
        return reply.redirect(safeReturnTo(outcome.returnTo) ?? CITIZEN_PATHS.account, 303);
      },
    }),
  ];
}
