import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { hostB } from '../../test-app.ts';
import {
  auditActions,
  createCaseAs,
  createFileAs,
  departmentId,
  nodeId,
  people,
  post,
  rows,
  signedIn,
  staffId,
  startRecordsApp,
} from './records.core.test-helpers.ts';

test('a clerk creates a file under a plan group: the reference follows the pattern, defaults come from the plan, the creation is audited', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const planNodeId = await nodeId(app.db, app.tenantA.id, '32.11.02');
  const fileId = await createFileAs(clerk, {
    planNodeId,
    title: 'Gaststätte „Zur Wupper“',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const [file] = await rows<Record<string, unknown>>(
    app.db,
    app.tenantA.id,
    sql`select reference, retention_years, disposal, confidentiality, responsible_staff_id from records_files where id = ${fileId}`,
  );
  // The test clock stands in 2026; 32.11.02 inherits 10 years / destroy from 32.11 and "internal" from 3.
  assert.deepEqual(file, {
    reference: '32.11.02-0001/2026',
    retention_years: 10,
    disposal: 'destroy',
    confidentiality: 'internal',
    responsible_staff_id: await staffId(app.db, app.tenantA.id, people.clerk32),
  });
  const page = await clerk.get(`/intern/akten/${fileId}?ergebnis=angelegt`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Die Akte 32\.11\.02-0001\/2026 wurde angelegt/);
  assert.match(page.body, /Gaststätte „Zur Wupper“/);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, fileId), ['records.file_created']);

  const second = await createFileAs(clerk, {
    planNodeId,
    title: 'Gaststätte Am Markt',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const [{ reference } = { reference: '' }] = await rows<{ reference: string }>(
    app.db,
    app.tenantA.id,
    sql`select reference from records_files where id = ${second}`,
  );
  assert.equal(reference, '32.11.02-0002/2026');
});

test('creating a file is refused with messages per field: unknown or deactivated group, foreign department, no title', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const own = await departmentId(app.db, app.tenantA.id, '32.1');
  const missing = await post(clerk, '/intern/akten/neu', '/intern/akten', {
    planNodeId: '00000000-0000-4000-8000-000000000000',
    title: ' ',
    departmentId: await departmentId(app.db, app.tenantA.id, '50'),
  });
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /href="#title">Bitte geben Sie einen Titel ein/);
  assert.match(
    missing.body,
    /href="#departmentId">Bitte wählen Sie ein Amt, für das Sie Akten führen dürfen/,
  );

  const unknownNode = await post(clerk, '/intern/akten/neu', '/intern/akten', {
    planNodeId: '00000000-0000-4000-8000-000000000000',
    title: 'Test',
    departmentId: own,
  });
  assert.equal(unknownNode.statusCode, 400);
  assert.match(unknownNode.body, /href="#planNodeId">Bitte wählen Sie eine Gruppe des Aktenplans/);

  const registry = await signedIn(app, people.registry);
  const group = await nodeId(app.db, app.tenantA.id, '32.11');
  assert.equal(
    (await post(registry, `/intern/aktenplan/${group}`, `/intern/aktenplan/${group}/stilllegen`, {}))
      .statusCode,
    303,
  );
  const inactive = await post(clerk, '/intern/akten/neu', '/intern/akten', {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.02'),
    title: 'Test',
    departmentId: own,
  });
  assert.equal(inactive.statusCode, 400);
  assert.match(inactive.body, /Diese Gruppe des Aktenplans ist stillgelegt/);
  const [{ count } = { count: -1 }] = await rows<{ count: number }>(
    app.db,
    app.tenantA.id,
    sql`select count(*)::int as count from records_files`,
  );
  assert.equal(count, 4, 'only the demo files exist');
});

test('editing needs the version that was read: a stale form is refused with 409 and changes nothing', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const fileId = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.10.02'),
    title: 'Fundsachen Sommerfest',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const form = await clerk.get(`/intern/akten/${fileId}/bearbeiten`);
  assert.match(form.body, /name="rowVersion" value="1"/);
  const base = {
    title: 'Fundsachen Sommerfest 2026',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
    responsibleStaffId: '',
    confidentiality: 'internal',
    retentionYears: '3',
    disposal: 'destroy',
  };
  const saved = await post(
    clerk,
    `/intern/akten/${fileId}/bearbeiten`,
    `/intern/akten/${fileId}/bearbeiten`,
    { ...base, rowVersion: '1' },
  );
  assert.equal(saved.statusCode, 303);
  const stale = await post(
    clerk,
    `/intern/akten/${fileId}/bearbeiten`,
    `/intern/akten/${fileId}/bearbeiten`,
    {
      ...base,
      title: 'Überschrieben',
      rowVersion: '1',
    },
  );
  assert.equal(stale.statusCode, 409);
  assert.match(stale.body, /Jemand anderes hat diesen Eintrag inzwischen geändert/);
  const [file] = await rows<{ title: string; row_version: number }>(
    app.db,
    app.tenantA.id,
    sql`select title, row_version from records_files where id = ${fileId}`,
  );
  assert.deepEqual(file, { title: 'Fundsachen Sommerfest 2026', row_version: 2 });
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, fileId), [
    'records.file_created',
    'records.file_changed',
  ]);
});

