import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { SESSION_COOKIE } from './identity.sessions.ts';
import { base32Decode, totpCode, totpStep } from './identity.totp.ts';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA, startTestApp } from '../../test-app.ts';

const clerk = 'jonas.becker@leichlingen.example';
const minutes = 60_000;
const locked = 'Zu viele Fehlversuche. Bitte versuchen Sie es in 15 Minuten erneut.';
const wrongCredentials = 'E-Mail-Adresse oder Passwort ist nicht richtig.';

function errorSummary(html: string): string {
  const match = /id="error-summary"[\s\S]*?<ul[^>]*>([\s\S]*?)<\/ul>/.exec(html);
  assert.ok(match, 'page shows an error summary');
  return match[1]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function auditActions(db: Parameters<typeof withTenant>[0], tenantId: string): Promise<string[]> {
  const { rows } = await withTenant(db, tenantId, (trx) =>
    sql<{ action: string }>`select action from audit_entries order by seq`.execute(trx),
  );
  return rows.map((row) => row.action);
}

test('five wrong passwords lock the address for 15 minutes: even the right password is refused, afterwards it works', async (t) => {
  const { server, clock, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  for (let i = 1; i <= 4; i++) {
    const response = await browser.signIn(clerk, `falsch-${i}`);
    assert.equal(errorSummary(response.body), wrongCredentials);
  }
  assert.equal(errorSummary((await browser.signIn(clerk, 'falsch-5')).body), locked);
  const whileLocked = await browser.signIn(clerk, DEMO_PASSWORD);
  assert.equal(errorSummary(whileLocked.body), locked);
  assert.equal(
    whileLocked.cookies.find((c) => c.name === SESSION_COOKIE),
    undefined,
  );
  clock.advance(14 * minutes);
  assert.equal(errorSummary((await browser.signIn(clerk, DEMO_PASSWORD)).body), locked);
  clock.advance(1 * minutes);
  assert.equal((await browser.signIn(clerk, DEMO_PASSWORD)).statusCode, 303);
  assert.ok((await auditActions(db, tenantA.id)).includes('identity.account_locked'));
});

test('an unknown address is locked the same way, so the lockout message reveals no account', async (t) => {
  const { server } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  for (let i = 1; i <= 5; i++) await browser.signIn('niemand@leichlingen.example', `falsch-${i}`);
  assert.equal(errorSummary((await browser.signIn('niemand@leichlingen.example', 'x')).body), locked);
});

test('a success resets the count, and failures older than 15 minutes no longer count', async (t) => {
  const { server, clock } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  for (let i = 0; i < 4; i++) await browser.signIn(clerk, 'falsch');
  assert.equal((await createBrowser(server, hostA).signIn(clerk, DEMO_PASSWORD)).statusCode, 303);
  for (let i = 0; i < 4; i++) await browser.signIn(clerk, 'falsch');
  clock.advance(16 * minutes);
  assert.equal(errorSummary((await browser.signIn(clerk, 'falsch')).body), wrongCredentials);
});

/** Signs the clerk in, enrols TOTP and signs out; returns the secret's key. */
async function enrol(server: Parameters<typeof createBrowser>[0], now: () => Date) {
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  const page = await browser.get('/intern/konto/zwei-faktor');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(page.body, /autocomplete="one-time-code"/);
  const secret = /id="totp-secret">([A-Z2-7 ]+)</.exec(page.body)![1]!.replaceAll(' ', '');
  assert.equal(
    (await browser.get('/intern/konto/zwei-faktor')).body.includes(secret.slice(0, 4)),
    true,
    'a reload shows the same secret',
  );
  const key = base32Decode(secret);
  const wrong = await browser.submit('/intern/konto/zwei-faktor', '/intern/konto/zwei-faktor', {
    code: '000000' === totpCode(key, totpStep(now())) ? '111111' : '000000',
  });
  assert.equal(wrong.statusCode, 400);
  const enabled = await browser.submit('/intern/konto/zwei-faktor', '/intern/konto/zwei-faktor', {
    code: totpCode(key, totpStep(now())),
  });
  assert.equal(enabled.statusCode, 200);
  assert.match(enabled.body, /Die Zwei-Faktor-Anmeldung ist jetzt eingeschaltet/);
  assert.ok(!enabled.body.includes(secret.slice(0, 8)), 'the secret is not shown again');
  await browser.submit('/intern', '/intern/abmelden', {});
  return { key, browser };
}

test('with TOTP enabled, the password leads to the code page, and only the right code opens a session', async (t) => {
  const { server, clock, db, tenantA } = await startTestApp(t);
  const { key } = await enrol(server, clock.now);
  clock.advance(1 * minutes);

  const browser = createBrowser(server, hostA);
  const password = await browser.signIn(clerk, DEMO_PASSWORD, '/intern/konto/zwei-faktor');
  assert.equal(password.statusCode, 303);
  assert.equal(password.headers.location, '/intern/anmelden/code');
  assert.equal(
    password.cookies.find((c) => c.name === SESSION_COOKIE),
    undefined,
  );
  assert.equal((await browser.get('/intern')).statusCode === 200, false, 'no session before the code');

  const wrong = await browser.submit('/intern/anmelden/code', '/intern/anmelden/code', { code: '12345x' });
  assert.equal(wrong.statusCode, 400);
  assert.match(errorSummary(wrong.body), /Der Code ist nicht richtig/);

  const code = totpCode(key, totpStep(clock.now()));
  const done = await browser.submit('/intern/anmelden/code', '/intern/anmelden/code', { code });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, '/intern/konto/zwei-faktor');
  assert.equal((await browser.get('/intern')).statusCode, 200);

  // The same code again, in another browser with the right password: refused as replayed.
  const other = createBrowser(server, hostA);
  await other.signIn(clerk, DEMO_PASSWORD);
  const replay = await other.submit('/intern/anmelden/code', '/intern/anmelden/code', { code });
  assert.equal(replay.statusCode, 400);
  assert.notEqual((await other.get('/intern')).statusCode, 200);

  const actions = await auditActions(db, tenantA.id);
  assert.ok(actions.includes('identity.totp_enabled'));
  assert.equal(actions.filter((a) => a === 'identity.second_factor_failed').length, 2);
});

test('a pending sign-in ends after 5 minutes, and wrong codes count towards the lockout', async (t) => {
  const { server, clock } = await startTestApp(t);
  const { key } = await enrol(server, clock.now);
  clock.advance(1 * minutes);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  const csrf = csrfTokenIn((await browser.get('/intern/anmelden/code')).body);
  clock.advance(5 * minutes);
  assert.match((await browser.get('/intern/anmelden/code')).body, /Ihre Anmeldung ist abgelaufen/);
  const late = await browser.post('/intern/anmelden/code', {
    _csrf: csrf,
    code: totpCode(key, totpStep(clock.now())),
  });
  assert.equal(late.statusCode, 400);
  assert.match(late.body, /Ihre Anmeldung ist abgelaufen/);

  await browser.signIn(clerk, DEMO_PASSWORD);
  for (let i = 0; i < 4; i++)
    await browser.submit('/intern/anmelden/code', '/intern/anmelden/code', { code: '000000' });
  const fifth = await browser.submit('/intern/anmelden/code', '/intern/anmelden/code', { code: '000000' });
  assert.match(fifth.body, /Zu viele Fehlversuche/);
  assert.equal(errorSummary((await browser.signIn(clerk, DEMO_PASSWORD)).body), locked);
});

test('turning TOTP off needs a current code; afterwards the password alone signs in again', async (t) => {
  const { server, clock, db, tenantA } = await startTestApp(t);
  const { key } = await enrol(server, clock.now);
  clock.advance(1 * minutes);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  await browser.submit('/intern/anmelden/code', '/intern/anmelden/code', {
    code: totpCode(key, totpStep(clock.now())),
  });
  const refused = await browser.submit(
    '/intern/konto/zwei-faktor',
    '/intern/konto/zwei-faktor/deaktivieren',
    {
      code: totpCode(key, totpStep(clock.now())), // already used for the sign-in
    },
  );
  assert.equal(refused.statusCode, 400);
  clock.advance(1 * minutes);
  const off = await browser.submit('/intern/konto/zwei-faktor', '/intern/konto/zwei-faktor/deaktivieren', {
    code: totpCode(key, totpStep(clock.now())),
  });
  assert.equal(off.statusCode, 200);
  assert.match(off.body, /Die Zwei-Faktor-Anmeldung ist ausgeschaltet/);
  assert.equal((await createBrowser(server, hostA).signIn(clerk, DEMO_PASSWORD)).headers.location, '/intern');
  assert.ok((await auditActions(db, tenantA.id)).includes('identity.totp_disabled'));
});
