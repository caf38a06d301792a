import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, createBrowser, hostA, hostB, startTestApp } from '../../test-app.ts';

const recordsManager = 'sabine.wagner@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

test('records managers read the trail newest first and can filter it; clerks may not', async (t) => {
  const { server } = await startTestApp(t);
  const intruder = createBrowser(server, hostA);
  await intruder.signIn(clerk, 'falsch-geraten');
  await createBrowser(server, hostB).signIn(clerk, 'in-der-anderen-stadt');

  const clerkBrowser = createBrowser(server, hostA);
  await clerkBrowser.signIn(clerk, DEMO_PASSWORD);
  assert.equal((await clerkBrowser.get('/intern/protokoll')).statusCode, 403);

  const browser = createBrowser(server, hostA);
  await browser.signIn(recordsManager, DEMO_PASSWORD);
  const page = await browser.get('/intern/protokoll');
  assert.equal(page.statusCode, 200);
  const failed = page.body.indexOf('identity.login_failed');
  const login = page.body.indexOf('identity.login<');
  assert.ok(
    failed > 0 && login > 0 && login < failed,
    'newest first: the later logins come before the failed one',
  );
  assert.doesNotMatch(page.body, /in-der-anderen-stadt|falsch-geraten/, 'passwords are never in the trail');
  assert.equal(
    (page.body.match(/identity\.login_failed/g) ?? []).length,
    1,
    "the other town's failed login is not shown",
  );

  const filtered = await browser.get('/intern/protokoll?aktion=identity.login_failed&objekttyp=&objekt=');
  assert.match(filtered.body, /identity\.login_failed/);
  assert.doesNotMatch(filtered.body, /identity\.login</);
  assert.equal((await browser.get('/intern/protokoll?vor=abc')).statusCode, 400);
});