test('a file closes only when all its cases are closed; then it refuses new cases, and only the Registratur reopens it', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const fileId = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.01'),
    title: 'Gewerbeanzeigen Markt',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const caseId = await createCaseAs(clerk, fileId, 'Anmeldung Imbiss');
  const page = `/intern/akten/${fileId}`;
  const early = await post(clerk, page, `${page}/schliessen`, {});
  assert.equal(early.statusCode, 409);
  assert.match(early.body, /Die Akte hat noch offene Vorgänge/);

  assert.equal(
    (await post(clerk, `/intern/vorgaenge/${caseId}`, `/intern/vorgaenge/${caseId}/abschliessen`, {}))
      .statusCode,
    303,
  );
  const closed = await post(clerk, page, `${page}/schliessen`, {});
  assert.equal(closed.statusCode, 303);
  const [file] = await rows<{ status: string; until: string }>(
    app.db,
    app.tenantA.id,
    sql`select status, to_char(retention_until, 'YYYY-MM-DD') as until from records_files where id = ${fileId}`,
  );
  // Closed in 2026, 5 years (32.11.01): kept until the end of 2031.
  assert.deepEqual(file, { status: 'closed', until: '2031-12-31' });
  assert.match(
    (await clerk.get(`${page}?ergebnis=geschlossen`)).body,
    /Aufbewahrungsfrist läuft bis 31\.12\.2031/,
  );

  const refusedCase = await post(clerk, page, `${page}/vorgaenge`, { title: 'Nachzügler' });
  assert.equal(refusedCase.statusCode, 409);
  assert.match(refusedCase.body, /Die Akte ist geschlossen/);
  const refusedReopen = await post(
    clerk,
    `/intern/vorgaenge/${caseId}`,
    `/intern/vorgaenge/${caseId}/wiedereroeffnen`,
    {},
  );
  assert.equal(refusedReopen.statusCode, 409, 'a case in a closed file stays closed');

  const notRegistry = await post(clerk, page, `${page}/wiedereroeffnen`, {});
  assert.equal(notRegistry.statusCode, 403);
  const registry = await signedIn(app, people.registry);
  assert.equal((await post(registry, page, `${page}/wiedereroeffnen`, {})).statusCode, 303);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, fileId), [
    'records.file_created',
    'records.file_closed',
    'records.file_reopened',
  ]);
});

test('related files are linked by reference on both sides, and a file the person may not see is reported as unknown', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const department = await departmentId(app.db, app.tenantA.id, '32.1');
  const first = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.02'),
    title: 'Gaststätte Alt',
    departmentId: department,
  });
  const second = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.02'),
    title: 'Gaststätte Neu',
    departmentId: department,
  });
  const page = `/intern/akten/${first}`;
  const linked = await post(clerk, page, `${page}/bezuege`, { reference: '32.11.02-0002/2026' });
  assert.equal(linked.statusCode, 303);
  assert.match((await clerk.get(`/intern/akten/${second}`)).body, /32\.11\.02-0001\/2026 Gaststätte Alt/);

  const [social] = await rows<{ reference: string }>(
    app.db,
    app.tenantA.id,
    sql`select f.reference from records_files f join records_plan_nodes p on p.id = f.plan_node_id where p.code = '50.01'`,
  );
  const invisible = await post(clerk, page, `${page}/bezuege`, { reference: social!.reference });
  assert.equal(invisible.statusCode, 400);
  assert.match(
    invisible.body,
    /Eine Akte mit diesem Aktenzeichen gibt es nicht, oder Sie haben keinen Zugriff darauf/,
  );

  const unlinked = await post(clerk, page, `${page}/bezuege/${second}/entfernen`, {});
  assert.equal(unlinked.statusCode, 303);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, second), [
    'records.file_created',
    'records.file_linked',
    'records.file_unlinked',
  ]);
});

