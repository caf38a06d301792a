// A real OpenID provider (oidc-provider) on 127.0.0.1 for tests, with one client and accounts whose
// claims the test declares. Its login step signs in `nextAccount` without a form (with the account's
// `acr`, if it has one, as the authentication context a BundID-style service reports), so a test — or a
// real browser in e2e/ — can walk the whole authorization code flow. `denyNext()` makes the next login
// end with an error, as when a person cancels at the provider.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProviderAccount {
  sub: string;
  /** Authentication context class (eIDAS / STORK level); put into the ID token as `acr`. */
  acr?: string;
  [claim: string]: unknown;
}

export async function startOidcTestProvider({
  redirectUris,
  accounts,
  claims,
  scope,
  acrValues = [],
}: {
  redirectUris: string[];
  accounts: TestProviderAccount[];
  /** Which claims each scope releases, e.g. { openid: ['sub'], email: ['email', 'email_verified'] }. */
  claims: Record<string, string[]>;
  /** The scopes the client is granted without asking. */
  scope: string;
  acrValues?: string[];
}) {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'rathaus';
  const clientSecret = 'test-secret-of-the-rathaus-client';
  const state = { nextAccount: accounts[0]?.sub ?? '', deny: false };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    // oidc-provider's own defaults for the standalone claims; without `acr` here it never issues one.
    claims: { acr: null, auth_time: null, iss: null, sid: null, ...claims },
    acrValues,
    features: { devInteractions: { enabled: false } },
    // Explicit lifetimes (seconds), so the provider does not warn about its defaults in every test.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    cookies: { keys: ['test-cookie-key'] },
    findAccount: (_ctx, sub) => {
      const account = accounts.find((candidate) => candidate.sub === sub);
      if (!account) return undefined;
      const { acr: _acr, ...released } = account;
      return { accountId: sub, claims: () => ({ ...released }) };
    },
    // Consent is taken as given, so the only interaction is the login below.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope(scope);
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  handler = (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      const account = accounts.find((candidate) => candidate.sub === state.nextAccount);
      const result = state.deny
        ? { error: 'access_denied', error_description: 'The person cancelled the sign-in.' }
        : { login: { accountId: state.nextAccount, ...(account?.acr ? { acr: account.acr } : {}) } };
      state.deny = false;
      void provider
        .interactionFinished(req, res, result, { mergeWithLastSubmission: false })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
      return;
    }
    callback(req, res);
  };

  /**
   * Follows the provider's redirects from the authorization URL the app sent the browser to, keeping
   * the provider's cookies, until the provider sends the browser back to the app; returns that URL.
   */
  async function authorize(authorizationUrl: string): Promise<URL> {
    const jar = new Map<string, string>();
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 10; hop++) {
      if (url.origin !== issuer) return url;
      const response = await fetch(url, {
        redirect: 'manual',
        headers: jar.size > 0 ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair!.indexOf('=');
        jar.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`provider answered ${response.status}: ${await response.text()}`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects at the provider');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    authorize,
    /** Who the provider signs in at the next authorization. */
    signInAs(sub: string) {
      state.nextAccount = sub;
      state.deny = false;
    },
    /** The next authorization ends with error=access_denied instead of a code. */
    denyNext() {
      state.deny = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
