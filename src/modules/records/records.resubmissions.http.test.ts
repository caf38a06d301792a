import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';
import {
  auditOf,
  grantRole,
  nameSubstitute,
  query,
  seedCaseWithDocument,
  staffIdOf,
} from './records.workflow.test-fixtures.ts';

const jonas = 'jonas.becker@leichlingen.example';
const aylin = 'aylin.yilmaz@leichlingen.example';
const thomas = 'thomas.krueger@leichlingen.example';

type App = Awaited<ReturnType<typeof startTestApp>>;

async function signedIn(app: App, email: string) {
  const browser = createBrowser(app.server, hostA);
  assert.equal((await browser.signIn(email, DEMO_PASSWORD)).statusCode, 303);
  return browser;
}

const formOf = (caseId: string) => `/intern/vorgaenge/${caseId}/wiedervorlage`;

// The test clock stands at 2026-03-02 (Monday) 09:00 in Leichlingen.
test('a resubmission is set for today or later with a short note; mistakes come back with plain messages', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { caseId } = await seedCaseWithDocument(db, tenantA.id, { department: '32.1' });
  const browser = await signedIn(app, jonas);

  const past = await browser.submit(formOf(caseId), formOf(caseId), { dueOn: '01.03.2026', note: '' });
  assert.equal(past.statusCode, 400);
  assert.match(past.body, /href="#dueOn">Das Datum darf nicht in der Vergangenheit liegen/);
  const long = await browser.submit(formOf(caseId), formOf(caseId), {
    dueOn: '2026-03-02',
    note: 'x'.repeat(1001),
  });
  assert.equal(long.statusCode, 400);
  assert.match(long.body, /href="#note">Die Notiz darf höchstens 1000 Zeichen lang sein/);
  const nonsense = await browser.submit(formOf(caseId), formOf(caseId), { dueOn: '31.02.2026' });
  assert.match(nonsense.body, /Bitte geben Sie ein gültiges Datum ein/);

  const set = await browser.submit(formOf(caseId), formOf(caseId), {
    dueOn: '02.03.2026',
    note: 'Unterlagen da?',
  });
  assert.equal(set.statusCode, 303);
  const page = await browser.get(String(set.headers.location));
  assert.match(page.body, /Die Wiedervorlage wurde gesetzt/);
  assert.match(page.body, /02\.03\.2026 für Jonas Becker: Unterlagen da\?/);
  const [entry] = await auditOf(db, tenantA.id, 'records.resubmission_set');
  assert.equal(entry?.object_type, 'case');
  assert.equal(entry?.object_id, caseId);
  assert.equal(entry?.summary.dueOn, '2026-03-02');
  assert.equal(entry?.summary.withNote, true);
});

test('a clerk puts a case on a colleague’s desk only if the colleague works in its department', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { caseId } = await seedCaseWithDocument(db, tenantA.id, { department: '32.1' });
  await grantRole(db, tenantA.id, aylin, '32.1', 'clerk');
  const browser = await signedIn(app, jonas);
  const aylinId = await staffIdOf(db, tenantA.id, aylin);
  const form = await browser.get(formOf(caseId));
  assert.match(form.body, new RegExp(`<option value="${aylinId}">Aylin Yılmaz</option>`));
  const outsider = await browser.submit(formOf(caseId), formOf(caseId), {
    staffId: await staffIdOf(db, tenantA.id, thomas),
    dueOn: '2026-03-05',
  });
  assert.equal(outsider.statusCode, 400);
  assert.match(outsider.body, /eine Kollegin bzw\. einen Kollegen des zuständigen Amts/);
  const colleague = await browser.submit(formOf(caseId), formOf(caseId), {
    staffId: aylinId,
    dueOn: '2026-03-05',
  });
  assert.equal(colleague.statusCode, 303);
  const list = await (await signedIn(app, aylin)).get('/intern/wiedervorlagen');
  assert.match(list.body, /Testvorgang/);
  assert.match(list.body, /gesetzt von Jonas Becker/);
});

test('a case the person may not see answers 404 and takes no resubmission', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCaseWithDocument(app.db, app.tenantA.id, { department: '32.1' });
  const browser = await signedIn(app, thomas);
  assert.equal((await browser.get(formOf(caseId))).statusCode, 404);
  const csrf = /name="_csrf" value="([^"]+)"/.exec((await browser.get('/intern/wiedervorlagen')).body)![1]!;
  assert.equal((await browser.post(formOf(caseId), { _csrf: csrf, dueOn: '2026-03-05' })).statusCode, 404);
});

