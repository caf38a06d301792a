import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { LOGIN_PATH } from './identity.return-to.ts';
import { SESSION_COOKIE, defaultSessionPolicy } from './identity.sessions.ts';
import { DEMO_PASSWORD, createBrowser, hostA, hostB, startTestApp } from '../../test-app.ts';

const clerk = 'jonas.becker@leichlingen.example';
const minutes = 60_000;

/** A staff page refused to someone signed out: a 401 page now, a redirect to the login page once proposed. */
function assertSignedOut(response: { statusCode: number; headers: Record<string, unknown> }) {
  if (response.statusCode === 303) assert.match(String(response.headers.location), /^\/intern\/anmelden/);
  else assert.equal(response.statusCode, 401);
}

function errorSummary(html: string): string {
  const match = /id="error-summary"[\s\S]*?<ul[^>]*>([\s\S]*?)<\/ul>/.exec(html);
  assert.ok(match, 'page shows an error summary');
  return match[1]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

test('signing in sets an HttpOnly session cookie, and /intern greets the person with departments and roles in German', async (t) => {
  const { server } = await startTestApp(t);
  const browser = createBrowser(server, hostA);

  const login = await browser.signIn(clerk, DEMO_PASSWORD);
  assert.equal(login.statusCode, 303);
  assert.equal(login.headers.location, '/intern');
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE);
  assert.ok(cookie, 'session cookie set');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.equal(cookie.path, '/');
  assert.notEqual(cookie.secure, true, 'not Secure when served over plain http');

  const home = await browser.get('/intern');
  assert.equal(home.statusCode, 200);
  assert.match(home.body, /Guten Tag, Jonas Becker/);
  assert.match(home.body, /32\.1 Bürgerbüro/);
  assert.match(home.body, /Sachbearbeitung/);
  assert.match(home.body, /action="\/intern\/abmelden"/);
  assert.equal(home.headers['cache-control'], 'no-store');
});

test('the login page is a KERN form that works without JavaScript: labels, autocomplete, CSRF field', async (t) => {
  const { server } = await startTestApp(t);
  const page = await createBrowser(server, hostA).get(`${LOGIN_PATH}?returnTo=%2Fintern%2Fakten`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<form method="post" action="\/intern\/anmelden"/);
  assert.match(page.body, /<label class="kern-label" for="email">E-Mail-Adresse<\/label>/);
  assert.match(page.body, /<label class="kern-label" for="password">Passwort<\/label>/);
  assert.match(page.body, /id="email" name="email" type="email" autocomplete="username"/);
  assert.match(page.body, /type="password" autocomplete="current-password"/);
  assert.match(page.body, /name="_csrf" value="[^"]+"/);
  assert.match(page.body, /name="returnTo" value="\/intern\/akten"/);
});

test('a wrong password and an unknown e-mail get the same error summary and no session', async (t) => {
  const { server } = await startTestApp(t);
  const wrongPassword = await createBrowser(server, hostA).signIn(clerk, 'Falsch-2026!');
  const unknownEmail = await createBrowser(server, hostA).signIn(
    'niemand@leichlingen.example',
    DEMO_PASSWORD,
  );
  for (const response of [wrongPassword, unknownEmail]) {
    assert.equal(response.statusCode, 400);
    assert.equal(
      response.cookies.find((c) => c.name === SESSION_COOKIE),
      undefined,
    );
    assert.doesNotMatch(response.body, /Falsch-2026!|Demo-2026!/, 'the password is never echoed');
  }
  assert.equal(errorSummary(wrongPassword.body), 'E-Mail-Adresse oder Passwort ist nicht richtig.');
  assert.equal(errorSummary(unknownEmail.body), errorSummary(wrongPassword.body));
  assert.match(
    wrongPassword.body,
    /value="jonas.becker@leichlingen.example"/,
    'the e-mail is kept for the next try',
  );
});

test('the same message in English, and empty fields are named one by one', async (t) => {
  const { server } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.get('/?lang=en');
  const wrong = await browser.signIn(clerk, 'wrong');
  assert.equal(errorSummary(wrong.body), 'The e-mail address or password is not correct.');
  const empty = await browser.signIn('', '');
  assert.equal(empty.statusCode, 400);
  assert.match(errorSummary(empty.body), /Please enter your e-mail address\. Please enter your password\./);
  assert.match(empty.body, /href="#email"/);
  assert.match(empty.body, /href="#password"/);
});

test('an e-mail address is matched regardless of case and surrounding spaces', async (t) => {
  const { server } = await startTestApp(t);
  const login = await createBrowser(server, hostA).signIn(
    '  Jonas.Becker@Leichlingen.EXAMPLE ',
    DEMO_PASSWORD,
  );
  assert.equal(login.statusCode, 303);
});

test('a deactivated account cannot sign in, and its open sessions stop working', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  await withTenant(db, tenantA.id, (trx) =>
    sql`update identity_staff set active = false where email = ${clerk}`.execute(trx),
  );
  assertSignedOut(await browser.get('/intern'));
  const again = await createBrowser(server, hostA).signIn(clerk, DEMO_PASSWORD);
  assert.equal(again.statusCode, 400);
  assert.equal(errorSummary(again.body), 'E-Mail-Adresse oder Passwort ist nicht richtig.');
});

