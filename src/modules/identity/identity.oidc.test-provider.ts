// The staff directory as a test OpenID provider: accounts with e-mail, name and groups (roles claim).
// The provider itself is platform/oidc's, shared with the citizens' BundID tests.
import { startOidcTestProvider } from '../../platform/oidc/oidc-test-provider.ts';

export interface TestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  roles: string[];
}

export function startTestOidcProvider({
  redirectUris,
  accounts,
}: {
  redirectUris: string[];
  accounts: TestAccount[];
}) {
  return startOidcTestProvider({
    redirectUris,
    // The accounts are handed over by reference: a test that changes someone's roles is seen at the next sign-in.
    accounts: accounts as unknown as (TestAccount & Record<string, unknown>)[],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
    scope: 'openid email profile',
  });
}
