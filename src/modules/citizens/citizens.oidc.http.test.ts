// Citizen sign-in through a BundID-style identity service, against a real OpenID provider
// (oidc-provider on 127.0.0.1): the browser goes app → provider → app; the trust level comes from the
// acr claim; a person is found by (issuer, subject), never by e-mail alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { buildHttpServer } from '../../app.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { startOidcTestProvider, type TestProviderAccount } from '../../platform/oidc/oidc-test-provider.ts';
import { createBrowser, hostA, startTestApp } from '../../test-app.ts';
import { testPasswordCost } from '../identity/index.ts';
import { parseLevelMapping, defaultLevelMapping } from './citizens.oidc.config.ts';
import { DEMO_CITIZEN, seedCitizenDemo } from './citizens.seed.ts';

const callbackUrl = `http://${hostA}/konto/anmelden/bundid/callback`;

const anna = (): TestProviderAccount => ({
  sub: 'bpk2-anna-0001',
  acr: 'STORK-QAA-Level-3',
  given_name: 'Anna',
  family_name: 'Schneider',
  email: 'anna.schneider@example.org',
  email_verified: true,
  address: { street_address: 'Brückenstraße 12', postal_code: '42799', locality: 'Leichlingen' },
});

async function startWithBundId(t: Parameters<typeof startTestApp>[0], accounts: TestProviderAccount[]) {
  const provider = await startOidcTestProvider({
    redirectUris: [callbackUrl],
    accounts,
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'name'],
      address: ['address'],
    },
    scope: 'openid profile email address',
    acrValues: ['STORK-QAA-Level-1', 'STORK-QAA-Level-3', 'STORK-QAA-Level-4', 'unheard-of-level'],
  });
  t.after(() => provider.close());
  const app = await startTestApp(t);
  const config = {
    ...app.platform.config,
    citizenOidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      label: 'BundID',
      scopes: 'openid profile email address',
      levelClaim: 'acr',
      levelMapping: parseLevelMapping(defaultLevelMapping),
      // Asking for the levels (acr_values) is what makes a provider report the one it reached.
      acrValues: 'STORK-QAA-Level-1 STORK-QAA-Level-3 STORK-QAA-Level-4',
    },
  };
  const server = await buildHttpServer({ ...app.platform, config }, { now: app.clock.now });
  t.after(() => server.close());
  return { ...app, server, provider };
}

type App = Awaited<ReturnType<typeof startWithBundId>>;
type Browser = ReturnType<typeof createBrowser>;

/** start → provider (signs in `sub`) → the URL the provider sends the browser back to. */
async function throughProvider(app: App, browser: Browser, sub: string, start = '/konto/anmelden/bundid') {
  const started = await browser.get(start);
  assert.equal(started.statusCode, 303);
  app.provider.signInAs(sub);
  const back = await app.provider.authorize(String(started.headers.location));
  assert.equal(back.origin + back.pathname, callbackUrl);
  return back;
}

async function signInThroughBundId(app: App, sub: string, browser = createBrowser(app.server, hostA)) {
  const back = await throughProvider(app, browser, sub);
  return { browser, callback: await browser.get(back.pathname + back.search) };
}

async function rows<T>(app: App, query: string) {
  const { rows } = await withTenant(app.db as Kysely<unknown>, app.tenantA.id, (trx) =>
    sql<T>`${sql.raw(query)}`.execute(trx),
  );
  return rows;
}

const auditActions = (app: App) =>
  rows<{ action: string; summary: Record<string, unknown> }>(
    app,
    `select action, summary from audit_entries where action like 'citizens.%' order by seq`,
  );