test('my resubmissions list what is due first (overdue, today), then what comes; done ones leave the list', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const jonasId = await staffIdOf(db, tenantA.id, jonas);
  const cases: Record<string, string> = {};
  // Inserted out of order; one overdue since Friday (a form refuses past days, so written directly).
  for (const [title, due] of [
    ['Fall in fünf Tagen', '2026-03-07'],
    ['Fall von heute', '2026-03-02'],
    ['Fall von morgen', '2026-03-03'],
    ['Fall seit Freitag', '2026-02-27'],
  ] as const) {
    const { caseId } = await seedCaseWithDocument(db, tenantA.id, { department: '32.1', caseTitle: title });
    cases[title] = caseId;
    await query(
      db,
      tenantA.id,
      sql`insert into records_resubmissions (tenant_id, case_id, staff_id, due_on, created_at, created_by)
        values (app_tenant_id(), ${caseId}, ${jonasId}, ${due}, now(), ${jonasId})`,
    );
  }
  const browser = await signedIn(app, jonas);
  const page = (await browser.get('/intern/wiedervorlagen')).body;
  const order = ['Fall seit Freitag', 'Fall von heute', 'Fall von morgen', 'Fall in fünf Tagen'].map(
    (title) => page.indexOf(title),
  );
  assert.ok(
    order.every((at) => at > 0),
    'all four are listed',
  );
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
    'by due day',
  );
  const due = page.slice(page.indexOf('id="due-heading"'), page.indexOf('id="upcoming-heading"'));
  assert.match(due, /Fall seit Freitag[\s\S]*überfällig|überfällig[\s\S]*Fall seit Freitag/);
  assert.match(due, /Fall von heute/);
  assert.doesNotMatch(due, /Fall von morgen/, 'tomorrow is upcoming, not due');

  const [overdue] = await query(
    db,
    tenantA.id,
    sql<{ id: string }>`select id from records_resubmissions where case_id = ${cases['Fall seit Freitag']!}`,
  );
  const other = await signedIn(app, aylin);
  const foreign = await other.submit(
    '/intern/wiedervorlagen',
    `/intern/wiedervorlagen/${overdue!.id}/erledigt`,
    {},
  );
  assert.equal(foreign.statusCode, 404, 'someone else’s resubmission is not theirs to mark');
  const done = await browser.submit(
    '/intern/wiedervorlagen',
    `/intern/wiedervorlagen/${overdue!.id}/erledigt`,
    {},
  );
  assert.equal(done.statusCode, 303);
  const after = (await browser.get(String(done.headers.location))).body;
  assert.match(after, /als erledigt vermerkt/);
  assert.doesNotMatch(after, /Fall seit Freitag/);
  const again = await browser.submit(
    '/intern/wiedervorlagen',
    `/intern/wiedervorlagen/${overdue!.id}/erledigt`,
    {},
  );
  assert.equal(again.statusCode, 303, 'marking twice is harmless');
  assert.equal((await auditOf(db, tenantA.id, 'records.resubmission_done')).length, 1);
});

test('a substitute sees the absent colleague’s resubmissions and marks them done on their behalf', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { caseId } = await seedCaseWithDocument(db, tenantA.id, {
    department: '32.1',
    caseTitle: 'Urlaubsvertretung',
  });
  const owner = await signedIn(app, jonas);
  assert.equal((await owner.submit(formOf(caseId), formOf(caseId), { dueOn: '2026-03-02' })).statusCode, 303);
  await nameSubstitute(db, tenantA.id, jonas, aylin);
  const substitute = await signedIn(app, aylin);
  const list = (await substitute.get('/intern/wiedervorlagen')).body;
  assert.match(list, /Urlaubsvertretung/);
  assert.match(list, /Jonas Becker \(Vertretung\)/);
  const [row] = await query(db, tenantA.id, sql<{ id: string }>`select id from records_resubmissions`);
  const done = await substitute.submit(
    '/intern/wiedervorlagen',
    `/intern/wiedervorlagen/${row!.id}/erledigt`,
    {},
  );
  assert.equal(done.statusCode, 303);
  const [entry] = await auditOf(db, tenantA.id, 'records.resubmission_done');
  assert.equal(entry?.actor_id, await staffIdOf(db, tenantA.id, aylin));
  assert.equal(entry?.on_behalf_of, await staffIdOf(db, tenantA.id, jonas));
});
