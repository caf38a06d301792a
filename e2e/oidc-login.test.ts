// Staff sign in through the municipality's OpenID provider — a real oidc-provider on 127.0.0.1 — a clerk
// and an administrator, each landing in the staff area with the roles their groups map to.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { parseRoleMapping } from '../src/modules/identity/index.ts';
import { startOidcTestProvider } from '../src/platform/oidc/oidc-test-provider.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
let provider: Awaited<ReturnType<typeof startOidcTestProvider>>;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

before(async () => {
  const port = await freePort();
  // The directory knows the demo clerk and the demo administrator by their e-mail addresses.
  provider = await startOidcTestProvider({
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
    scope: 'openid email profile',
    redirectUris: [`http://127.0.0.1:${port}/intern/anmelden/oidc/callback`],
    accounts: [
      {
        sub: 'ad-jonas-becker',
        email: 'jonas.becker@leichlingen.example',
        email_verified: true,
        name: 'Jonas Becker',
        roles: ['sachbearbeitung-buergerbuero'],
      },
      {
        sub: 'ad-katrin-hoffmann',
        email: 'katrin.hoffmann@leichlingen.example',
        email_verified: true,
        name: 'Katrin Hoffmann',
        roles: ['rathaus-admin'],
      },
    ],
  });
  rathaus = await startRathaus({
    port,
    config: {
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        roleClaim: 'roles',
        roleMapping: parseRoleMapping('rathaus-admin=admin@10,sachbearbeitung-buergerbuero=clerk@32.1'),
        buttonLabel: 'Mit dem Verwaltungskonto anmelden',
      },
    },
  });
});
after(async () => {
  await rathaus?.close();
  await provider?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;

async function signInThroughProvider(page: Page, sub: string) {
  provider.signInAs(sub);
  await page.goto('/intern/anmelden');
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('link', { name: 'Mit dem Verwaltungskonto anmelden' }).click(),
  ]);
}

test('the demo clerk signs in through the OpenID provider and works in the Bürgerbüro', async () => {
  await rathaus.journey(async ({ page, allow }) => {
    allow(new RegExp(provider.issuer.replaceAll('.', '\\.')));
    await signInThroughProvider(page, 'ad-jonas-becker');
    assert.equal(pathOf(page), '/intern');
    await page.getByText('Guten Tag, Jonas Becker').waitFor();
    await page.getByText('Bürgerbüro').first().waitFor();
    await checkAccessibility(page);
    const admin = await page.goto('/intern/verwaltung/personen');
    assert.equal(admin?.status(), 403, 'a clerk does not administer people');
  });
});

test('the demo administrator signs in through the OpenID provider and reaches the administration', async () => {
  await rathaus.journey(async ({ page, allow }) => {
    allow(new RegExp(provider.issuer.replaceAll('.', '\\.')));
    await signInThroughProvider(page, 'ad-katrin-hoffmann');
    assert.equal(pathOf(page), '/intern');
    await page.getByText('Guten Tag, Katrin Hoffmann').waitFor();
    const people = await page.goto('/intern/verwaltung/personen');
    assert.equal(people?.status(), 200);
    await checkAccessibility(page);
  });
});
