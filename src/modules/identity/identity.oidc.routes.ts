// HTTP for the staff sign-in through OpenID Connect (authorization code flow with PKCE): the start,
// which sends the browser to the provider, and the callback, which checks what comes back. The flow
// itself (state, nonce, PKCE, code exchange) is platform/oidc's; this file decides who may come in.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import {
  OidcCallbackQuery,
  OidcStartQuery,
  createOidcFlow,
  noStore,
  stringList,
} from '../../platform/oidc/oidc-flow.ts';
import type { OidcRoleMapping } from './identity.oidc.config.ts';
import { oidcErrors } from './identity.oidc.errors.ts';
import { OIDC_CALLBACK_PATH, OIDC_START_PATH, OidcRefusedPage } from './identity.oidc.pages.tsx';
import type { OidcTables } from './identity.oidc.repository.ts';
import { recordOidcRefusal, signInWithOidc } from './identity.oidc.usecases.ts';
import { STAFF_HOME_PATH, safeReturnTo } from './identity.return-to.ts';
import { SESSION_COOKIE, type SessionPolicy } from './identity.sessions.ts';

export interface OidcSettings {
  issuer: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  roleClaim: string;
  roleMapping: OidcRoleMapping[];
  buttonLabel: string;
}

export interface OidcRoutesOptions {
  db: Kysely<OidcTables>;
  settings: OidcSettings;
  audit: AuditTrail;
  now: () => Date;
  policy: SessionPolicy;
  secureCookies: boolean;
}

export function createOidcRoutes({
  db,
  settings,
  audit,
  now,
  policy,
  secureCookies,
}: OidcRoutesOptions): RouteDefinition[] {
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  const sessionCookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies };
  const flow = createOidcFlow({
    settings,
    callbackPath: OIDC_CALLBACK_PATH,
    cookie: { name: 'rathaus_oidc', path: OIDC_START_PATH },
    secureCookies,
    scope: 'openid email profile',
    errors: {
      notConfigured: () => oidcErrors.oidc_not_configured(),
      unavailable: (cause) => {
        const error = oidcErrors.oidc_unavailable();
        return new AppError(error.code, 502, error.text, { cause });
      },
    },
  });

  async function refuse(request: FastifyRequest, reply: FastifyReply, reason: string, error: AppError) {
    request.log.warn({ reason }, 'OIDC sign-in refused');
    await recordOidcRefusal({ scope: scopeOf(request), audit, reason });
    noStore(reply);
    return reply.html(OidcRefusedPage({ ctx: request.ctx, message: error.text }), error.statusCode);
  }

  return [
    defineRoute({
      method: 'GET',
      url: OIDC_START_PATH,
      access: 'public',
      schema: {
        querystring: OidcStartQuery,
        summary: 'Anmeldung über OpenID Connect beginnen (Weiterleitung zum Anbieter)',
        tags: ['Identität'],
      },
      handler: async ({ request, reply, query }) => {
        scopeOf(request);
        const url = await flow.begin(request, reply, { returnTo: safeReturnTo(query.returnTo) });
        return reply.redirect(url, 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: OIDC_CALLBACK_PATH,
      access: 'public',
      schema: {
        querystring: OidcCallbackQuery,
        summary: 'Rückkehr vom OpenID-Connect-Anbieter',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        scopeOf(request);
        const outcome = await flow.complete(request, reply, query);
        if (!outcome.ok) return refuse(request, reply, outcome.reason, oidcErrors.oidc_refused());
        const { claims } = outcome;

        let session;
        try {
          ({ session } = await signInWithOidc({
            scope: scopeOf(request),
            audit,
            identity: {
              issuer: outcome.issuer,
              subject: outcome.subject,
              email: typeof claims.email === 'string' ? claims.email : undefined,
              emailVerified: claims.email_verified === true,
              name: typeof claims.name === 'string' ? claims.name : undefined,
              groups: stringList(claims[settings.roleClaim]),
            },
            roleMapping: settings.roleMapping,
            userAgent: request.headers['user-agent'],
            previousToken: request.cookies[SESSION_COOKIE],
            now: now(),
            policy,
          }));
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== oidcErrors.oidc_unknown_account().code)
            throw error;
          noStore(reply);
          return reply.html(OidcRefusedPage({ ctx: request.ctx, message: error.text }), error.statusCode);
        }
        request.log.info({ staffId: session.staffId }, 'signed in through OIDC');
        reply.setCookie(SESSION_COOKIE, session.token, sessionCookie);
        // The flow cookie could be edited by its own browser: the target is checked again.
        return reply.redirect(safeReturnTo(outcome.returnTo) ?? STAFF_HOME_PATH, 303);
      },
    }),
  ];
}
