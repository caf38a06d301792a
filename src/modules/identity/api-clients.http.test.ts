import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, hostA, hostB, startTestApp } from '../../test-app.ts';
import { API_CLIENTS_PATH } from './api-clients.pages.tsx';
import { apiTokenHash } from './api-clients.usecases.ts';

const admin = 'katrin.hoffmann@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

type App = Awaited<ReturnType<typeof startTestApp>>;

async function signedIn(server: App['server'], email: string) {
  const browser = createBrowser(server, hostA);
  await browser.signIn(email, DEMO_PASSWORD);
  return browser;
}

function tokenOn(html: string): string {
  const token = /<code id="api-token">(rh_[A-Za-z0-9_-]+)<\/code>/.exec(html)?.[1];
  assert.ok(token, 'the page shows the token');
  return token;
}

async function createClient(server: App['server'], name = 'Fachverfahren Gewerbe') {
  const browser = await signedIn(server, admin);
  const response = await browser.submit(API_CLIENTS_PATH, API_CLIENTS_PATH, {
    name,
    scopes: 'operations.read',
  });
  assert.equal(response.statusCode, 201);
  return { browser, response, token: tokenOn(response.body) };
}

function me(server: App['server'], token: string, host = hostA) {
  return server.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { host, authorization: `Bearer ${token}` },
  });
}

function assertUnauthenticatedJson(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json: () => unknown;
}) {
  assert.equal(response.statusCode, 401);
  assert.match(String(response.headers['content-type']), /^application\/json/);
  assert.equal((response.json() as { error: { code: string } }).error.code, 'access.unauthenticated');
}

test('an admin creates an API client: the token is shown once, with a warning, and the list shows only its prefix', async (t) => {
  const { server } = await startTestApp(t);
  const { browser, response, token } = await createClient(server);
  assert.match(token, /^rh_[A-Za-z0-9_-]{43}$/);
  assert.match(response.body, /nur dieses eine Mal angezeigt/);
  assert.equal(response.headers['cache-control'], 'no-store');

  const list = await browser.get(API_CLIENTS_PATH);
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Fachverfahren Gewerbe/);
  assert.match(list.body, new RegExp(`<code>${token.slice(0, 8)}…</code>`));
  assert.ok(!list.body.includes(token), 'the token is never shown again');
  assert.match(list.body, /Betriebsdaten lesen/);
  assert.match(list.body, /name="_csrf" value="[^"]+"/);
  assert.match(
    list.body,
    /<input class="kern-form-check__checkbox" id="scope-operations.read" name="scopes" type="checkbox"/,
  );
});

test('the stored row holds the hash and the prefix of the token, never the token itself', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const { token } = await createClient(server);
  const rows = await withTenant(
    db,
    tenantA.id,
    async (trx) => (await sql<Record<string, unknown>>`select * from identity_api_clients`.execute(trx)).rows,
  );
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.equal(row.token_hash, apiTokenHash(token));
  assert.equal(row.token_prefix, token.slice(0, 8));
  assert.deepEqual(row.scopes, ['operations.read']);
  assert.ok(!JSON.stringify(rows).includes(token.slice(8)), 'no column holds the token');
});

test('the token answers GET /api/v1/me with the client, its scopes and its town; last use is recorded', async (t) => {
  const { server, db, tenantA, clock } = await startTestApp(t);
  const { token } = await createClient(server);
  const response = await me(server, token);
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.equal(body.kind, 'api_client');
  assert.equal(body.name, 'Fachverfahren Gewerbe');
  assert.deepEqual(body.scopes, ['operations.read']);
  assert.deepEqual(body.tenant, { slug: 'leichlingen', name: 'Stadt Leichlingen (Rheinland)' });
  const lastUsed = async () =>
    withTenant(db, tenantA.id, async (trx) =>
      (
        await sql<{ last_used_at: Date }>`select last_used_at from identity_api_clients`.execute(trx)
      ).rows[0]!.last_used_at.getTime(),
    );
  assert.equal(await lastUsed(), clock.now().getTime());
  const first = clock.now().getTime();
  clock.advance(30_000);
  await me(server, token);
  assert.equal(await lastUsed(), first, 'not written again within a minute');
  clock.advance(31_000);
  await me(server, token);
  assert.equal(await lastUsed(), clock.now().getTime());
});

test('GET /api/v1/me answers for a staff session with name and roles, and 401 JSON for nobody', async (t) => {
  const { server } = await startTestApp(t);
  const browser = await signedIn(server, clerk);
  const response = await browser.get('/api/v1/me');
  assert.equal(response.statusCode, 200);
  const body = JSON.parse(response.body);
  assert.equal(body.kind, 'staff');
  assert.equal(body.displayName, 'Jonas Becker');
  assert.equal(body.tenant.slug, 'leichlingen');
  assert.ok(body.roles.some((grant: { role: string }) => grant.role === 'clerk'));

  // A browser that asks for HTML still gets JSON, not a redirect to the login page.
  assertUnauthenticatedJson(await createBrowser(server, hostA).get('/api/v1/me'));
  assertUnauthenticatedJson(
    await server.inject({ method: 'GET', url: '/api/v1/me', headers: { host: hostA } }),
  );
});

