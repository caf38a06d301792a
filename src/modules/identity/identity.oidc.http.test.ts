// The staff sign-in through OpenID Connect against a real provider (oidc-provider on 127.0.0.1):
// the browser goes app → provider → app, and only a response that belongs to the started flow counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { buildHttpServer } from '../../app.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createBrowser, hostA, startTestApp } from '../../test-app.ts';
import { parseRoleMapping } from './identity.oidc.config.ts';
import { startTestOidcProvider, type TestAccount } from './identity.oidc.test-provider.ts';

const callbackUrl = `http://${hostA}/intern/anmelden/oidc/callback`;

const nora: TestAccount = {
  sub: 'nora-0001',
  email: 'Nora.Neumann@leichlingen.example',
  email_verified: true,
  name: 'Nora Neumann',
  roles: ['sachbearbeitung-buergerbuero', 'unrelated-group'],
};
const jonas: TestAccount = {
  sub: 'jonas-0002',
  email: 'jonas.becker@leichlingen.example',
  email_verified: true,
  name: 'Jonas Becker',
  roles: ['sachbearbeitung-buergerbuero', 'rathaus-admin'],
};
const stranger: TestAccount = {
  sub: 'stranger-0003',
  email: 'someone@elsewhere.example',
  email_verified: true,
  name: 'Someone Else',
  roles: ['unrelated-group'],
};
const unverified: TestAccount = {
  sub: 'unverified-0004',
  email: 'katrin.hoffmann@leichlingen.example',
  email_verified: false,
  name: 'Not Katrin',
  roles: [],
};

async function startWithProvider(t: Parameters<typeof startTestApp>[0]) {
  const provider = await startTestOidcProvider({
    redirectUris: [callbackUrl],
    accounts: [nora, jonas, stranger, unverified],
  });
  t.after(() => provider.close());
  const app = await startTestApp(t);
  const config = {
    ...app.platform.config,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      roleClaim: 'roles',
      roleMapping: parseRoleMapping('rathaus-admin=admin@10,sachbearbeitung-buergerbuero=clerk@32.1'),
      buttonLabel: 'Mit dem Verwaltungskonto anmelden',
    },
  };
  const server = await buildHttpServer({ ...app.platform, config }, { now: app.clock.now });
  t.after(() => server.close());
  return { ...app, server, provider };
}

type App = Awaited<ReturnType<typeof startWithProvider>>;

/** start → provider (signs in `account`) → the URL the provider sends the browser back to. */
async function startAndAuthorize(app: App, account: TestAccount) {
  const browser = createBrowser(app.server, hostA);
  const start = await browser.get('/intern/anmelden/oidc?returnTo=/intern');
  assert.equal(start.statusCode, 303);
  app.provider.signInAs(account.sub);
  const back = await app.provider.authorize(String(start.headers.location));
  assert.equal(back.origin + back.pathname, callbackUrl);
  return { browser, back };
}

async function auditTrail(db: Kysely<unknown>, tenantId: string) {
  const { rows } = await withTenant(db, tenantId, (trx) =>
    sql<{ action: string; actor_type: string; summary: Record<string, unknown> }>`
      select action, actor_type, summary from audit_entries order by seq`.execute(trx),
  );
  return rows;
}

async function rolesOf(db: Kysely<unknown>, tenantId: string, email: string) {
  const { rows } = await withTenant(db, tenantId, (trx) =>
    sql<{ grant: string }>`
      select r.role || '@' || d.number as grant from identity_staff_roles r
      join identity_staff s on s.id = r.staff_id join identity_departments d on d.id = r.department_id
      where s.email = ${email} order by 1`.execute(trx),
  );
  return rows.map((row) => row.grant);
}

test('a person new to the town hall whose group maps to a role is created, signed in and greeted with that role', async (t) => {
  const app = await startWithProvider(t);
  const { browser, back } = await startAndAuthorize(app, nora);
  const callback = await browser.get(back.pathname + back.search);
  assert.equal(callback.statusCode, 303);
  assert.equal(callback.headers.location, '/intern');
  assert.ok(browser.jar.has('rathaus_session'));
  assert.ok(!browser.jar.has('rathaus_oidc'), 'the flow cookie is used once');

  const home = await browser.get('/intern');
  assert.equal(home.statusCode, 200);
  assert.match(home.body, /Guten Tag, Nora Neumann/);
  assert.match(home.body, /Bürgerbüro/);
  assert.match(home.body, /Sachbearbeitung/);
  assert.deepEqual(await rolesOf(app.db, app.tenantA.id, 'nora.neumann@leichlingen.example'), ['clerk@32.1']);

  const actions = (await auditTrail(app.db, app.tenantA.id)).map((entry) => entry.action);
  assert.deepEqual(actions, ['identity.staff_created', 'identity.role_granted', 'identity.login']);
});