test('a person new here signs in through BundID: an account from the verified claims, a session at the reported level', async (t) => {
  const app = await startWithBundId(t, [anna()]);
  const { browser, callback } = await signInThroughBundId(app, 'bpk2-anna-0001');
  assert.equal(callback.statusCode, 303);
  assert.equal(callback.headers.location, '/konto');
  assert.ok(browser.jar.has('rathaus_citizen_session'));
  assert.ok(!browser.jar.has('rathaus_citizen_oidc'), 'the flow cookie is used once');

  const account = await browser.get('/konto');
  assert.equal(account.statusCode, 200);
  assert.match(account.body, /Angemeldet als Anna Schneider/);
  assert.match(account.body, /Angemeldet über BundID \(Vertrauensniveau substanziell\)/);
  assert.match(account.body, /value="Brückenstraße 12"/);
  assert.match(account.body, /value="42799"/);
  assert.match(account.body, /mit BundID verknüpft/);

  const [session] = await rows<{ trust_level: string; auth_method: string; issuer: string }>(
    app,
    'select trust_level, auth_method, issuer from citizen_sessions',
  );
  assert.deepEqual(session, { trust_level: 'substantial', auth_method: 'oidc', issuer: app.provider.issuer });
  const [citizen] = await rows<{ email: string; password_hash: string | null; verified: boolean }>(
    app,
    'select email, password_hash, email_verified_at is not null as verified from citizens',
  );
  assert.deepEqual(citizen, { email: 'anna.schneider@example.org', password_hash: null, verified: true });
  assert.deepEqual(
    (await auditActions(app)).map((entry) => entry.action),
    ['citizens.registered', 'citizens.login'],
  );
});

test('the next sign-in finds the person by subject, not by e-mail: a changed address at the service makes no second account', async (t) => {
  const person = anna();
  const app = await startWithBundId(t, [person]);
  assert.equal((await signInThroughBundId(app, person.sub)).callback.statusCode, 303);
  person.email = 'anna.neu@example.org';
  person.acr = 'STORK-QAA-Level-4';
  const again = await signInThroughBundId(app, person.sub);
  assert.equal(again.callback.statusCode, 303);
  assert.match((await again.browser.get('/konto')).body, /Vertrauensniveau hoch/);
  const citizens = await rows<{ email: string }>(app, 'select email from citizens');
  assert.deepEqual(citizens, [{ email: 'anna.schneider@example.org' }]);
});

test('an address that has an account here is never linked by itself: refused, audited, nothing created', async (t) => {
  const impostor: TestProviderAccount = { ...anna(), sub: 'bpk2-other-0009', email: DEMO_CITIZEN.email };
  const app = await startWithBundId(t, [impostor]);
  await seedCitizenDemo({ db: app.db, tenantId: app.tenantA.id, passwordCost: testPasswordCost });
  const { browser, callback } = await signInThroughBundId(app, impostor.sub);
  assert.equal(callback.statusCode, 409);
  assert.match(callback.body, /gibt es hier bereits ein Bürgerkonto/);
  assert.match(callback.body, /verknüpfen Sie BundID unter „Mein Konto“/);
  assert.ok(!browser.jar.has('rathaus_citizen_session'));
  assert.equal((await rows(app, 'select 1 from citizen_oidc_links')).length, 0);
  assert.equal((await rows(app, 'select 1 from citizens')).length, 1);
  const trail = await auditActions(app);
  assert.deepEqual(
    trail.map((entry) => [entry.action, entry.summary.reason]),
    [['citizens.oidc_refused', 'email_in_use']],
  );
});

test('a signed-in citizen links BundID to the account; from then on BundID opens that account', async (t) => {
  const erika: TestProviderAccount = {
    sub: 'bpk2-erika-0002',
    acr: 'STORK-QAA-Level-4',
    given_name: 'Erika',
    family_name: 'Mustermann',
    email: 'erika.m@anbieter.example',
    email_verified: true,
  };
  const app = await startWithBundId(t, [erika]);
  await seedCitizenDemo({ db: app.db, tenantId: app.tenantA.id, passwordCost: testPasswordCost });
  const browser = createBrowser(app.server, hostA);
  await browser.submit('/konto/anmelden', '/konto/anmelden', { ...DEMO_CITIZEN });
  const before = await browser.get('/konto');
  assert.match(before.body, /Angemeldet mit E-Mail-Adresse und Passwort \(Vertrauensniveau niedrig\)/);
  assert.match(before.body, /href="\/konto\/anmelden\/bundid\?verknuepfen=1"/);

  const back = await throughProvider(app, browser, erika.sub, '/konto/anmelden/bundid?verknuepfen=1');
  const linked = await browser.get(back.pathname + back.search);
  assert.equal(linked.statusCode, 303);
  assert.match((await browser.get('/konto')).body, /Angemeldet über BundID \(Vertrauensniveau hoch\)/);

  const elsewhere = await signInThroughBundId(app, erika.sub);
  assert.equal(elsewhere.callback.statusCode, 303);
  const account = await elsewhere.browser.get('/konto');
  assert.match(account.body, /Angemeldet als Erika Mustermann/);
  assert.match(account.body, /erika\.mustermann@example\.org/);
  assert.equal((await rows(app, 'select 1 from citizens')).length, 1, 'no second account');
  const actions = (await auditActions(app)).map((entry) => entry.action);
  assert.deepEqual(actions, ['citizens.login', 'citizens.oidc_linked', 'citizens.login', 'citizens.login']);
});

