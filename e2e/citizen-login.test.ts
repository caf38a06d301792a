// Citizens sign in: the demo citizen with e-mail and password (and acts for her company), a person
// through BundID — a real OpenID provider on 127.0.0.1 standing in for the state identity service —
// and an invitation into a business account travels by mail from one citizen to another.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { defaultLevelMapping, parseLevelMapping } from '../src/modules/citizens/index.ts';
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
  provider = await startOidcTestProvider({
    redirectUris: [`http://127.0.0.1:${port}/konto/anmelden/bundid/callback`],
    accounts: [
      {
        sub: 'bpk2-jan-4711',
        acr: 'STORK-QAA-Level-3',
        given_name: 'Jan',
        family_name: 'Hoffmann',
        email: 'jan.hoffmann@example.org',
        email_verified: true,
        address: { street_address: 'Marktplatz 7', postal_code: '42799', locality: 'Leichlingen' },
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name'],
      address: ['address'],
    },
    scope: 'openid profile email address',
    acrValues: ['STORK-QAA-Level-1', 'STORK-QAA-Level-3', 'STORK-QAA-Level-4'],
  });
  rathaus = await startRathaus({
    port,
    config: {
      citizenOidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        label: 'BundID',
        scopes: 'openid profile email address',
        levelClaim: 'acr',
        levelMapping: parseLevelMapping(defaultLevelMapping),
        acrValues: 'STORK-QAA-Level-1 STORK-QAA-Level-3 STORK-QAA-Level-4',
      },
    },
  });
});
after(async () => {
  await rathaus?.close();
  await provider?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const providerOrigin = () => new RegExp(provider.issuer.replaceAll('.', '\\.'));

async function click(page: Page, name: RegExp | string, role: 'button' | 'link' = 'button') {
  await Promise.all([page.waitForNavigation(), page.getByRole(role, { name }).click()]);
}

async function signIn(page: Page, path: string, email: string, password: string) {
  await page.goto(path);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/^passwort$/i).fill(password);
  await click(page, /^anmelden$/i);
}

const demoCitizen = () => {
  const login = rathaus.seed.logins.find((entry) => entry.email === 'erika.mustermann@example.org');
  assert.ok(login, 'the demo seed has a citizen');
  return login;
};

test('the demo citizen signs in with e-mail and password, sees her trust level and acts for her company', async () => {
  const erika = demoCitizen();
  await rathaus.journey(async ({ page }) => {
    await signIn(page, '/konto/anmelden', erika.email, erika.password);
    assert.equal(pathOf(page), '/konto');
    await page.getByText('Angemeldet mit E-Mail-Adresse und Passwort (Vertrauensniveau niedrig)').waitFor();
    await page.getByText('Sie handeln derzeit für sich selbst.').waitFor();
    await checkAccessibility(page);

    await click(page, 'Unternehmen', 'link');
    assert.equal(pathOf(page), '/konto/unternehmen');
    await page.getByLabel('Mustermann Gartenbau GmbH').check();
    await click(page, 'Auswahl übernehmen');
    await page.getByText('Sie handeln derzeit für: Mustermann Gartenbau GmbH').waitFor();
    await checkAccessibility(page);

    await click(page, 'Mustermann Gartenbau GmbH', 'link');
    await page.getByRole('heading', { level: 1, name: 'Mustermann Gartenbau GmbH' }).waitFor();
    await page.getByText('HRB 98765, Amtsgericht Köln').waitFor();
    await checkAccessibility(page);

    await page.goto('/konto');
    await click(page, /^abmelden$/i);
    await page.goto('/konto');
    assert.equal(pathOf(page), '/konto/anmelden', 'signed out, the account sends you to the login');
  });
});

test('a citizen signs in through BundID and the account shows the level of assurance BundID reported', async () => {
  await rathaus.journey(async ({ page, allow }) => {
    allow(providerOrigin());
    provider.signInAs('bpk2-jan-4711');
    await page.goto('/konto/anmelden');
    await click(page, 'Mit BundID anmelden', 'link');
    assert.equal(pathOf(page), '/konto');
    await page.getByText('Angemeldet als Jan Hoffmann').waitFor();
    await page.getByText('Angemeldet über BundID (Vertrauensniveau substanziell)').waitFor();
    assert.equal(await page.getByLabel('Straße und Hausnummer').inputValue(), 'Marktplatz 7');
    await checkAccessibility(page);
  });
});

test('a sign-in cancelled at BundID ends on an accessible page that says so, without a session', async () => {
  await rathaus.journey(async ({ page, allow }) => {
    allow(providerOrigin());
    provider.denyNext();
    await page.goto('/konto/anmelden');
    await click(page, 'Mit BundID anmelden', 'link');
    assert.equal(pathOf(page), '/konto/anmelden/bundid/callback');
    await page.getByRole('heading', { level: 1, name: 'Anmeldung über BundID nicht möglich' }).waitFor();
    await page.getByText(/abgebrochen oder abgelehnt/).waitFor();
    await checkAccessibility(page);
    await page.goto('/konto');
    assert.equal(pathOf(page), '/konto/anmelden');
  });
});

/** The link in the newest mail to `to` whose path starts with `path`. */
async function linkInMail(to: string, path: string): Promise<string> {
  const { messages } = await rathaus.mailer.listOutbox({ limit: 50 });
  const newest = messages.find((message) => message.to === to);
  assert.ok(newest, `a mail to ${to}`);
  const text = (await rathaus.mailer.getOutboxMessage(newest.id))!.text;
  const match = new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_-]+)`).exec(text);
  assert.ok(match?.[1], `the mail to ${to} carries a ${path} link`);
  return match[1];
}

test('an invitation into the business account goes by mail; the invited person signs in through BundID and accepts', async () => {
  const erika = demoCitizen();
  const jan = 'jan.hoffmann@example.org';
  let companyPath = '';
  await rathaus.journey(async ({ page }) => {
    await signIn(page, '/konto/anmelden', erika.email, erika.password);
    await page.goto('/konto/unternehmen');
    await click(page, 'Mustermann Gartenbau GmbH', 'link');
    companyPath = pathOf(page);
    await page.getByLabel('E-Mail-Adresse der Person').fill(jan);
    await click(page, 'Einladung senden');
    await page.getByText('Die Einladung ist verschickt.').waitFor();
    await page.getByText(`${jan} (Mitglied)`, { exact: false }).waitFor();
    await checkAccessibility(page);
  });
  const invitation = await linkInMail(jan, '/konto/unternehmen/einladung');

  await rathaus.journey(async ({ page, allow }) => {
    allow(providerOrigin());
    provider.signInAs('bpk2-jan-4711');
    // Signed out, the invitation leads to the login, and through BundID back to the invitation.
    await page.goto(invitation);
    assert.equal(pathOf(page), '/konto/anmelden');
    await click(page, 'Mit BundID anmelden', 'link');
    assert.equal(pathOf(page), '/konto/unternehmen/einladung');
    await page
      .getByText('Sie sind eingeladen, für „Mustermann Gartenbau GmbH“ zu handeln, als Mitglied.')
      .waitFor();
    await checkAccessibility(page);
    await click(page, 'Einladung annehmen');
    assert.equal(pathOf(page), companyPath);
    await page.getByText('Jan Hoffmann (Sie)').waitFor();
    await checkAccessibility(page);
  });
});