test('an existing account is found by its verified e-mail, linked, and its mapped roles follow the provider at each sign-in', async (t) => {
  const app = await startWithProvider(t);
  const first = await startAndAuthorize(app, jonas);
  assert.equal((await first.browser.get(first.back.pathname + first.back.search)).statusCode, 303);
  assert.deepEqual(await rolesOf(app.db, app.tenantA.id, jonas.email), ['admin@10', 'clerk@32.1']);

  // The directory takes the admin group away: the next sign-in (found by the link now) revokes the role.
  jonas.roles = ['sachbearbeitung-buergerbuero'];
  t.after(() => {
    jonas.roles = ['sachbearbeitung-buergerbuero', 'rathaus-admin'];
  });
  const second = await startAndAuthorize(app, jonas);
  assert.equal((await second.browser.get(second.back.pathname + second.back.search)).statusCode, 303);
  assert.deepEqual(await rolesOf(app.db, app.tenantA.id, jonas.email), ['clerk@32.1']);
  assert.equal((await second.browser.get('/intern/verwaltung/api-clients')).statusCode, 403);

  const trail = await auditTrail(app.db, app.tenantA.id);
  assert.deepEqual(
    trail.map((entry) => entry.action),
    [
      'identity.oidc_linked',
      'identity.role_granted',
      'identity.login',
      'identity.role_revoked',
      'identity.login',
    ],
  );
  const revoked = trail.find((entry) => entry.action === 'identity.role_revoked')!;
  assert.equal(revoked.actor_type, 'system');
  assert.equal(revoked.summary.role, 'admin');
});

test('an answer with a state other than the one this browser started is refused: no session, an audit entry', async (t) => {
  const app = await startWithProvider(t);
  const { browser, back } = await startAndAuthorize(app, nora);
  back.searchParams.set('state', 'forged-state-value');
  const callback = await browser.get(back.pathname + back.search);
  assert.equal(callback.statusCode, 400);
  assert.match(callback.body, /Anmeldung nicht möglich/);
  assert.ok(!browser.jar.has('rathaus_session'));
  assert.equal((await browser.get('/intern')).statusCode, 303);

  const trail = await auditTrail(app.db, app.tenantA.id);
  assert.deepEqual(
    trail.map((entry) => [entry.action, entry.summary.reason]),
    [['identity.oidc_refused', 'state_mismatch']],
  );
});

test('an ID token whose nonce is not the one this browser sent is refused', async (t) => {
  const app = await startWithProvider(t);
  const { browser, back } = await startAndAuthorize(app, nora);
  const flow = JSON.parse(Buffer.from(browser.jar.get('rathaus_oidc')!, 'base64url').toString()) as {
    nonce: string;
  };
  flow.nonce = 'a-nonce-the-provider-never-saw';
  browser.jar.set('rathaus_oidc', Buffer.from(JSON.stringify(flow)).toString('base64url'));
  const callback = await browser.get(back.pathname + back.search);
  assert.equal(callback.statusCode, 400);
  assert.ok(!browser.jar.has('rathaus_session'));
  const trail = await auditTrail(app.db, app.tenantA.id);
  assert.equal(trail.length, 1);
  assert.equal(trail[0]!.action, 'identity.oidc_refused');
  assert.match(String(trail[0]!.summary.reason), /nonce/i);
  assert.equal((await rolesOf(app.db, app.tenantA.id, 'nora.neumann@leichlingen.example')).length, 0);
});

test('a person without a mapped group, or with an unverified address, gets no account and no session', async (t) => {
  const app = await startWithProvider(t);
  for (const account of [stranger, unverified]) {
    const { browser, back } = await startAndAuthorize(app, account);
    const callback = await browser.get(back.pathname + back.search);
    assert.equal(callback.statusCode, 403, account.sub);
    assert.match(callback.body, /kein Zugang eingerichtet/);
    assert.ok(!browser.jar.has('rathaus_session'));
  }
  const trail = await auditTrail(app.db, app.tenantA.id);
  assert.deepEqual(
    trail.map((entry) => [entry.action, entry.summary.reason]),
    [
      ['identity.oidc_refused', 'unknown_account'],
      ['identity.oidc_refused', 'unknown_account'],
    ],
  );
});

test('without OIDC_ISSUER the sign-in through OpenID Connect does not exist', async (t) => {
  const { server } = await startTestApp(t);
  const response = await createBrowser(server, hostA).get('/intern/anmelden/oidc');
  assert.equal(response.statusCode, 404);
});

test('with a provider configured, the login page offers it; without, it does not', async (t) => {
  const app = await startWithProvider(t);
  const withProvider = await createBrowser(app.server, hostA).get('/intern/anmelden?returnTo=%2Fintern');
  assert.match(withProvider.body, /href="\/intern\/anmelden\/oidc\?returnTo=%2Fintern"/);
  assert.match(withProvider.body, /Mit dem Verwaltungskonto anmelden/);
  const plain = await startTestApp(t);
  const without = await createBrowser(plain.server, hostA).get('/intern/anmelden');
  assert.doesNotMatch(without.body, /\/intern\/anmelden\/oidc/);
});
