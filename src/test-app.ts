// The whole application in-process for HTTP tests: built by app.ts exactly as `rathaus serve` builds
// it, on a fresh test database with two municipalities and a settable clock; plus a small browser
// (cookie jar, CSRF field) to drive it through app.inject.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildHttpServer, openPlatform } from './app.ts';
import { loadConfig } from './config.ts';
import { DEMO_PASSWORD, LOGIN_PATH, seedIdentityDemo, testPasswordCost } from './modules/identity/index.ts';
import type { PlatformTables } from './platform/db/platform-tables.ts';
import { createTenantsRepository } from './platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from './test-database.ts';

export const hostA = 'leichlingen.test';
export const hostB = 'burscheid.test';
export { DEMO_PASSWORD };

export function createTestClock(start = new Date('2026-03-02T08:00:00Z')) {
  let current = start;
  return {
    now: () => current,
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
  };
}

export async function startTestApp(
  t: { after: (fn: () => Promise<void>) => void },
  {
    publicUrl,
    rateLimitPerMinute,
  }: {
    publicUrl?: string;
    /** Tests that walk every route as every role send thousands of requests from one address. */
    rateLimitPerMinute?: number;
  } = {},
) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-identity-'));
  const database = await createMigratedTestDatabase<unknown>();
  const config = loadConfig(
    {},
    {
      core: { dataDir },
      http: {
        logLevel: 'silent',
        defaultTenant: undefined,
        publicUrl,
        ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}),
      },
    },
  );
  const platform = await openPlatform(config, { database });
  const tenants = createTenantsRepository({ db: database.db as Kysely<PlatformTables> });
  const tenantA = await tenants.upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [hostA],
  });
  const tenantB = await tenants.upsert({ slug: 'burscheid', name: 'Stadt Burscheid', hosts: [hostB] });
  // Both towns get the same demo people, so the same e-mail and password exist in each.
  for (const tenant of [tenantA, tenantB]) {
    await seedIdentityDemo({ db: database.db, tenantId: tenant.id, passwordCost: testPasswordCost });
  }
  const clock = createTestClock();
  const server = await buildHttpServer(platform, { now: clock.now });
  t.after(async () => {
    await server.close();
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { server, platform, db: database.db, clock, tenantA, tenantB };
}

export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('page has no CSRF field');
  return match[1];
}

/**
 * A browser of one host: keeps cookies like a browser does and sends forms as urlencoded bodies.
 * `remoteAddress` sets the client address the server sees (rate limits count per address).
 */
export function createBrowser(
  server: FastifyInstance,
  host: string,
  { remoteAddress }: { remoteAddress?: string } = {},
) {
  const jar = new Map<string, string>();
  async function send(
    method: 'GET' | 'POST',
    url: string,
    form?: Record<string, string>,
  ): Promise<LightMyRequestResponse> {
    const response = await server.inject({
      method,
      url,
      headers: {
        host,
        accept: 'text/html',
        ...(jar.size > 0 ? { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
      ...(remoteAddress ? { remoteAddress } : {}),
    });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
    return response;
  }
  return {
    jar,
    get: (url: string) => send('GET', url),
    post: (url: string, form: Record<string, string>) => send('POST', url, form),
    /** Fetches `pageUrl` and posts `form` to `action` with the page's CSRF token, as a person would. */
    async submit(pageUrl: string, action: string, form: Record<string, string>) {
      const page = await send('GET', pageUrl);
      return send('POST', action, { ...form, _csrf: csrfTokenIn(page.body) });
    },
    async signIn(email: string, password: string, returnTo?: string) {
      return this.submit(LOGIN_PATH, LOGIN_PATH, {
        email,
        password,
        ...(returnTo !== undefined ? { returnTo } : {}),
      });
    },
  };
}
