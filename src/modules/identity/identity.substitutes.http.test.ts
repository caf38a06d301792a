import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { hasPermission, onBehalfOf, type StaffActor } from '../access/index.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';
import { localDay, parseDay } from './identity.substitutes.usecases.ts';

const admin = 'katrin.hoffmann@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

const idOf = async (db: Kysely<unknown>, tenantId: string, email: string) =>
  withTenant(
    db,
    tenantId,
    async (trx) =>
      (await sql<{ id: string }>`select id from identity_staff where email = ${email}`.execute(trx)).rows[0]!
        .id,
  );

test('a day is read as YYYY-MM-DD or TT.MM.JJJJ, and today is the day in Berlin', () => {
  assert.equal(parseDay('05.03.2026'), '2026-03-05');
  assert.equal(parseDay('2026-02-30'), undefined);
  assert.equal(localDay(new Date('2026-03-01T23:30:00Z')), '2026-03-02');
});

test('onBehalfOf names the absent person only when the permission comes through the substitution alone', () => {
  const base: StaffActor = {
    kind: 'staff',
    id: 'c',
    tenantId: 't',
    displayName: 'C',
    roles: [{ role: 'clerk', departmentId: 'd' }],
  };
  const acting = {
    ...base,
    actingFor: [{ staffId: 'a', displayName: 'A', roles: [{ role: 'admin' as const, departmentId: 'd' }] }],
  };
  assert.equal(hasPermission(base, 'identity.administer'), false);
  assert.equal(hasPermission(acting, 'identity.administer'), true);
  assert.equal(onBehalfOf(acting, 'identity.administer'), 'a');
  assert.equal(onBehalfOf(acting, 'staff.area'), undefined, 'held personally');
});

test("a substitute has the absent admin's rights only inside the range, and acts recorded on behalf of her", async (t) => {
  const { server, db, tenantA, clock } = await startTestApp(t);
  const adminBrowser = createBrowser(server, hostA);
  await adminBrowser.signIn(admin, DEMO_PASSWORD);
  const clerkId = await idOf(db, tenantA.id, clerk);
  const adminId = await idOf(db, tenantA.id, admin);
  // The clock stands at 2026-03-02; the admin is away from 04.03. to 06.03.
  const named = await adminBrowser.submit('/intern/konto/vertretung', '/intern/konto/vertretung', {
    substituteStaffId: clerkId,
    from: '04.03.2026',
    until: '2026-03-06',
  });
  assert.equal(named.statusCode, 303);
  assert.match(
    (await adminBrowser.get('/intern/konto/vertretung')).body,
    /Jonas Becker: 2026-03-04 bis 2026-03-06/,
  );

  const clerkBrowser = createBrowser(server, hostA);
  await clerkBrowser.signIn(clerk, DEMO_PASSWORD);
  assert.equal((await clerkBrowser.get('/intern/verwaltung/aemter')).statusCode, 403, 'before the range');

  // Sessions last at most 10 hours: sign in again on each day.
  clock.advance(2 * 86_400_000); // 2026-03-04
  await clerkBrowser.signIn(clerk, DEMO_PASSWORD);
  assert.equal((await clerkBrowser.get('/intern/verwaltung/aemter')).statusCode, 200, 'inside the range');
  const created = await clerkBrowser.submit('/intern/verwaltung/aemter', '/intern/verwaltung/aemter', {
    number: '99',
    name: 'Vertretungsamt',
  });
  assert.equal(created.statusCode, 303);
  const [entry] = await withTenant(
    db,
    tenantA.id,
    async (trx) =>
      (
        await sql<{
          actor_id: string;
          on_behalf_of: string | null;
        }>`select actor_id, on_behalf_of from audit_entries where action = 'identity.department_created'`.execute(
          trx,
        )
      ).rows,
  );
  assert.equal(entry!.actor_id, clerkId);
  assert.equal(entry!.on_behalf_of, adminId);

  clock.advance(3 * 86_400_000); // 2026-03-07, the day after the range
  await clerkBrowser.signIn(clerk, DEMO_PASSWORD);
  assert.equal((await clerkBrowser.get('/intern/verwaltung/aemter')).statusCode, 403, 'after the range');
});