test('a record of another department, a confidential one or another town’s answers 404, the same as an unknown id', async (t) => {
  const app = await startRecordsApp(t);
  const socialClerk = await signedIn(app, people.clerk50);
  const [social] = await rows<{ id: string }>(
    app.db,
    app.tenantA.id,
    sql`select f.id from records_files f join records_plan_nodes p on p.id = f.plan_node_id where p.code = '50.01'`,
  );
  assert.equal((await socialClerk.get(`/intern/akten/${social!.id}`)).statusCode, 200);

  const clerk = await signedIn(app, people.clerk32);
  const notFound = await clerk.get('/intern/akten/00000000-0000-4000-8000-000000000000');
  const otherDepartment = await clerk.get(`/intern/akten/${social!.id}`);
  assert.equal(otherDepartment.statusCode, 404);
  assert.equal(notFound.statusCode, 404);
  assert.equal(
    otherDepartment.body.replaceAll(/[0-9a-f-]{36}/g, ''),
    notFound.body.replaceAll(/[0-9a-f-]{36}/g, ''),
    'the same page, so nothing leaks',
  );

  // The same person in the other town sees nothing of Leichlingen.
  const elsewhere = await signedIn(app, people.clerk50, hostB);
  assert.equal((await elsewhere.get(`/intern/akten/${social!.id}`)).statusCode, 404);

  // Confidential: the clerk of 32.1 may not see a confidential 32.11.05 file of a colleague.
  const head = await signedIn(app, people.head32);
  const department32 = await departmentId(app.db, app.tenantA.id, '32');
  const confidential = await createFileAs(head, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.05'),
    title: 'Untersagungsverfahren',
    departmentId: department32,
  });
  assert.equal((await head.get(`/intern/akten/${confidential}`)).statusCode, 200);
  assert.equal((await clerk.get(`/intern/akten/${confidential}`)).statusCode, 404);
  const list = await clerk.get('/intern/akten');
  assert.doesNotMatch(list.body, /Untersagungsverfahren/);
  assert.match((await head.get('/intern/akten')).body, /Untersagungsverfahren/);
});

test('the file list pages by keyset and filters by department, status and title text', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const department = await departmentId(app.db, app.tenantA.id, '32.1');
  const planNodeId = await nodeId(app.db, app.tenantA.id, '32.12.02');
  for (let index = 1; index <= 55; index += 1) {
    app.clock.advance(1000);
    await createFileAs(clerk, { planNodeId, title: `Parkausweis ${index}`, departmentId: department });
  }
  const first = await clerk.get(`/intern/akten?amt=${department}&suche=parkausweis`);
  assert.equal(first.statusCode, 200);
  const titles = (body: string) =>
    [...body.matchAll(/<td class="kern-table__cell">(Parkausweis \d+)<\/td>/g)].map((m) => m[1]);
  assert.equal(titles(first.body).length, 50);
  assert.equal(titles(first.body)[0], 'Parkausweis 55', 'newest first');
  const next = /href="(\/intern\/akten\?[^"]*nach=[^"]+)" rel="next"/
    .exec(first.body)?.[1]
    ?.replaceAll('&amp;', '&');
  assert.ok(next, 'a link to the next page');
  const second = await clerk.get(next);
  assert.deepEqual(titles(second.body), [
    'Parkausweis 5',
    'Parkausweis 4',
    'Parkausweis 3',
    'Parkausweis 2',
    'Parkausweis 1',
  ]);
  assert.doesNotMatch(second.body, /rel="next"/);
  const none = await clerk.get(`/intern/akten?status=closed&suche=parkausweis`);
  assert.match(none.body, /Keine Akten gefunden/);
  const literal = await clerk.get(`/intern/akten?suche=${encodeURIComponent('%')}`);
  assert.match(literal.body, /Keine Akten gefunden/, '% is a character, not a wildcard');
});

test('a substitute works in the absent colleague’s files, and the audit trail says on whose behalf', async (t) => {
  const app = await startRecordsApp(t);
  const socialClerk = await signedIn(app, people.clerk50);
  const substitute = await staffId(app.db, app.tenantA.id, people.clerk32);
  // The clock stands at 2026-03-02; the Sozialamt's clerk is away that day.
  const named = await post(socialClerk, '/intern/konto/vertretung', '/intern/konto/vertretung', {
    substituteStaffId: substitute,
    from: '2026-03-02',
    until: '2026-03-03',
  });
  assert.equal(named.statusCode, 303);
  const clerk = await signedIn(app, people.clerk32);
  const [social] = await rows<{ id: string }>(
    app.db,
    app.tenantA.id,
    sql`select f.id from records_files f join records_plan_nodes p on p.id = f.plan_node_id where p.code = '50.01'`,
  );
  assert.equal(
    (await clerk.get(`/intern/akten/${social!.id}`)).statusCode,
    200,
    'sees the absent colleague’s file',
  );
  const caseId = await createCaseAs(clerk, social!.id, 'Weiterbewilligung');
  const [entry] = await rows<{ actor_id: string; on_behalf_of: string | null }>(
    app.db,
    app.tenantA.id,
    sql`select actor_id, on_behalf_of from audit_entries where object_id = ${caseId}`,
  );
  assert.deepEqual(entry, {
    actor_id: substitute,
    on_behalf_of: await staffId(app.db, app.tenantA.id, people.clerk50),
  });
  // In the substitute's own department nobody is named on whose behalf.
  const own = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.10.02'),
    title: 'Fundsachen Vertretungswoche',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const [ownEntry] = await rows<{ on_behalf_of: string | null }>(
    app.db,
    app.tenantA.id,
    sql`select on_behalf_of from audit_entries where object_id = ${own}`,
  );
  assert.equal(ownEntry!.on_behalf_of, null);
});