test('a login POST without the CSRF token is refused with 403 and opens no session', async (t) => {
  const { server } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.get(LOGIN_PATH);
  const response = await browser.post(LOGIN_PATH, { email: clerk, password: DEMO_PASSWORD });
  assert.equal(response.statusCode, 403);
  assert.equal(
    response.cookies.find((c) => c.name === SESSION_COOKIE),
    undefined,
  );
});

test('signing out ends the session on the server: the old cookie no longer opens /intern', async (t) => {
  const { server } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  const stolenToken = browser.jar.get(SESSION_COOKIE)!;

  const logout = await browser.submit('/intern', '/intern/abmelden', {});
  assert.equal(logout.statusCode, 303);
  assert.equal(logout.headers.location, '/');
  assert.equal(browser.jar.has(SESSION_COOKIE), false, 'cookie cleared');

  const replay = createBrowser(server, hostA);
  replay.jar.set(SESSION_COOKIE, stolenToken);
  assertSignedOut(await replay.get('/intern'));
});

test('signing in issues a new token and ends the session the browser brought along', async (t) => {
  const { server } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  const first = browser.jar.get(SESSION_COOKIE)!;
  // Already signed in, the login page sends the person on; a second login still rotates the token.
  assert.equal((await browser.get(LOGIN_PATH)).statusCode, 303);
  await browser.submit('/intern', LOGIN_PATH, { email: clerk, password: DEMO_PASSWORD });
  const second = browser.jar.get(SESSION_COOKIE)!;
  assert.notEqual(second, first);

  const old = createBrowser(server, hostA);
  old.jar.set(SESSION_COOKIE, first);
  assertSignedOut(await old.get('/intern'));
  assert.equal((await browser.get('/intern')).statusCode, 200);
});

test('a session ends after 30 idle minutes; activity slides the idle timeout', async (t) => {
  const { server, clock } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);

  clock.advance(29 * minutes);
  assert.equal((await browser.get('/intern')).statusCode, 200, 'still within the idle time');
  clock.advance(29 * minutes);
  assert.equal(
    (await browser.get('/intern')).statusCode,
    200,
    'the visit 29 minutes ago restarted the idle time',
  );
  clock.advance(defaultSessionPolicy.idleMs);
  assertSignedOut(await browser.get('/intern'));
  // The ended session was deleted, not merely refused: turning the clock back does not revive it.
  clock.advance(-defaultSessionPolicy.idleMs);
  assertSignedOut(await browser.get('/intern'));
});

test('a session ends 10 hours after login however active it is', async (t) => {
  const { server, clock } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  for (let elapsed = 20; elapsed < 600; elapsed += 20) {
    clock.advance(20 * minutes);
    assert.equal((await browser.get('/intern')).statusCode, 200, `active after ${elapsed} minutes`);
  }
  clock.advance(20 * minutes);
  assertSignedOut(await browser.get('/intern'));
});

test('returnTo leads back to a local path, never to another site', async (t) => {
  const { server } = await startTestApp(t);
  const local = await createBrowser(server, hostA).signIn(clerk, DEMO_PASSWORD, '/intern?tab=2#liste');
  assert.equal(local.headers.location, '/intern?tab=2#liste');
  for (const evil of [
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'evil.example',
    '/%0a/evil.example',
  ]) {
    const response = await createBrowser(server, hostA).signIn(clerk, DEMO_PASSWORD, evil);
    assert.equal(response.statusCode, 303);
    const location = String(response.headers.location);
    assert.ok(
      location.startsWith('/') && !location.startsWith('//'),
      `${JSON.stringify(evil)} → ${location}`,
    );
    assert.equal(new URL(location, 'http://leichlingen.test').host, 'leichlingen.test');
  }
});

test("a session of one municipality is not accepted on another municipality's host", async (t) => {
  const { server } = await startTestApp(t);
  const inA = createBrowser(server, hostA);
  await inA.signIn(clerk, DEMO_PASSWORD);
  const inB = createBrowser(server, hostB);
  inB.jar.set(SESSION_COOKIE, inA.jar.get(SESSION_COOKIE)!);
  assertSignedOut(await inB.get('/intern'));
  assert.equal((await inA.get('/intern')).statusCode, 200);
});

test('signed out, a staff page answers 401 (or, with the proposed change, sends the browser to the login page)', async (t) => {
  const { server } = await startTestApp(t);
  const response = await createBrowser(server, hostA).get('/intern');
  assertSignedOut(response);
});

test('behind HTTPS the session cookie is Secure', async (t) => {
  const { server } = await startTestApp(t, { publicUrl: 'https://rathaus.leichlingen.test' });
  const login = await createBrowser(server, hostA).signIn(clerk, DEMO_PASSWORD);
  assert.equal(login.cookies.find((c) => c.name === SESSION_COOKIE)?.secure, true);
});
