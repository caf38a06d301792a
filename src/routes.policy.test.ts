// Every route of the application against an explicit table of who may use it. A route added without
// an entry here fails this test, and so does a route whose access differs from what the table says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { apiScopes } from './modules/access/index.ts';
import { createAuditTrail } from './modules/audit/index.ts';
import { DEMO_CITIZEN, seedCitizenDemo } from './modules/citizens/index.ts';
import { createApiClient, testPasswordCost, type ApiClientTables } from './modules/identity/index.ts';
import { tenantScope, withTenant } from './platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA, startTestApp } from './test-app.ts';
import { browsers, everyone, staff, type Who } from './routes.policy.who.ts';
import { recordsRouteAccess } from './modules/records/index.ts';
import { portalRouteAccess } from './modules/portal/index.ts';
import { dogTaxRouteAccess } from './modules/dog-tax/index.ts';
import { invoicesRouteAccess } from './modules/invoices/index.ts';
import { lostFoundRouteAccess } from './modules/lost-and-found/index.ts';

const expected: Record<string, Who[]> = {
  'GET /health/live': everyone,
  'GET /health/ready': everyone,
  'GET /metrics': everyone, // answers only to localhost or with METRICS_TOKEN; not a per-person permission
  'GET /intern/anmelden': everyone,
  'POST /intern/anmelden': everyone,
  'GET /intern/anmelden/oidc': everyone,
  'GET /intern/anmelden/oidc/callback': everyone,
  'POST /intern/abmelden': everyone,
  'GET /intern/anmelden/code': everyone,
  'POST /intern/anmelden/code': browsers,
  'GET /intern/konto/zwei-faktor': staff,
  'POST /intern/konto/zwei-faktor': staff,
  'POST /intern/konto/zwei-faktor/deaktivieren': staff,
  'GET /intern': staff,
  'GET /intern/betrieb/auftraege': ['admin'],
  'GET /intern/protokoll': ['records_manager', 'admin'],
  'POST /intern/betrieb/auftraege/:id/wiederholen': ['admin'],
  'GET /intern/betrieb/postausgang': ['admin'],
  'GET /intern/betrieb/postausgang/:id': ['admin'],
  'GET /intern/verwaltung/api-clients': ['admin'],
  'POST /intern/verwaltung/api-clients': ['admin'],
  'POST /intern/verwaltung/api-clients/:id/widerrufen': ['admin'],
  'GET /api/v1/me': [...staff, 'api_client'],
  'GET /konto/registrieren': everyone,
  'POST /konto/registrieren': browsers,
  'GET /konto/bestaetigen': everyone,
  'POST /konto/bestaetigen': browsers,
  'GET /konto/anmelden': everyone,
  'POST /konto/anmelden': browsers,
  'POST /konto/abmelden': browsers,
  'GET /konto/passwort-vergessen': everyone,
  'POST /konto/passwort-vergessen': browsers,
  'GET /konto/passwort-neu': everyone,
  'POST /konto/passwort-neu': browsers,
  // Citizens only (citizen.account): no staff role and no API scope reaches it.
  'GET /konto': ['citizen'],
  'POST /konto': ['citizen'],
  // Citizen sign-in through BundID (404 while no CITIZEN_OIDC_ISSUER is set, which is not a refusal).
  'GET /konto/anmelden/bundid': everyone,
  'GET /konto/anmelden/bundid/callback': everyone,
  // Business accounts: every citizen (citizen.account); membership and role are checked in the use
  // cases, so a company the citizen does not belong to answers 404.
  'GET /konto/unternehmen': ['citizen'],
  'POST /konto/unternehmen/handeln-fuer': ['citizen'],
  'GET /konto/unternehmen/neu': ['citizen'],
  'POST /konto/unternehmen/neu': ['citizen'],
  'GET /konto/unternehmen/einladung': ['citizen'],
  'POST /konto/unternehmen/einladung': ['citizen'],
  'GET /konto/unternehmen/:id': ['citizen'],
  'GET /konto/unternehmen/:id/bearbeiten': ['citizen'],
  'POST /konto/unternehmen/:id/bearbeiten': ['citizen'],
  'POST /konto/unternehmen/:id/einladen': ['citizen'],
  'POST /konto/unternehmen/:id/mitglieder/:memberId/rolle': ['citizen'],
  'POST /konto/unternehmen/:id/mitglieder/:memberId/entfernen': ['citizen'],
  'GET /intern/verwaltung/aemter': ['admin'],
  'POST /intern/verwaltung/aemter': ['admin'],
  'POST /intern/verwaltung/aemter/:id/umbenennen': ['admin'],
  'GET /intern/verwaltung/personen': ['admin'],
  'POST /intern/verwaltung/personen': ['admin'],
  'GET /intern/verwaltung/personen/:id': ['admin'],
  'POST /intern/verwaltung/personen/:id/deaktivieren': ['admin'],
  'POST /intern/verwaltung/personen/:id/reaktivieren': ['admin'],
  'POST /intern/verwaltung/personen/:id/rollen': ['admin'],
  'POST /intern/verwaltung/personen/:id/rollen/entziehen': ['admin'],
  'GET /intern/konto/vertretung': staff,
  'POST /intern/konto/vertretung': staff,
  'POST /intern/konto/vertretung/:id/beenden': staff,
  ...recordsRouteAccess,
  ...portalRouteAccess,
  ...dogTaxRouteAccess,
  ...invoicesRouteAccess,
  ...lostFoundRouteAccess,
};