test('a revoked, forged or unknown token gets 401', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const { browser, token } = await createClient(server);
  assertUnauthenticatedJson(await me(server, `rh_${'A'.repeat(43)}`));
  assertUnauthenticatedJson(await me(server, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`));
  assertUnauthenticatedJson(await me(server, 'not-a-token'));

  const id = await withTenant(
    db,
    tenantA.id,
    async (trx) => (await sql<{ id: string }>`select id from identity_api_clients`.execute(trx)).rows[0]!.id,
  );
  const revoke = await browser.submit(API_CLIENTS_PATH, `${API_CLIENTS_PATH}/${id}/widerrufen`, {});
  assert.equal(revoke.statusCode, 303);
  const list = await browser.get(String(revoke.headers.location));
  assert.match(list.body, /Der Zugang wurde widerrufen/);
  assert.match(list.body, /widerrufen am/);
  assertUnauthenticatedJson(await me(server, token));
});

test("a token of one town gets 401 on another town's host", async (t) => {
  const { server } = await startTestApp(t);
  const { token } = await createClient(server);
  assert.equal((await me(server, token, hostA)).statusCode, 200);
  assertUnauthenticatedJson(await me(server, token, hostB));
});

test('a bearer token never reaches staff pages, and a bearer header does not fall back to the session cookie', async (t) => {
  const { server } = await startTestApp(t);
  const { browser, token } = await createClient(server);
  for (const url of ['/intern', API_CLIENTS_PATH, '/intern/betrieb/auftraege']) {
    const response = await server.inject({
      method: 'GET',
      url,
      headers: { host: hostA, authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    assert.equal(response.statusCode, 403, url);
  }
  // The admin's cookie together with a bogus bearer token: the token decides, and it is nobody.
  const cookie = [...browser.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const mixed = await server.inject({
    method: 'GET',
    url: API_CLIENTS_PATH,
    headers: {
      host: hostA,
      cookie,
      authorization: `Bearer rh_${'x'.repeat(43)}`,
      accept: 'application/json',
    },
  });
  assert.equal(mixed.statusCode, 401);
});

test('a clerk cannot open or post to the API clients page', async (t) => {
  const { server } = await startTestApp(t);
  const browser = await signedIn(server, clerk);
  assert.equal((await browser.get(API_CLIENTS_PATH)).statusCode, 403);
  const post = await browser.submit('/intern', API_CLIENTS_PATH, { name: 'Heimlich' });
  assert.equal(post.statusCode, 403);
});

test('creating without a CSRF token is refused with 403 and creates nothing', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = await signedIn(server, admin);
  const response = await browser.post(API_CLIENTS_PATH, { name: 'Ohne Token' });
  assert.equal(response.statusCode, 403);
  const count = await withTenant(
    db,
    tenantA.id,
    async (trx) =>
      (await sql<{ n: number }>`select count(*)::int as n from identity_api_clients`.execute(trx)).rows[0]!.n,
  );
  assert.equal(count, 0);
});

test('a missing name and an unknown scope are shown in the error summary, with the entries kept', async (t) => {
  const { server } = await startTestApp(t);
  const browser = await signedIn(server, admin);
  const page = await browser.get(API_CLIENTS_PATH);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const response = await server.inject({
    method: 'POST',
    url: API_CLIENTS_PATH,
    headers: {
      host: hostA,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...browser.jar].map(([name, value]) => `${name}=${value}`).join('; '),
    },
    payload: `_csrf=${encodeURIComponent(csrf)}&name=+&scopes=operations.read&scopes=staff.area`,
  });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /id="error-summary"/);
  assert.match(response.body, /href="#name">Bitte geben Sie einen Namen ein\./);
  assert.match(response.body, /href="#scopes">Bitte wählen Sie nur angebotene Berechtigungen\./);
  assert.match(response.body, /value="operations.read" checked/);
  assert.doesNotMatch(response.body, /id="api-token"/);
});

test('creating and revoking an API client are audited with the admin, the name and scopes, never the token', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const { browser, token } = await createClient(server);
  const clientId = await withTenant(
    db,
    tenantA.id,
    async (trx) => (await sql<{ id: string }>`select id from identity_api_clients`.execute(trx)).rows[0]!.id,
  );
  await browser.submit(API_CLIENTS_PATH, `${API_CLIENTS_PATH}/${clientId}/widerrufen`, {});
  // Revoking again changes nothing and writes no second entry.
  await browser.submit(API_CLIENTS_PATH, `${API_CLIENTS_PATH}/${clientId}/widerrufen`, {});
  const entries = await withTenant(db, tenantA.id, async (trx) => {
    const { rows } = await sql<{ action: string; actor_id: string; email: string; summary: unknown }>`
      select a.action, a.actor_id, s.email, a.summary from audit_entries a
      join identity_staff s on s.id::text = a.actor_id
      where a.object_type = 'api_client' and a.object_id = ${clientId} order by a.seq`.execute(trx);
    return rows;
  });
  assert.deepEqual(
    entries.map((entry) => [entry.action, entry.email]),
    [
      ['identity.api_client_created', admin],
      ['identity.api_client_revoked', admin],
    ],
  );
  assert.deepEqual(entries[0]!.summary, {
    name: 'Fachverfahren Gewerbe',
    scopes: ['operations.read'],
    tokenPrefix: token.slice(0, 8),
  });
  assert.ok(!JSON.stringify(entries).includes(token.slice(8)), 'the audit trail never holds the token');
});
