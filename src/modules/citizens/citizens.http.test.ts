import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { requireTrustLevel, type CitizenActor } from '../access/index.ts';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';

type App = Awaited<ReturnType<typeof startTestApp>>;
const password = 'sehr-geheimes-Passwort-1';

async function mailsTo(app: App, to: string) {
  const { messages } = await app.platform.mailer.listOutbox({ limit: 100 });
  const mine = messages.filter((m) => m.to === to);
  return Promise.all(mine.map(async (m) => (await app.platform.mailer.getOutboxMessage(m.id))!));
}

function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_-]+)`).exec(text);
  assert.ok(match?.[1], `mail contains a ${path} link`);
  return match[1];
}

async function register(app: App, browser: ReturnType<typeof createBrowser>, email: string) {
  return browser.submit('/konto/registrieren', '/konto/registrieren', {
    givenName: 'Max',
    familyName: 'Muster',
    email,
    password,
    passwordRepeat: password,
    consent: 'yes',
  });
}

async function confirm(browser: ReturnType<typeof createBrowser>, link: string) {
  const page = await browser.get(link);
  assert.equal(page.statusCode, 200);
  const token = new URL(link, 'http://x').searchParams.get('token')!;
  return browser.submit(link, '/konto/bestaetigen', { token });
}

const signIn = (browser: ReturnType<typeof createBrowser>, email: string, pw = password) =>
  browser.submit('/konto/anmelden', '/konto/anmelden', { email, password: pw });

test('registration mails a link; before confirming no login; after it login and a profile change persists', async (t) => {
  const app = await startTestApp(t);
  const browser = createBrowser(app.server, hostA);
  const email = 'max.muster@example.org';
  const registered = await register(app, browser, email);
  assert.equal(registered.statusCode, 200);
  const [mail] = await mailsTo(app, email);
  assert.ok(mail, 'verification mail in the outbox');
  const link = linkIn(mail.text, '/konto/bestaetigen');

  const early = await signIn(browser, email);
  assert.equal(early.statusCode, 400, 'unverified account cannot sign in');

  assert.equal((await confirm(browser, link)).statusCode, 200);
  // Single use: the same link again is refused.
  assert.equal((await browser.get(link)).statusCode, 400);

  const login = await signIn(browser, email);
  assert.equal(login.statusCode, 303);
  assert.equal(login.headers.location, '/konto');
  assert.ok(browser.jar.has('rathaus_citizen_session'));

  const saved = await browser.submit('/konto', '/konto', {
    givenName: 'Max',
    familyName: 'Muster',
    street: 'Brückenstraße 5',
    postalCode: '42799',
    city: 'Leichlingen',
    phone: '02175 123',
  });
  assert.equal(saved.statusCode, 303);
  const account = await browser.get('/konto');
  assert.equal(account.statusCode, 200);
  assert.match(account.body, /Brückenstraße 5/);
  assert.match(account.body, /value="42799"/);

  const { rows } = await withTenant(app.db, app.tenantA.id, (trx) =>
    sql<{
      action: string;
    }>`select action from audit_entries where action like 'citizens.%' order by seq`.execute(trx),
  );
  assert.deepEqual(
    rows.map((row) => row.action),
    [
      'citizens.registered',
      'citizens.login_failed',
      'citizens.email_verified',
      'citizens.login',
      'citizens.profile_changed',
    ],
  );
});

test('an expired verification link is refused', async (t) => {
  const app = await startTestApp(t);
  const browser = createBrowser(app.server, hostA);
  const email = 'spaet@example.org';
  await register(app, browser, email);
  const [mail] = await mailsTo(app, email);
  const link = linkIn(mail!.text, '/konto/bestaetigen');
  app.clock.advance(24 * 60 * 60_000 + 1);
  assert.equal((await browser.get(link)).statusCode, 400);
  const token = new URL(link, 'http://x').searchParams.get('token')!;
  const page = await browser.get('/konto/registrieren');
  assert.equal(page.statusCode, 200);
  const posted = await browser.submit('/konto/registrieren', '/konto/bestaetigen', { token });
  assert.equal(posted.statusCode, 400);
});

test('forgot password: same page for unknown addresses and no mail; the reset link works once', async (t) => {
  const app = await startTestApp(t);
  const browser = createBrowser(app.server, hostA);
  const email = 'vergesslich@example.org';
  await register(app, browser, email);
  await confirm(browser, linkIn((await mailsTo(app, email))[0]!.text, '/konto/bestaetigen'));

  const unknown = await browser.submit('/konto/passwort-vergessen', '/konto/passwort-vergessen', {
    email: 'niemand@example.org',
  });
  const known = await browser.submit('/konto/passwort-vergessen', '/konto/passwort-vergessen', { email });
  assert.equal(unknown.statusCode, 200);
  assert.equal(known.statusCode, 200);
  const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');
  assert.equal(strip(unknown.body), strip(known.body));
  assert.equal((await mailsTo(app, 'niemand@example.org')).length, 0);

  const resetMail = (await mailsTo(app, email)).find((m) => m.text.includes('/konto/passwort-neu'));
  const link = linkIn(resetMail!.text, '/konto/passwort-neu');
  const token = new URL(link, 'http://x').searchParams.get('token')!;
  const newPassword = 'ganz-neues-Passwort-2';
  const reset = await browser.submit(link, '/konto/passwort-neu', {
    token,
    password: newPassword,
    passwordRepeat: newPassword,
  });
  assert.equal(reset.statusCode, 200);
  const again = await browser.submit('/konto/passwort-vergessen', '/konto/passwort-neu', {
    token,
    password: 'noch-ein-Passwort-3',
    passwordRepeat: 'noch-ein-Passwort-3',
  });
  assert.equal(again.statusCode, 400, 'a used reset link is refused');
  assert.equal((await signIn(browser, email)).statusCode, 400);
  assert.equal((await signIn(browser, email, newPassword)).statusCode, 303);
});

test('a citizen session does not open staff pages, and a staff session is no citizen', async (t) => {
  const app = await startTestApp(t);
  const citizen = createBrowser(app.server, hostA);
  const email = 'buergerin@example.org';
  await register(app, citizen, email);
  await confirm(citizen, linkIn((await mailsTo(app, email))[0]!.text, '/konto/bestaetigen'));
  await signIn(citizen, email);
  const staffPage = await citizen.get('/intern');
  assert.ok(
    [401, 403].includes(staffPage.statusCode) ||
      (staffPage.statusCode === 303 && String(staffPage.headers.location).startsWith('/intern/anmelden')),
    `citizen on /intern: ${staffPage.statusCode}`,
  );

  const staff = createBrowser(app.server, hostA);
  await staff.signIn('jonas.becker@leichlingen.example', DEMO_PASSWORD);
  const account = await staff.get('/konto');
  assert.ok(
    account.statusCode === 403 ||
      (account.statusCode === 303 && String(account.headers.location).startsWith('/konto/anmelden')),
    `staff on /konto: ${account.statusCode}`,
  );
});

test('an invalid postal code is named in the error summary and beside the field', async (t) => {
  const app = await startTestApp(t);
  const browser = createBrowser(app.server, hostA);
  const email = 'plz@example.org';
  await register(app, browser, email);
  await confirm(browser, linkIn((await mailsTo(app, email))[0]!.text, '/konto/bestaetigen'));
  await signIn(browser, email);
  const response = await browser.submit('/konto', '/konto', {
    givenName: 'Max',
    familyName: 'Muster',
    street: '',
    postalCode: '4279',
    city: '',
    phone: '',
  });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /id="error-summary"[\s\S]*href="#postalCode"[\s\S]*Postleitzahl/);
  assert.match(response.body, /id="postalCode-error"/);
});

test('requireTrustLevel: local accounts are basic; higher levels are demanded explicitly', () => {
  const citizen: CitizenActor = {
    kind: 'citizen',
    id: 'c',
    tenantId: 't',
    displayName: 'E',
    trustLevel: 'basic',
  };
  assert.doesNotThrow(() => requireTrustLevel(citizen, 'basic'));
  assert.throws(() => requireTrustLevel(citizen, 'substantial'), { code: 'access.trust_level_too_low' });
  assert.doesNotThrow(() => requireTrustLevel({ ...citizen, trustLevel: 'high' }, 'substantial'));
  assert.throws(() => requireTrustLevel(undefined, 'basic'), { code: 'access.unauthenticated' });
});

test('guessing citizen passwords from one address is stopped after 10 tries a minute, in German', async (t) => {
  const app = await startTestApp(t);
  const browser = createBrowser(app.server, hostA);
  const guess = () =>
    browser.submit('/konto/anmelden', '/konto/anmelden', {
      email: 'erika.mustermann@example.org',
      password: 'falsch',
    });
  for (let attempt = 1; attempt <= 10; attempt++) assert.notEqual((await guess()).statusCode, 429);
  const refused = await guess();
  assert.equal(refused.statusCode, 429);
  assert.match(refused.body, /zu viele|Zu viele/);
});
