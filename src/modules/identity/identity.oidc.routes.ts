// HTTP for the staff sign-in through OpenID Connect (authorization code flow with PKCE): the start,
// which sends the browser to the provider, and the callback, which checks what comes back.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import type { OidcRoleMapping } from './identity.oidc.config.ts';
import { oidcErrors } from './identity.oidc.errors.ts';
import { OIDC_CALLBACK_PATH, OIDC_START_PATH, OidcRefusedPage } from './identity.oidc.pages.tsx';
import type { OidcTables } from './identity.oidc.repository.ts';
import { recordOidcRefusal, signInWithOidc, type OidcIdentity } from './identity.oidc.usecases.ts';
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

/** Holds state, nonce and PKCE verifier between start and callback; one browser, ten minutes. */
const FLOW_COOKIE = 'rathaus_oidc';
const flowMaxAgeSeconds = 600;

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string | undefined;
}

function readFlow(raw: string | undefined): Flow | undefined {
  if (!raw) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Flow>;
    if (typeof flow.state !== 'string' || typeof flow.nonce !== 'string' || typeof flow.verifier !== 'string')
      return undefined;
    return {
      state: flow.state,
      nonce: flow.nonce,
      verifier: flow.verifier,
      returnTo: typeof flow.returnTo === 'string' ? flow.returnTo : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Plain http is accepted for a provider on this machine only (tests, a local Keycloak): never over a network. */
export function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const StartQuery = Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 2000 })) });
const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4000 })),
  state: Type.Optional(Type.String({ maxLength: 500 })),
  iss: Type.Optional(Type.String({ maxLength: 500 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
  error_description: Type.Optional(Type.String({ maxLength: 2000 })),
  session_state: Type.Optional(Type.String({ maxLength: 500 })),
});

function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

/** openid-client wraps oauth4webapi's error, whose cause names the claim that did not match. */
function failedClaimOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const claim = (current as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
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
  // Lax, not strict: the provider's redirect back is a top-level navigation from another site.
  const flowCookie = {
    path: OIDC_START_PATH,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookies,
  };

  // Discovery once per process; a failed attempt is forgotten so the next sign-in tries again.
  let discovered: Promise<client.Configuration> | undefined;
  function providerConfiguration(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = settings;
    if (!issuer || !clientId) throw oidcErrors.oidc_not_configured();
    discovered ??= client
      .discovery(
        new URL(issuer),
        clientId,
        clientSecret,
        clientSecret === undefined ? client.None() : undefined,
        { execute: isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [] },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw new AppError(oidcErrors.oidc_unavailable().code, 502, oidcErrors.oidc_unavailable().text, {
          cause: String(error),
        });
      });
    return discovered;
  }
  const redirectUriFor = (request: FastifyRequest) =>
    `${request.protocol}://${request.host}${OIDC_CALLBACK_PATH}`;

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
        querystring: StartQuery,
        summary: 'Anmeldung über OpenID Connect beginnen (Weiterleitung zum Anbieter)',
        tags: ['Identität'],
      },
      handler: async ({ request, reply, query }) => {
        scopeOf(request);
        const configuration = await providerConfiguration();
        const flow: Flow = {
          state: client.randomState(),
          nonce: client.randomNonce(),
          verifier: client.randomPKCECodeVerifier(),
          returnTo: safeReturnTo(query.returnTo),
        };
        const url = client.buildAuthorizationUrl(configuration, {
          redirect_uri: redirectUriFor(request),
          scope: 'openid email profile',
          state: flow.state,
          nonce: flow.nonce,
          code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
          code_challenge_method: 'S256',
        });
        reply.setCookie(FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
          ...flowCookie,
          maxAge: flowMaxAgeSeconds,
        });
        noStore(reply);
        return reply.redirect(url.href, 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: OIDC_CALLBACK_PATH,
      access: 'public',
      schema: {
        querystring: CallbackQuery,
        summary: 'Rückkehr vom OpenID-Connect-Anbieter',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        scopeOf(request);
        const configuration = await providerConfiguration();
        // The flow is used once, whatever happens next.
        const flow = readFlow(request.cookies[FLOW_COOKIE]);
        reply.clearCookie(FLOW_COOKIE, flowCookie);
        if (!flow || query.state !== flow.state)
          return refuse(request, reply, 'state_mismatch', oidcErrors.oidc_refused());
        if (query.error)
          return refuse(request, reply, `provider_error: ${query.error}`, oidcErrors.oidc_refused());

        const currentUrl = new URL(redirectUriFor(request));
        currentUrl.search = new URL(request.url, currentUrl).search;
        let identity: OidcIdentity;
        try {
          // Checks the state again, the issuer, the ID token's signature, audience and nonce, and PKCE.
          const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
            pkceCodeVerifier: flow.verifier,
            expectedState: flow.state,
            expectedNonce: flow.nonce,
            idTokenExpected: true,
          });
          const idClaims = tokens.claims();
          if (!idClaims) throw new Error('no ID token');
          let claims: Record<string, unknown> = { ...idClaims };
          // Providers that keep claims out of the ID token (oidc-provider by default) give them at userinfo.
          if (configuration.serverMetadata().userinfo_endpoint) {
            const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
            claims = { ...userinfo, ...claims };
          }
          identity = {
            issuer: idClaims.iss,
            subject: idClaims.sub,
            email: typeof claims.email === 'string' ? claims.email : undefined,
            emailVerified: claims.email_verified === true,
            name: typeof claims.name === 'string' ? claims.name : undefined,
            groups: stringList(claims[settings.roleClaim]),
          };
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          // e.g. "ClientError OAUTH_JWT_CLAIM_COMPARISON_FAILED claim nonce"
          const claim = failedClaimOf(error);
          const reason = [
            (error as Error).name,
            typeof code === 'string' ? code : (error as Error).message,
            typeof claim === 'string' ? `claim ${claim}` : '',
          ]
            .join(' ')
            .trim();
          return refuse(request, reply, reason, oidcErrors.oidc_refused());
        }

        let session;
        try {
          ({ session } = await signInWithOidc({
            scope: scopeOf(request),
            audit,
            identity,
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
        return reply.redirect(flow.returnTo ?? STAFF_HOME_PATH, 303);
      },
    }),
  ];
}
