// The OpenID Connect authorization code flow (with PKCE, state and nonce) for any sign-in that sends a
// browser to an identity provider: staff (the municipality's Keycloak, AD FS, …) and citizens (BundID).
// It knows no domain: it sends the browser away, checks what comes back, and hands over the verified
// claims. Who that person is here, and what they may do, the calling module decides.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import * as client from 'openid-client';
import type { AppError } from '../http/app-error.ts';

export interface OidcProviderSettings {
  issuer: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
}

export interface OidcFlowOptions {
  settings: OidcProviderSettings;
  /** Path of the callback; its URL on the request's own host is the redirect URI. */
  callbackPath: string;
  /** The flow cookie carries state, nonce and PKCE verifier; its path must cover the callback. */
  cookie: { name: string; path: string };
  secureCookies: boolean;
  /** Space-separated scopes, `openid` first. */
  scope: string;
  /** The calling module's errors: no issuer configured (404), provider unreachable (502). */
  errors: { notConfigured: () => AppError; unavailable: (cause: string) => AppError };
}

/** What a completed flow proves: the provider's identifier of the person and every claim it gave. */
export interface OidcVerified {
  ok: true;
  issuer: string;
  subject: string;
  /** ID token claims, completed with userinfo (the ID token wins where both have a claim). */
  claims: Record<string, unknown>;
  returnTo: string | undefined;
  /** Whatever the caller put into the flow at the start (e.g. "link" or "sign-in"). */
  purpose: string | undefined;
}

/** Why a response was refused, for the audit trail: never shown to the person as it is. */
export interface OidcRefused {
  ok: false;
  reason: string;
  /** The provider's own error code (e.g. access_denied when the person cancelled). */
  providerError?: string;
}

export const OidcStartQuery = Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 2000 })) });
export const OidcCallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4000 })),
  state: Type.Optional(Type.String({ maxLength: 500 })),
  iss: Type.Optional(Type.String({ maxLength: 500 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
  error_description: Type.Optional(Type.String({ maxLength: 2000 })),
  session_state: Type.Optional(Type.String({ maxLength: 500 })),
});

/** One browser, ten minutes between start and callback. */
const flowMaxAgeSeconds = 600;

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string | undefined;
  purpose: string | undefined;
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
      purpose: typeof flow.purpose === 'string' ? flow.purpose : undefined,
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

/** openid-client wraps oauth4webapi's error, whose cause names the claim that did not match. */
function failedClaimOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const claim = (current as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** e.g. "ClientError OAUTH_JWT_CLAIM_COMPARISON_FAILED claim nonce" */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const claim = failedClaimOf(error);
  return [
    (error as Error).name,
    typeof code === 'string' ? code : (error as Error).message,
    claim ? `claim ${claim}` : '',
  ]
    .join(' ')
    .trim();
}

/** A claim that may be one string or a list of them (groups, roles). */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

export function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

export type OidcFlow = ReturnType<typeof createOidcFlow>;

export function createOidcFlow(options: OidcFlowOptions) {
  const { settings, errors } = options;
  // Lax, not strict: the provider's redirect back is a top-level navigation from another site.
  const flowCookie = {
    path: options.cookie.path,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookies,
  };

  // Discovery once per process; a failed attempt is forgotten so the next sign-in tries again.
  let discovered: Promise<client.Configuration> | undefined;
  function providerConfiguration(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = settings;
    if (!issuer || !clientId) throw errors.notConfigured();
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
        throw errors.unavailable(String(error));
      });
    return discovered;
  }
  const redirectUriFor = (request: FastifyRequest) =>
    `${request.protocol}://${request.host}${options.callbackPath}`;

  return {
    configured: Boolean(settings.issuer && settings.clientId),

    /**
     * Remembers a new state, nonce and PKCE verifier in the flow cookie and returns the provider's
     * authorization URL to send the browser to. `extra` adds request parameters such as acr_values.
     */
    async begin(
      request: FastifyRequest,
      reply: FastifyReply,
      {
        returnTo,
        purpose,
        extra = {},
      }: { returnTo?: string | undefined; purpose?: string; extra?: Record<string, string> } = {},
    ): Promise<string> {
      const configuration = await providerConfiguration();
      const flow: Flow = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        returnTo,
        purpose,
      };
      const url = client.buildAuthorizationUrl(configuration, {
        ...extra,
        redirect_uri: redirectUriFor(request),
        scope: options.scope,
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
      });
      reply.setCookie(options.cookie.name, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
        ...flowCookie,
        maxAge: flowMaxAgeSeconds,
      });
      noStore(reply);
      return url.href;
    },

    /**
     * Checks the provider's answer against the flow this browser started (state, then the code exchange:
     * issuer, ID token signature, audience, nonce, PKCE) and returns the verified claims, or why not.
     * The flow cookie is used once, whatever the outcome.
     */
    async complete(
      request: FastifyRequest,
      reply: FastifyReply,
      query: { state?: string | undefined; error?: string | undefined },
    ): Promise<OidcVerified | OidcRefused> {
      const configuration = await providerConfiguration();
      const flow = readFlow(request.cookies[options.cookie.name]);
      reply.clearCookie(options.cookie.name, flowCookie);
      noStore(reply);
      if (!flow || query.state !== flow.state) return { ok: false, reason: 'state_mismatch' };
      if (query.error)
        return { ok: false, reason: `provider_error: ${query.error}`, providerError: query.error };

      const currentUrl = new URL(redirectUriFor(request));
      currentUrl.search = new URL(request.url, currentUrl).search;
      try {
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
        return {
          ok: true,
          issuer: idClaims.iss,
          subject: idClaims.sub,
          claims,
          returnTo: flow.returnTo,
          purpose: flow.purpose,
        };
      } catch (error) {
        return { ok: false, reason: reasonOf(error) };
      }
    },
  };
}