// One demo person per role (see the identity seed).
const logins: Record<Exclude<Who, 'anonymous' | 'api_client' | 'citizen'>, string> = {
  admin: 'katrin.hoffmann@leichlingen.example',
  clerk: 'jonas.becker@leichlingen.example',
  head_of_department: 'michael.braun@leichlingen.example',
  records_manager: 'sabine.wagner@leichlingen.example',
  treasury: 'thomas.krueger@leichlingen.example',
  council_office: 'petra.schmitz@leichlingen.example',
};

async function staffIdOf(db: Kysely<unknown>, tenantId: string, email: string): Promise<string> {
  const { rows } = await withTenant(db, tenantId, (trx) =>
    sql<{ id: string }>`select id from identity_staff where email = ${email}`.execute(trx),
  );
  return rows[0]!.id;
}

test('every route is in the expected access table, and the table lists no route that does not exist', async (t) => {
  const { server } = await startTestApp(t);
  const actual = server.rathausRoutes.map((route) => `${route.method} ${route.url}`);
  assert.deepEqual([...actual].sort(), Object.keys(expected).sort());
});

test('each role may use exactly the routes the table allows it', async (t) => {
  const { server, db, tenantA } = await startTestApp(t, { rateLimitPerMinute: 1_000_000 });
  const sessions = new Map<Who, { browser: ReturnType<typeof createBrowser>; csrf: string }>();
  // Everyone comes from an address of their own, as people do: the per-address limits of the sign-in and
  // registration forms (a few tries a minute) then count each person's single request, not all of them.
  const addressOf = (who: Who) => `10.0.0.${everyone.indexOf(who) + 1}`;
  for (const who of everyone) {
    const browser = createBrowser(server, hostA, { remoteAddress: addressOf(who) });
    const csrf = csrfTokenIn((await browser.get('/intern/anmelden')).body);
    if (who === 'citizen') {
      await seedCitizenDemo({ db, tenantId: tenantA.id, passwordCost: testPasswordCost });
      await browser.submit('/konto/anmelden', '/konto/anmelden', DEMO_CITIZEN);
    } else if (who !== 'anonymous' && who !== 'api_client') await browser.signIn(logins[who], DEMO_PASSWORD);
    sessions.set(who, { browser, csrf });
  }
  const { client } = await createApiClient({
    scope: tenantScope(db as Kysely<ApiClientTables>, tenantA.id),
    name: 'Alle Berechtigungen',
    scopes: [...apiScopes],
    audit: createAuditTrail(),
    actor: { type: 'staff', id: await staffIdOf(db, tenantA.id, logins.admin) },
    now: new Date(),
  });
  const token = client.token;
  // The machine sends its token and nothing a browser would: no cookies, no CSRF token.
  const asApiClient = (method: 'GET' | 'POST', url: string) =>
    server.inject({
      method,
      url,
      headers: { host: hostA, authorization: `Bearer ${token}` },
      remoteAddress: addressOf('api_client'),
    });
  for (const route of server.rathausRoutes) {
    const key = `${route.method} ${route.url}`;
    // Every path parameter gets a well-formed id that names nothing: access is decided before the lookup.
    const url = route.url.replaceAll(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
    for (const who of everyone) {
      const { browser, csrf } = sessions.get(who)!;
      // Signing out would end the session the rest of the loop needs; its access is public anyway.
      if (
        key === 'POST /intern/abmelden' ||
        key === 'POST /intern/anmelden' ||
        key === 'POST /konto/abmelden'
      )
        continue;
      const response =
        who === 'api_client'
          ? await asApiClient(route.method === 'GET' ? 'GET' : 'POST', url)
          : route.method === 'GET'
            ? await browser.get(url)
            : await browser.post(url, { _csrf: csrf });
      const refused =
        response.statusCode === 401 ||
        response.statusCode === 403 ||
        (response.statusCode === 303 &&
          /^\/(intern|konto)\/anmelden/.test(String(response.headers.location)));
      const allowed = expected[key]!.includes(who);
      assert.equal(!refused, allowed, `${key} as ${who}: status ${response.statusCode}`);
    }
  }
});
