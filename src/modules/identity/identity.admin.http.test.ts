import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';

const admin = 'katrin.hoffmann@leichlingen.example';
const head = 'michael.braun@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

async function query<T>(db: Kysely<unknown>, tenantId: string, text: string, ...values: unknown[]) {
  const parts = text.split('?');
  const statement = sql.join(
    parts.flatMap((part, i) => (i < values.length ? [sql.raw(part), sql`${values[i]}`] : [sql.raw(part)])),
    sql``,
  );
  return withTenant(db, tenantId, async (trx) => (await sql<T>`${statement}`.execute(trx)).rows);
}
const idOf = async (db: Kysely<unknown>, tenantId: string, email: string) =>
  (await query<{ id: string }>(db, tenantId, 'select id from identity_staff where email = ?', email))[0]!.id;

test('an admin creates a department under a parent; the tree shows it and the audit trail records it', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(admin, DEMO_PASSWORD);
  const parent = (
    await query<{ id: string }>(db, tenantA.id, "select id from identity_departments where number = '32'")
  )[0]!.id;
  const created = await browser.submit('/intern/verwaltung/aemter', '/intern/verwaltung/aemter', {
    number: '32.2',
    name: 'Gewerbeamt',
    parentId: parent,
  });
  assert.equal(created.statusCode, 303);
  const page = await browser.get(String(created.headers.location));
  assert.match(page.body, /value="Gewerbeamt"/);
  const entries = await query<{ action: string }>(
    db,
    tenantA.id,
    "select action from audit_entries where action like 'identity.department%'",
  );
  assert.deepEqual(
    entries.map((e) => e.action),
    ['identity.department_created'],
  );

  const duplicate = await browser.submit('/intern/verwaltung/aemter', '/intern/verwaltung/aemter', {
    number: '32.2',
    name: 'Doppelt',
  });
  assert.equal(duplicate.statusCode, 400);
  assert.match(duplicate.body, /id="error-summary"/);
  assert.match(duplicate.body, /href="#number">Diese Nummer ist bereits vergeben/);
});

test('an admin adds a person, gives a role, and deactivates the account; each change is audited', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(admin, DEMO_PASSWORD);
  const created = await browser.submit('/intern/verwaltung/personen', '/intern/verwaltung/personen', {
    displayName: 'Neue Kollegin',
    email: 'Neue.Kollegin@leichlingen.example',
    password: 'ein-langes-Passwort',
  });
  assert.equal(created.statusCode, 303);
  const personUrl = String(created.headers.location).split('?')[0]!;
  const department = (
    await query<{ id: string }>(db, tenantA.id, "select id from identity_departments where number = '50'")
  )[0]!.id;
  assert.equal(
    (await browser.submit(personUrl, `${personUrl}/rollen`, { departmentId: department, role: 'clerk' }))
      .statusCode,
    303,
  );
  assert.equal((await browser.submit(personUrl, `${personUrl}/deaktivieren`, {})).statusCode, 303);
  const person = createBrowser(server, hostA);
  const login = await person.signIn('neue.kollegin@leichlingen.example', 'ein-langes-Passwort');
  assert.equal(login.statusCode, 400, 'a deactivated account cannot sign in');
  const actions = await query<{ action: string }>(
    db,
    tenantA.id,
    "select action from audit_entries where action like 'identity.%' and action not like 'identity.login%' order by seq",
  );
  assert.deepEqual(
    actions.map((a) => a.action),
    ['identity.staff_created', 'identity.role_granted', 'identity.staff_deactivated'],
  );
  const list = await browser.get('/intern/verwaltung/personen');
  assert.match(list.body, /Neue Kollegin/);
  assert.match(list.body, /deaktiviert/);
});

test('a head of department cannot grant themselves admin: 403 and nothing changes', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(head, DEMO_PASSWORD);
  const headId = await idOf(db, tenantA.id, head);
  const department = (
    await query<{ id: string }>(db, tenantA.id, "select id from identity_departments where number = '32'")
  )[0]!.id;
  const response = await browser.submit('/intern', `/intern/verwaltung/personen/${headId}/rollen`, {
    departmentId: department,
    role: 'admin',
  });
  assert.equal(response.statusCode, 403);
  const roles = await query<{ role: string }>(
    db,
    tenantA.id,
    'select role from identity_staff_roles where staff_id = ?',
    headId,
  );
  assert.deepEqual(
    roles.map((r) => r.role),
    ['head_of_department'],
  );
  const audited = await query(
    db,
    tenantA.id,
    "select 1 from audit_entries where action = 'identity.role_granted'",
  );
  assert.equal(audited.length, 0);
});

test('an admin cannot remove their own last admin role', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(admin, DEMO_PASSWORD);
  const adminId = await idOf(db, tenantA.id, admin);
  const [grant] = await query<{ department_id: string }>(
    db,
    tenantA.id,
    "select department_id from identity_staff_roles where staff_id = ? and role = 'admin'",
    adminId,
  );
  const url = `/intern/verwaltung/personen/${adminId}`;
  const response = await browser.submit(url, `${url}/rollen/entziehen`, {
    departmentId: grant!.department_id,
    role: 'admin',
  });
  assert.equal(response.statusCode, 409);
  const still = await query(
    db,
    tenantA.id,
    "select 1 from identity_staff_roles where staff_id = ? and role = 'admin'",
    adminId,
  );
  assert.equal(still.length, 1);
  // Removing another person's role works.
  const clerkId = await idOf(db, tenantA.id, clerk);
  const [clerkGrant] = await query<{ department_id: string }>(
    db,
    tenantA.id,
    'select department_id from identity_staff_roles where staff_id = ?',
    clerkId,
  );
  const other = `/intern/verwaltung/personen/${clerkId}`;
  assert.equal(
    (
      await browser.submit(other, `${other}/rollen/entziehen`, {
        departmentId: clerkGrant!.department_id,
        role: 'clerk',
      })
    ).statusCode,
    303,
  );
});