test('a forged state, a foreign nonce, an error from the service, a missing or unknown level: a clear refusal, audited, nothing created', async (t) => {
  const noLevel: TestProviderAccount = { ...anna(), sub: 'bpk2-nolevel-0003', acr: undefined };
  const oddLevel: TestProviderAccount = { ...anna(), sub: 'bpk2-odd-0004', acr: 'unheard-of-level' };
  const app = await startWithBundId(t, [anna(), noLevel, oddLevel]);

  const forged = createBrowser(app.server, hostA);
  const forgedBack = await throughProvider(app, forged, 'bpk2-anna-0001');
  forgedBack.searchParams.set('state', 'forged-state-value');
  const forgedAnswer = await forged.get(forgedBack.pathname + forgedBack.search);
  assert.equal(forgedAnswer.statusCode, 400);
  assert.match(forgedAnswer.body, /Anmeldung über BundID nicht möglich/);
  assert.match(forgedAnswer.body, /konnte nicht abgeschlossen werden/);

  const replayed = createBrowser(app.server, hostA);
  const replayedBack = await throughProvider(app, replayed, 'bpk2-anna-0001');
  const flow = JSON.parse(Buffer.from(replayed.jar.get('rathaus_citizen_oidc')!, 'base64url').toString()) as {
    nonce: string;
  };
  flow.nonce = 'a-nonce-the-provider-never-saw';
  replayed.jar.set('rathaus_citizen_oidc', Buffer.from(JSON.stringify(flow)).toString('base64url'));
  assert.equal((await replayed.get(replayedBack.pathname + replayedBack.search)).statusCode, 400);

  const cancelled = createBrowser(app.server, hostA);
  const started = await cancelled.get('/konto/anmelden/bundid');
  app.provider.denyNext();
  const cancelledBack = await app.provider.authorize(String(started.headers.location));
  assert.equal(cancelledBack.searchParams.get('error'), 'access_denied');
  const cancelledAnswer = await cancelled.get(cancelledBack.pathname + cancelledBack.search);
  assert.equal(cancelledAnswer.statusCode, 400);
  assert.match(cancelledAnswer.body, /abgebrochen oder abgelehnt/);

  for (const sub of [noLevel.sub, oddLevel.sub]) {
    const { callback } = await signInThroughBundId(app, sub);
    assert.equal(callback.statusCode, 400, sub);
    assert.match(callback.body, /kein bekanntes Vertrauensniveau/);
  }

  for (const browser of [forged, replayed, cancelled]) assert.ok(!browser.jar.has('rathaus_citizen_session'));
  assert.equal((await rows(app, 'select 1 from citizens')).length, 0);
  assert.equal((await rows(app, 'select 1 from citizen_sessions')).length, 0);
  const reasons = (await auditActions(app)).map((entry) => [entry.action, String(entry.summary.reason)]);
  assert.equal(reasons.length, 5);
  assert.ok(reasons.every(([action]) => action === 'citizens.oidc_refused'));
  assert.equal(reasons[0]![1], 'state_mismatch');
  assert.match(String(reasons[1]![1]), /nonce/i);
  assert.equal(reasons[2]![1], 'provider_error: access_denied');
  assert.equal(reasons[3]![1], 'level_missing');
  assert.equal(reasons[4]![1], 'level_unknown: unheard-of-level');
});

test('the login page offers BundID only when it is configured; without an issuer its routes answer 404', async (t) => {
  const app = await startWithBundId(t, [anna()]);
  const offered = await createBrowser(app.server, hostA).get(
    '/konto/anmelden?returnTo=%2Fkonto%2Funternehmen',
  );
  assert.match(offered.body, /Mit BundID anmelden/);
  assert.match(offered.body, /href="\/konto\/anmelden\/bundid\?returnTo=%2Fkonto%2Funternehmen"/);

  const plain = await startTestApp(t);
  const browser = createBrowser(plain.server, hostA);
  assert.doesNotMatch((await browser.get('/konto/anmelden')).body, /bundid/);
  assert.equal((await browser.get('/konto/anmelden/bundid')).statusCode, 404);
});
