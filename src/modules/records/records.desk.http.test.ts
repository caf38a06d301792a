import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';
import { nameSubstitute, query, seedCaseWithDocument, staffIdOf } from './records.workflow.test-fixtures.ts';

const jonas = 'jonas.becker@leichlingen.example';
const lukas = 'lukas.weber@leichlingen.example';

test('the desk shows my open cases, resubmissions due and steps waiting for me — and those of whom I stand in for', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA, server } = app;
  const jonasId = await staffIdOf(db, tenantA.id, jonas);
  const mine = await seedCaseWithDocument(db, tenantA.id, {
    department: '32.1',
    responsible: jonas,
    caseTitle: 'Mein Gewerbeantrag',
    documentTitle: 'Stellungnahme Gewerbe',
  });
  await seedCaseWithDocument(db, tenantA.id, {
    department: '63',
    responsible: lukas,
    caseTitle: 'Bauantrag Weber',
  });
  const closed = await seedCaseWithDocument(db, tenantA.id, {
    department: '32.1',
    responsible: jonas,
    caseTitle: 'Erledigter Antrag',
  });
  await query(
    db,
    tenantA.id,
    sql`update records_cases set status = 'closed', closed_at = now() where id = ${closed.caseId}`,
  );
  for (const [due, note] of [
    ['2026-03-02', 'Heute nachfassen'],
    ['2026-03-09', 'Nächste Woche prüfen'],
  ])
    await query(
      db,
      tenantA.id,
      sql`insert into records_resubmissions (tenant_id, case_id, staff_id, due_on, note, created_at, created_by)
        values (app_tenant_id(), ${mine.caseId}, ${jonasId}, ${due}, ${note}, now(), ${jonasId})`,
    );

  // Lukas (63) routes a document of his own department to Jonas's department, 32.1.
  const bau = await seedCaseWithDocument(db, tenantA.id, {
    department: '63',
    confidentiality: 'open',
    documentTitle: 'Bauvorbescheid',
  });
  const lukasBrowser = createBrowser(server, hostA);
  await lukasBrowser.signIn(lukas, DEMO_PASSWORD);
  const [department] = await query(
    db,
    tenantA.id,
    sql<{ id: string }>`select id from identity_departments where number = '32.1'`,
  );
  const routingPage = `/intern/dokumente/${bau.documentId}/mitzeichnung`;
  const started = await lukasBrowser.submit(routingPage, routingPage, {
    version: '1',
    zeilen: '1',
    'schritt-1': `amt:${department!.id}`,
    zeichnung: `person:${await staffIdOf(db, tenantA.id, lukas)}`,
    aktion: 'starten',
  });
  assert.equal(started.statusCode, 303);

  const browser = createBrowser(server, hostA);
  await browser.signIn(jonas, DEMO_PASSWORD);
  const desk = await browser.get('/intern/arbeitsplatz');
  assert.equal(desk.statusCode, 200);
  assert.match(desk.body, /<h1[^>]*>Mein Arbeitsplatz<\/h1>/);
  assert.match(desk.body, /href="\/intern\/arbeitsplatz" aria-current="page"/);
  assert.match(desk.body, /Mein Gewerbeantrag/);
  assert.doesNotMatch(desk.body, /Bauantrag Weber/, 'another person’s case');
  assert.doesNotMatch(desk.body, /Erledigter Antrag/, 'closed cases are not work');
  assert.match(desk.body, /Heute nachfassen/);
  assert.doesNotMatch(desk.body, /Nächste Woche prüfen/, 'only what is due');
  assert.match(desk.body, /Bauvorbescheid<\/a> · Mitzeichnung · an Ihr Amt 32\.1 Bürgerbüro/);

  // While Jonas stands in for Lukas, Lukas's case and his sign-off step appear on Jonas's desk too.
  await nameSubstitute(db, tenantA.id, lukas, jonas);
  const covering = (await browser.get('/intern/arbeitsplatz')).body;
  assert.match(covering, /Sie vertreten heute: Lukas Weber/);
  assert.match(covering, /Bauantrag Weber/);

  // Marking a resubmission done from the desk comes back to the desk.
  const [row] = await query(
    db,
    tenantA.id,
    sql<{ id: string }>`select id from records_resubmissions where note = 'Heute nachfassen'`,
  );
  const done = await browser.submit('/intern/arbeitsplatz', `/intern/wiedervorlagen/${row!.id}/erledigt`, {
    returnTo: '/intern/arbeitsplatz',
  });
  assert.equal(done.headers.location, '/intern/arbeitsplatz?ergebnis=erledigt');
  assert.doesNotMatch((await browser.get('/intern/arbeitsplatz')).body, /Heute nachfassen/);
});