test('a clerk cannot name a substitute for someone else', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const browser = createBrowser(server, hostA);
  await browser.signIn(clerk, DEMO_PASSWORD);
  const adminId = await idOf(db, tenantA.id, admin);
  const clerkId = await idOf(db, tenantA.id, clerk);
  const response = await browser.submit('/intern/konto/vertretung', '/intern/konto/vertretung', {
    absentStaffId: adminId,
    substituteStaffId: clerkId,
    from: '2026-03-02',
    until: '2026-03-03',
  });
  assert.equal(response.statusCode, 403);
});

test('ending a substitution early takes the rights away at once; a future one is withdrawn; both audited', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  const adminBrowser = createBrowser(server, hostA);
  await adminBrowser.signIn(admin, DEMO_PASSWORD);
  const clerkId = await idOf(db, tenantA.id, clerk);
  // The clock stands at 2026-03-02: one substitution running since today… until the 10th, one next month.
  for (const [from, until] of [
    ['2026-03-01', '2026-03-10'],
    ['2026-04-01', '2026-04-03'],
  ])
    await adminBrowser.submit('/intern/konto/vertretung', '/intern/konto/vertretung', {
      substituteStaffId: clerkId,
      from: from!,
      until: until!,
    });
  const clerkBrowser = createBrowser(server, hostA);
  await clerkBrowser.signIn(clerk, DEMO_PASSWORD);
  assert.equal((await clerkBrowser.get('/intern/verwaltung/aemter')).statusCode, 200, 'acting for the admin');

  const rows = async () =>
    withTenant(
      db,
      tenantA.id,
      async (trx) =>
        (
          await sql<{ id: string; from: string; until: string }>`
            select id, from_date::text as from, until_date::text as until
            from identity_substitutes order by from_date`.execute(trx)
        ).rows,
    );
  const [running, future] = await rows();

  // Someone neither absent nor administrator may not end it: to them it does not exist.
  const headBrowser = createBrowser(server, hostA);
  await headBrowser.signIn('michael.braun@leichlingen.example', DEMO_PASSWORD);
  const foreign = await headBrowser.submit(
    '/intern/konto/vertretung',
    `/intern/konto/vertretung/${running!.id}/beenden`,
    {},
  );
  assert.equal(foreign.statusCode, 404);

  const page = await adminBrowser.get('/intern/konto/vertretung');
  assert.match(
    page.body,
    /aria-label="Vertretung durch Jonas Becker \(2026-03-01 bis 2026-03-10\) jetzt beenden"/,
  );
  for (const id of [running!.id, future!.id]) {
    const ended = await adminBrowser.submit(
      '/intern/konto/vertretung',
      `/intern/konto/vertretung/${id}/beenden`,
      {},
    );
    assert.equal(ended.statusCode, 303);
    assert.match(
      (await adminBrowser.get(String(ended.headers.location))).body,
      /Die Vertretung wurde beendet/,
    );
  }
  assert.deepEqual(await rows(), [{ id: running!.id, from: '2026-03-01', until: '2026-03-01' }]);
  assert.equal((await clerkBrowser.get('/intern/verwaltung/aemter')).statusCode, 403, 'no longer acting');

  const audited = await withTenant(
    db,
    tenantA.id,
    async (trx) =>
      (
        await sql<{ summary: { outcome: string; endedOn: string } }>`
          select summary from audit_entries where action = 'identity.substitute_ended' order by seq`.execute(
          trx,
        )
      ).rows,
  );
  assert.deepEqual(
    audited.map((entry) => [entry.summary.outcome, entry.summary.endedOn]),
    [
      ['ended', '2026-03-02'],
      ['withdrawn', '2026-03-02'],
    ],
  );
});
