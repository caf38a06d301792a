import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
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

test('cases in a file are numbered 1, 2, …; the case page links to its documents, new documents and a resubmission', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const fileId = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.01'),
    title: 'Gewerbeanzeigen Innenstadt',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const first = await createCaseAs(clerk, fileId, 'Anmeldung Buchhandlung');
  const second = await createCaseAs(clerk, fileId, 'Abmeldung Schuhmacher');
  const numbers = await rows<{ number: number }>(
    app.db,
    app.tenantA.id,
    sql`select number from records_cases where file_id = ${fileId} order by number`,
  );
  assert.deepEqual(numbers, [{ number: 1 }, { number: 2 }]);
  const page = await clerk.get(`/intern/vorgaenge/${second}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Vorgang 2: Abmeldung Schuhmacher/);
  assert.match(page.body, new RegExp(`href="/intern/vorgaenge/${second}/dokumente/neu"`));
  assert.match(page.body, new RegExp(`href="/intern/vorgaenge/${second}/wiedervorlage"`));
  assert.match(page.body, /Dieser Vorgang enthält noch keine Dokumente/);
  const filePage = await clerk.get(`/intern/akten/${fileId}`);
  assert.match(filePage.body, new RegExp(`href="/intern/vorgaenge/${first}">1\\. Anmeldung Buchhandlung`));

  const empty = await post(clerk, `/intern/akten/${fileId}`, `/intern/akten/${fileId}/vorgaenge`, {
    title: '',
  });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /href="#title">Bitte geben Sie einen Titel ein/);
});

test('closing and reopening a case are audited; a closed case shows no "add documents" link', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const fileId = await createFileAs(clerk, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.10.02'),
    title: 'Fundsachen Stadtfest',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
  });
  const caseId = await createCaseAs(clerk, fileId, 'Geldbörse, schwarz');
  const page = `/intern/vorgaenge/${caseId}`;
  assert.equal((await post(clerk, page, `${page}/abschliessen`, {})).statusCode, 303);
  const closed = await clerk.get(page);
  assert.match(closed.body, /abgeschlossen/);
  assert.doesNotMatch(closed.body, /dokumente\/neu/);
  assert.equal((await post(clerk, page, `${page}/abschliessen`, {})).statusCode, 409, 'already closed');
  assert.equal((await post(clerk, page, `${page}/wiedereroeffnen`, {})).statusCode, 303);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, caseId), [
    'records.case_created',
    'records.case_closed',
    'records.case_reopened',
  ]);

  // The file is internal to 32.1: another department can neither see nor change the case.
  const other = await signedIn(app, people.clerk50);
  assert.equal((await other.get(page)).statusCode, 404);
  assert.equal((await post(other, '/intern/vorgaenge', `${page}/abschliessen`, {})).statusCode, 404);
});

test('a case moves to another open file: department and file follow, the number stays, both files and the case record it', async (t) => {
  const app = await startRecordsApp(t);
  const registry = await signedIn(app, people.registry);
  const from = await createFileAs(registry, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '32.11.01'),
    title: 'Gewerbeanzeigen (falsch abgelegt)',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
    confidentiality: 'open',
  });
  const to = await createFileAs(registry, {
    planNodeId: await nodeId(app.db, app.tenantA.id, '63.01'),
    title: 'Bauakte Marktstraße 1',
    departmentId: await departmentId(app.db, app.tenantA.id, '63'),
  });
  const caseId = await createCaseAs(registry, from, 'Nutzungsänderung Ladenlokal');
  const page = `/intern/vorgaenge/${caseId}`;

  const unknown = await post(registry, `${page}/verschieben`, `${page}/verschieben`, {
    reference: '99-9999/2026',
  });
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.body, /Eine Akte mit diesem Aktenzeichen gibt es nicht/);
  const same = await post(registry, `${page}/verschieben`, `${page}/verschieben`, {
    reference: '32.11.01-0002/2026',
  });
  assert.equal(same.statusCode, 400);
  assert.match(same.body, /Der Vorgang liegt bereits in dieser Akte/);

  const moved = await post(registry, `${page}/verschieben`, `${page}/verschieben`, {
    reference: '63.01-0002/2026',
  });
  assert.equal(moved.statusCode, 303);
  const [row] = await rows<{ file_id: string; department_id: string; number: number }>(
    app.db,
    app.tenantA.id,
    sql`select file_id, department_id, number from records_cases where id = ${caseId}`,
  );
  assert.deepEqual(row, {
    file_id: to,
    department_id: await departmentId(app.db, app.tenantA.id, '63'),
    number: 1,
  });
  assert.match(
    (await registry.get(`${page}?ergebnis=verschoben`)).body,
    /in die Akte 63\.01-0002\/2026 verschoben/,
  );
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, caseId), [
    'records.case_created',
    'records.case_moved',
  ]);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, from), [
    'records.file_created',
    'records.case_moved_out',
  ]);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, to), [
    'records.file_created',
    'records.case_moved_in',
  ]);

  // The clerk of 32.1 could see the open source file, but may not change the Bauaufsicht's file.
  const clerk = await signedIn(app, people.clerk32);
  const back = await createCaseAs(clerk, from, 'Zweiter Vorgang');
  const refused = await post(
    clerk,
    `/intern/vorgaenge/${back}/verschieben`,
    `/intern/vorgaenge/${back}/verschieben`,
    {
      reference: '63.01-0002/2026',
    },
  );
  assert.equal(refused.statusCode, 400);
  assert.match(
    refused.body,
    /Eine Akte mit diesem Aktenzeichen gibt es nicht/,
    'the internal Bauakte is invisible to 32.1',
  );
  const responsible = await staffId(app.db, app.tenantA.id, people.clerk32);
  const [kept] = await rows<{ responsible_staff_id: string }>(
    app.db,
    app.tenantA.id,
    sql`select responsible_staff_id from records_cases where id = ${back}`,
  );
  assert.equal(kept!.responsible_staff_id, responsible, 'whoever creates a case is in charge of it');
});

test('a case cannot move into a closed file', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const department = await departmentId(app.db, app.tenantA.id, '32.1');
  const planNodeId = await nodeId(app.db, app.tenantA.id, '32.11.04');
  const from = await createFileAs(clerk, { planNodeId, title: 'Markt Frühjahr', departmentId: department });
  const closed = await createFileAs(clerk, { planNodeId, title: 'Markt Herbst', departmentId: department });
  assert.equal(
    (await post(clerk, `/intern/akten/${closed}`, `/intern/akten/${closed}/schliessen`, {})).statusCode,
    303,
  );
  const caseId = await createCaseAs(clerk, from, 'Standplatz Gemüse');
  const page = `/intern/vorgaenge/${caseId}`;
  const refused = await post(clerk, `${page}/verschieben`, `${page}/verschieben`, {
    reference: '32.11.04-0002/2026',
  });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /Die Akte ist geschlossen/);
  const [row] = await rows<{ file_id: string }>(
    app.db,
    app.tenantA.id,
    sql`select file_id from records_cases where id = ${caseId}`,
  );
  assert.equal(row!.file_id, from);
});

test('the case list shows only visible cases; "mine" narrows to open cases the person is in charge of', async (t) => {
  const app = await startRecordsApp(t);
  const clerk = await signedIn(app, people.clerk32);
  const list = await clerk.get('/intern/vorgaenge');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Gewerbeanmeldung Bäckerei Schmitz/);
  assert.doesNotMatch(list.body, /Hilfe zum Lebensunterhalt/, 'the Sozialamt’s cases are internal to it');
  const mine = await clerk.get('/intern/vorgaenge?meine=1');
  assert.match(mine.body, /Gewerbeanmeldung Bäckerei Schmitz/);
  assert.doesNotMatch(mine.body, /Gewerbeummeldung Blumen am Markt/, 'closed');
  assert.doesNotMatch(mine.body, /Fahrrad am Bahnhof/, 'nobody is in charge of the Fundsachen file');
});
