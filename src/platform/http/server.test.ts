import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { createMigratedTestDatabase } from '../../test-database.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import { createTenantResolver } from '../tenancy/tenant-resolver.ts';
import { createTenantsRepository } from '../tenancy/tenants.repository.ts';
import { AppError } from './app-error.ts';
import { createHealthRoutes } from './health.routes.ts';
import { createMetrics } from './metrics.ts';
import { defineRoute } from './route.ts';
import { createServer } from './server.ts';

const secret = 'test-secret-with-at-least-32-characters!!';

async function setup(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await createMigratedTestDatabase<PlatformTables>();
  const db = handle.db as Kysely<PlatformTables>;
  const tenants = createTenantsRepository({ db });
  await tenants.upsert({ slug: 'stadt-a', name: 'Stadt A', hosts: ['a.example'] });
  const metrics = createMetrics();
  const routes = [
    ...createHealthRoutes({ checkReady: async () => {}, metrics, metricsToken: undefined }),
    defineRoute({
      method: 'GET',
      url: '/form',
      access: 'public',
      schema: { hide: true },
      handler: async ({ request }) => ({
        token: request.ctx.csrfToken,
        tenant: request.ctx.tenant?.slug,
        locale: request.ctx.locale,
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/form',
      access: 'public',
      schema: { body: Type.Object({ name: Type.String({ minLength: 2 }) }, { additionalProperties: false }) },
      handler: async ({ body }) => ({ hello: body.name }),
    }),
    defineRoute({
      method: 'GET',
      url: '/staff-only',
      access: { permission: 'staff.area' },
      schema: { hide: true },
      handler: async () => 'secret',
    }),
    defineRoute({
      method: 'GET',
      url: '/slow',
      access: 'public',
      schema: { hide: true },
      handler: async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { finished: true };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/boom',
      access: 'public',
      schema: { hide: true },
      handler: async () => {
        throw new Error('database password is hunter2');
      },
    }),
  ];
  const app = await createServer({
    routes,
    tenantResolver: createTenantResolver({ tenantsRepository: tenants, defaultTenantSlug: undefined }),
    authorize: async (_request, access) => {
      if (access !== 'public')
        throw new AppError('access.unauthenticated', 401, { de: 'Bitte anmelden.', en: 'Please sign in.' });
    },
    secret,
    metrics,
    bodyLimit: 2048,
    rateLimitPerMinute: 1000,
    trustProxy: false,
    logLevel: 'silent',
  });
  t.after(async () => {
    await app.close();
    await handle.close();
  });
  return app;
}

async function csrf(app: Awaited<ReturnType<typeof setup>>) {
  const response = await app.inject({ method: 'GET', url: '/form', headers: { host: 'a.example' } });
  const cookie = response.cookies.find((c) => c.name === 'rathaus_csrf');
  assert.ok(cookie, 'a page that renders a form sets the CSRF cookie');
  return { cookie: `rathaus_csrf=${cookie.value}`, token: (response.json() as { token: string }).token };
}

test('the tenant comes from the host name; an unknown host gets 404 with a stable code', async (t) => {
  const app = await setup(t);
  const known = await app.inject({ url: '/form', headers: { host: 'A.Example:8080' } });
  assert.equal(known.json().tenant, 'stadt-a');
  const unknown = await app.inject({ url: '/form', headers: { host: 'b.example' } });
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json().error.code, 'platform.unknown_tenant');
});

test('a form post without a valid CSRF token is refused with 403 and an explanation', async (t) => {
  const app = await setup(t);
  const { cookie, token } = await csrf(app);
  const missing = await app.inject({
    method: 'POST',
    url: '/form',
    headers: { host: 'a.example', cookie },
    payload: { name: 'Anna' },
  });
  assert.equal(missing.statusCode, 403);
  assert.equal(missing.json().error.code, 'platform.csrf_failed');
  const html = await app.inject({
    method: 'POST',
    url: '/form',
    headers: {
      host: 'a.example',
      cookie,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: 'name=Anna&_csrf=forged',
  });
  assert.equal(html.statusCode, 403);
  assert.match(html.body, /Das Formular ist abgelaufen/);
  const ok = await app.inject({
    method: 'POST',
    url: '/form',
    headers: { host: 'a.example', cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: `name=Anna&_csrf=${encodeURIComponent(token)}`,
  });
  assert.equal(ok.statusCode, 200);
  assert.deepEqual(ok.json(), { hello: 'Anna' });
});

test('invalid input gets 400 with the field named, in the chosen language', async (t) => {
  const app = await setup(t);
  const { cookie, token } = await csrf(app);
  const response = await app.inject({
    method: 'POST',
    url: '/form',
    headers: { host: 'a.example', cookie, 'x-csrf-token': token, 'accept-language': 'en' },
    payload: { name: 'A' },
  });
  assert.equal(response.statusCode, 400);
  const body = response.json();
  assert.equal(body.error.code, 'platform.validation_failed');
  assert.equal(body.error.message, 'The input is not valid.');
  assert.equal(body.error.details[0].field, 'name');
});

test('oversized bodies get 413 and unknown content types 415', async (t) => {
  const app = await setup(t);
  const { cookie, token } = await csrf(app);
  const headers = { host: 'a.example', cookie, 'x-csrf-token': token };
  const large = await app.inject({
    method: 'POST',
    url: '/form',
    headers,
    payload: { name: 'x'.repeat(5000) },
  });
  assert.equal(large.statusCode, 413);
  assert.equal(large.json().error.code, 'platform.body_too_large');
  const xml = await app.inject({
    method: 'POST',
    url: '/form',
    headers: { ...headers, 'content-type': 'application/xml' },
    payload: '<a/>',
  });
  assert.equal(xml.statusCode, 415);
  assert.equal(xml.json().error.code, 'platform.unsupported_media_type');
});

test('unknown routes get a 404 page for browsers and JSON for API clients', async (t) => {
  const app = await setup(t);
  const page = await app.inject({ url: '/nirgendwo', headers: { host: 'a.example', accept: 'text/html' } });
  assert.equal(page.statusCode, 404);
  assert.match(page.headers['content-type'] as string, /text\/html/);
  assert.match(page.body, /<html lang="de"/);
  assert.match(page.body, /Diese Seite gibt es nicht/);
  const api = await app.inject({
    url: '/api/v1/nirgendwo',
    headers: { host: 'a.example', accept: 'text/html' },
  });
  assert.equal(api.json().error.code, 'platform.not_found');
});

test('an internal error answers 500 without leaking details', async (t) => {
  const app = await setup(t);
  const response = await app.inject({ url: '/boom', headers: { host: 'a.example' } });
  assert.equal(response.statusCode, 500);
  assert.equal(response.json().error.code, 'platform.internal');
  assert.doesNotMatch(response.body, /hunter2|Error:|at /);
});

test('every response carries a strict CSP and a request id; a sane incoming request id is kept', async (t) => {
  const app = await setup(t);
  const response = await app.inject({ url: '/health/live', headers: { 'x-request-id': 'abc-123' } });
  const csp = response.headers['content-security-policy'] as string;
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(response.headers['x-request-id'], 'abc-123');
  const hostile = await app.inject({ url: '/health/live', headers: { 'x-request-id': 'a\nb<script>' } });
  assert.notEqual(hostile.headers['x-request-id'], 'a\nb<script>');
});

test('routes that need a permission refuse anonymous requests', async (t) => {
  const app = await setup(t);
  const response = await app.inject({ url: '/staff-only', headers: { host: 'a.example' } });
  assert.equal(response.statusCode, 401);
});

test('metrics are served to localhost only, and count requests by route pattern', async (t) => {
  const app = await setup(t);
  await app.inject({ url: '/health/live' });
  const local = await app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
  assert.equal(local.statusCode, 200);
  assert.match(
    local.body,
    /http_request_duration_seconds_count\{method="GET",route="\/health\/live",status_code="200"\}/,
  );
  const remote = await app.inject({ url: '/metrics', remoteAddress: '203.0.113.7' });
  assert.equal(remote.statusCode, 404);
});

test('the language can be chosen with ?lang= and the choice is kept in a cookie', async (t) => {
  const app = await setup(t);
  const response = await app.inject({ url: '/form?lang=en', headers: { host: 'a.example' } });
  assert.equal(response.json().locale, 'en');
  const cookie = response.cookies.find((c) => c.name === 'lang');
  assert.equal(cookie?.value, 'en');
  const next = await app.inject({ url: '/form', headers: { host: 'a.example', cookie: 'lang=en' } });
  assert.equal(next.json().locale, 'en');
});

test('the OpenAPI document lists the documented routes', async (t) => {
  const app = await setup(t);
  const response = await app.inject({ url: '/api/openapi.json' });
  const document = response.json();
  assert.equal(document.openapi, '3.1.0');
  assert.ok(document.paths['/health/ready']);
  assert.ok(document.paths['/form'].post.requestBody);
});

test('graceful shutdown finishes requests in flight before closing', async (t) => {
  const app = await setup(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port: address.port, path: '/slow', headers: { host: 'a.example' } },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
  });
  await new Promise((resolve) => setTimeout(resolve, 150)); // the request is now inside its handler
  const closed = app.close();
  const response = await inFlight;
  assert.equal(response.status, 200);
  assert.deepEqual(JSON.parse(response.body), { finished: true });
  await closed;
});
