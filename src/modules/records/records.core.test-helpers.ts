// Shared by the records core tests: the app with the demo file plan in both towns, signed-in browsers,
// API tokens, and small SQL look-ups by code, number and e-mail.
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import type { ApiScope } from '../access/index.ts';
import { createAuditTrail } from '../audit/index.ts';
import { createApiClient, type ApiClientTables } from '../identity/index.ts';
import { tenantScope, withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA, startTestApp } from '../../test-app.ts';
import { seedRecordsDemo } from './records.seed.ts';

export type RecordsApp = Awaited<ReturnType<typeof startTestApp>>;

export const people = {
  admin: 'katrin.hoffmann@leichlingen.example',
  clerk32: 'jonas.becker@leichlingen.example',
  clerk50: 'aylin.yilmaz@leichlingen.example',
  head32: 'michael.braun@leichlingen.example',
  registry: 'sabine.wagner@leichlingen.example',
  treasury: 'thomas.krueger@leichlingen.example',
  head63: 'lukas.weber@leichlingen.example',
};

export async function startRecordsApp(t: { after: (fn: () => Promise<void>) => void }) {
  const app = await startTestApp(t);
  for (const tenant of [app.tenantA, app.tenantB]) await seedRecordsDemo({ db: app.db, tenantId: tenant.id });
  return app;
}

export async function rows<T>(
  db: Kysely<unknown>,
  tenantId: string,
  query: ReturnType<typeof sql<T>>,
): Promise<T[]> {
  return withTenant(db, tenantId, async (trx) => (await query.execute(trx)).rows);
}

export async function nodeId(db: Kysely<unknown>, tenantId: string, code: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    tenantId,
    sql`select id from records_plan_nodes where code = ${code}`,
  );
  assert.ok(row, `plan node ${code}`);
  return row.id;
}

export async function departmentId(db: Kysely<unknown>, tenantId: string, number: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    tenantId,
    sql`select id from identity_departments where number = ${number}`,
  );
  assert.ok(row, `department ${number}`);
  return row.id;
}

export async function staffId(db: Kysely<unknown>, tenantId: string, email: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    tenantId,
    sql`select id from identity_staff where email = ${email}`,
  );
  assert.ok(row, `staff ${email}`);
  return row.id;
}

export async function auditActions(
  db: Kysely<unknown>,
  tenantId: string,
  objectId: string,
): Promise<string[]> {
  const entries = await rows<{ action: string }>(
    db,
    tenantId,
    sql`select action from audit_entries where object_id = ${objectId} order by seq`,
  );
  return entries.map((entry) => entry.action);
}

export async function signedIn(app: RecordsApp, email: string, host = hostA) {
  const browser = createBrowser(app.server, host);
  const response = await browser.signIn(email, DEMO_PASSWORD);
  assert.equal(response.statusCode, 303, `sign-in of ${email}`);
  return browser;
}

export type Browser = Awaited<ReturnType<typeof signedIn>>;

/** Posts a form the way the page would, with a CSRF token from `pageUrl`. */
export async function post(browser: Browser, pageUrl: string, action: string, form: Record<string, string>) {
  return browser.submit(pageUrl, action, form);
}

/** The id at the end of a redirect's location (…/akten/<id>?ergebnis=…). */
export function idFromLocation(location: unknown): string {
  const match = /\/([0-9a-f-]{36})(?:\?|$)/.exec(String(location));
  assert.ok(match?.[1], `location ${String(location)}`);
  return match[1];
}

/** Creates a file through the page form and returns its id. */
export async function createFileAs(
  browser: Browser,
  form: { planNodeId: string; title: string; departmentId: string } & Record<string, string>,
): Promise<string> {
  const response = await post(browser, '/intern/akten/neu', '/intern/akten', form);
  assert.equal(response.statusCode, 303, response.body.slice(0, 2000));
  return idFromLocation(response.headers.location);
}

export async function createCaseAs(browser: Browser, fileId: string, title: string): Promise<string> {
  const response = await post(browser, `/intern/akten/${fileId}`, `/intern/akten/${fileId}/vorgaenge`, {
    title,
  });
  assert.equal(response.statusCode, 303, response.body.slice(0, 2000));
  return idFromLocation(response.headers.location);
}

export async function apiToken(app: RecordsApp, scopes: ApiScope[], tenant = app.tenantA): Promise<string> {
  const { client } = await createApiClient({
    scope: tenantScope(app.db as Kysely<ApiClientTables>, tenant.id),
    name: `Fachverfahren ${scopes.join(' ')}`,
    scopes,
    audit: createAuditTrail(),
    actor: { type: 'staff', id: await staffId(app.db, tenant.id, people.admin) },
    now: new Date(),
  });
  return client.token;
}

export function api(app: RecordsApp, token: string, host = hostA) {
  const headers = { host, authorization: `Bearer ${token}` };
  return {
    get: (url: string) => app.server.inject({ method: 'GET', url, headers }),
    post: (url: string, payload: unknown) =>
      app.server.inject({ method: 'POST', url, headers, payload: payload as object }),
  };
}

export { csrfTokenIn };
