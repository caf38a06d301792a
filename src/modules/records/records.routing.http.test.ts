import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';
import {
  auditOf,
  departmentIdOf,
  nameSubstitute,
  query,
  seedCaseWithDocument,
  staffIdOf,
  uploadNewVersion,
} from './records.workflow.test-fixtures.ts';

// Demo people (identity seed): Jonas clerk 32.1, Aylin clerk 50, Michael head 32, Lukas clerk+head 63,
// Sabine records manager 10.2, Thomas treasury 20.1.
const jonas = 'jonas.becker@leichlingen.example';
const aylin = 'aylin.yilmaz@leichlingen.example';
const michael = 'michael.braun@leichlingen.example';
const lukas = 'lukas.weber@leichlingen.example';
const sabine = 'sabine.wagner@leichlingen.example';
const thomas = 'thomas.krueger@leichlingen.example';

type App = Awaited<ReturnType<typeof startTestApp>>;

async function signedIn(app: App, email: string) {
  const browser = createBrowser(app.server, hostA);
  const response = await browser.signIn(email, DEMO_PASSWORD);
  assert.equal(response.statusCode, 303, `${email} signs in`);
  return browser;
}

async function startRouting(
  app: App,
  browser: ReturnType<typeof createBrowser>,
  documentId: string,
  steps: { coSigners: string[]; signOff: string; version?: number },
) {
  const page = `/intern/dokumente/${documentId}/mitzeichnung`;
  const form: Record<string, string> = {
    version: String(steps.version ?? 1),
    zeilen: String(Math.max(steps.coSigners.length, 1)),
    zeichnung: steps.signOff,
    aktion: 'starten',
  };
  steps.coSigners.forEach((value, index) => (form[`schritt-${index + 1}`] = value));
  return browser.submit(page, page, form);
}

async function routingOf(app: App, documentId: string) {
  const [routing] = await query(
    app.db,
    app.tenantA.id,
    sql<{
      id: string;
      status: string;
    }>`select id, status from records_routings where document_id = ${documentId}
      order by created_at desc limit 1`,
  );
  assert.ok(routing, 'a routing exists');
  return routing;
}

async function act(
  browser: ReturnType<typeof createBrowser>,
  routingId: string,
  action: 'mitzeichnen' | 'zurueckgeben' | 'abbrechen',
  form: Record<string, string> = {},
) {
  return browser.submit('/intern/mitzeichnungen', `/intern/mitzeichnungen/${routingId}/${action}`, form);
}

test('a full chain: a person co-signs, then a member of the addressed department, and the sign-off freezes the routed version', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  // An open file: everyone may see it, so people from other departments can be addressed.
  const { documentId } = await seedCaseWithDocument(db, tenantA.id, {
    department: '32.1',
    confidentiality: 'open',
  });
  const person = (email: string) => staffIdOf(db, tenantA.id, email).then((id) => `person:${id}`);
  const department = (number: string) => departmentIdOf(db, tenantA.id, number).then((id) => `amt:${id}`);

  const initiator = await signedIn(app, jonas);
  const started = await startRouting(app, initiator, documentId, {
    coSigners: [await person(aylin), await department('63')],
    signOff: await person(michael),
  });
  assert.equal(started.statusCode, 303);
  const routing = await routingOf(app, documentId);
  const again = await startRouting(app, initiator, documentId, {
    coSigners: [],
    signOff: await person(michael),
  });
  assert.equal(again.statusCode, 409, 'a second routing of the same document is refused while one runs');
  assert.match(again.body, /läuft bereits eine Mitzeichnung/);

  const lukasBrowser = await signedIn(app, lukas);
  const early = await act(lukasBrowser, routing.id, 'mitzeichnen', { position: '2' });
  assert.equal(early.statusCode, 409, 'step 2 is not yet the current step');
  assert.match(early.body, /nicht \(mehr\) an der Reihe/);
  const stranger = await act(await signedIn(app, sabine), routing.id, 'mitzeichnen', { position: '1' });
  assert.equal(stranger.statusCode, 403, 'the records manager sees the document but is not addressed');
  const notInitiator = await act(initiator, routing.id, 'mitzeichnen', { position: '1' });
  assert.equal(notInitiator.statusCode, 403, 'the initiator is not addressed either');

  const aylinBrowser = await signedIn(app, aylin);
  const inbox = await aylinBrowser.get('/intern/mitzeichnungen');
  assert.match(inbox.body, /Mitzeichnung \(an Sie\)/);
  assert.match(inbox.body, /Bescheidentwurf/);
  const coSigned = await act(aylinBrowser, routing.id, 'mitzeichnen', {
    position: '1',
    kommentar: 'Aus Sicht des Sozialamts einverstanden.',
  });
  assert.equal(coSigned.statusCode, 303);
  assert.doesNotMatch((await aylinBrowser.get('/intern/mitzeichnungen')).body, /Bescheidentwurf/);

  const lukasInbox = await lukasBrowser.get('/intern/mitzeichnungen');
  assert.match(lukasInbox.body, /an Ihr Amt 63 Bauaufsicht/);
  assert.match(lukasInbox.body, /Aus Sicht des Sozialamts einverstanden\./, 'earlier comments are shown');
  assert.equal((await act(lukasBrowser, routing.id, 'mitzeichnen', { position: '2' })).statusCode, 303);

  const michaelBrowser = await signedIn(app, michael);
  assert.match((await michaelBrowser.get('/intern/mitzeichnungen')).body, /Zeichnung \(an Sie\)/);
  const signed = await act(michaelBrowser, routing.id, 'mitzeichnen', { position: '3' });
  assert.equal(signed.statusCode, 303);
  assert.equal(signed.headers.location, '/intern/mitzeichnungen?ergebnis=signed');

  const [version] = await query(
    db,
    tenantA.id,
    sql<{ frozen_at: Date | null }>`select frozen_at from records_document_versions
      where document_id = ${documentId} and version = 1`,
  );
  assert.ok(version?.frozen_at, 'the routed version is frozen');
  assert.equal((await routingOf(app, documentId)).status, 'signed');
  const steps = await query(
    db,
    tenantA.id,
    sql<{ position: number; status: string; acted_by: string }>`select position, status, acted_by
      from records_routing_steps where routing_id = ${routing.id} order by position`,
  );
  assert.deepEqual(
    steps.map((s) => [s.position, s.status, s.acted_by]),
    [
      [1, 'done', await staffIdOf(db, tenantA.id, aylin)],
      [2, 'done', await staffIdOf(db, tenantA.id, lukas)],
      [3, 'done', await staffIdOf(db, tenantA.id, michael)],
    ],
  );
  const trail = await auditOf(db, tenantA.id, 'records.routing_');
  assert.deepEqual(
    trail.map((entry) => entry.action),
    [
      'records.routing_started',
      'records.routing_co_signed',
      'records.routing_co_signed',
      'records.routing_signed_off',
    ],
  );
  assert.ok(trail.every((entry) => entry.object_type === 'document' && entry.object_id === documentId));
  const page = await initiator.get(`/intern/dokumente/${documentId}/mitzeichnung`);
  assert.match(page.body, /bereits gezeichnet und festgeschrieben/);
  assert.doesNotMatch(page.body, /name="zeichnung"/, 'a signed version cannot be routed again');
});

test('returning needs a comment; the routing ends returned and the initiator sees why', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { documentId } = await seedCaseWithDocument(db, tenantA.id, { department: '63' });
  const initiator = await signedIn(app, lukas);
  const signOff = `person:${await staffIdOf(db, tenantA.id, lukas)}`;
  const coSigner = `amt:${await departmentIdOf(db, tenantA.id, '63')}`;
  assert.equal(
    (await startRouting(app, initiator, documentId, { coSigners: [coSigner], signOff })).statusCode,
    303,
  );
  const routing = await routingOf(app, documentId);

  const bare = await act(initiator, routing.id, 'zurueckgeben', { position: '1', kommentar: '  ' });
  assert.equal(bare.statusCode, 400);
  assert.match(bare.body, new RegExp(`href="#kommentar-${routing.id}">Bitte begründen Sie die Rückgabe`));
  const returned = await act(initiator, routing.id, 'zurueckgeben', {
    position: '1',
    kommentar: 'Die Frist im zweiten Absatz stimmt nicht.',
  });
  assert.equal(returned.statusCode, 303);
  assert.equal((await routingOf(app, documentId)).status, 'returned');
  const inbox = await initiator.get('/intern/mitzeichnungen');
  assert.match(inbox.body, /Zurückgegeben von Lukas Weber: „Die Frist im zweiten Absatz stimmt nicht\.“/);
  assert.match((await initiator.get('/intern/arbeitsplatz')).body, /Zurückgegebene Mitzeichnungen/);
  const after = await act(initiator, routing.id, 'mitzeichnen', { position: '1' });
  assert.equal(after.statusCode, 409, 'a returned routing takes no further acts');
  assert.deepEqual(
    (await auditOf(db, tenantA.id, 'records.routing_')).map((e) => e.action),
    ['records.routing_started', 'records.routing_returned'],
  );
  // The document can be routed again once the routing has ended.
  assert.equal((await startRouting(app, initiator, documentId, { coSigners: [], signOff })).statusCode, 303);
});

test('a substitute signs off for the absent head; step and audit entry record on whose behalf', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { documentId } = await seedCaseWithDocument(db, tenantA.id, {
    department: '32.1',
    confidentiality: 'open',
  });
  await nameSubstitute(db, tenantA.id, michael, aylin);
  const michaelId = await staffIdOf(db, tenantA.id, michael);
  const initiator = await signedIn(app, jonas);
  assert.equal(
    (await startRouting(app, initiator, documentId, { coSigners: [], signOff: `person:${michaelId}` }))
      .statusCode,
    303,
  );
  const routing = await routingOf(app, documentId);
  const substitute = await signedIn(app, aylin);
  assert.match((await substitute.get('/intern/mitzeichnungen')).body, /an Michael Braun \(Sie vertreten\)/);
  assert.equal((await act(substitute, routing.id, 'mitzeichnen', { position: '1' })).statusCode, 303);
  const [step] = await query(
    db,
    tenantA.id,
    sql<{ acted_by: string; acted_on_behalf_of: string }>`select acted_by, acted_on_behalf_of
      from records_routing_steps where routing_id = ${routing.id}`,
  );
  assert.equal(step?.acted_by, await staffIdOf(db, tenantA.id, aylin));
  assert.equal(step?.acted_on_behalf_of, michaelId);
  const [entry] = await auditOf(db, tenantA.id, 'records.routing_signed_off');
  assert.equal(entry?.actor_id, await staffIdOf(db, tenantA.id, aylin));
  assert.equal(entry?.on_behalf_of, michaelId);
  assert.match(
    (await initiator.get(`/intern/dokumente/${documentId}/mitzeichnung`)).body,
    /Aylin Yılmaz i\. V\. für Michael Braun/,
  );
});

test('a sign-off refuses when a new version was uploaded while the routing ran', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { documentId } = await seedCaseWithDocument(db, tenantA.id, { department: '63' });
  const browser = await signedIn(app, lukas);
  const signOff = `person:${await staffIdOf(db, tenantA.id, lukas)}`;
  assert.equal((await startRouting(app, browser, documentId, { coSigners: [], signOff })).statusCode, 303);
  const routing = await routingOf(app, documentId);
  assert.equal(await uploadNewVersion(db, tenantA.id, documentId), 2);

  const inbox = await browser.get('/intern/mitzeichnungen');
  assert.match(inbox.body, /Es gibt inzwischen Version 2/);
  const refused = await act(browser, routing.id, 'mitzeichnen', { position: '1' });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /neue Version hochgeladen/);
  const versions = await query(
    db,
    tenantA.id,
    sql<{ version: number; frozen_at: Date | null }>`select version, frozen_at from records_document_versions
      where document_id = ${documentId} order by version`,
  );
  assert.deepEqual(
    versions.map((v) => [v.version, v.frozen_at]),
    [
      [1, null],
      [2, null],
    ],
  );
  assert.equal((await routingOf(app, documentId)).status, 'running');
  assert.deepEqual(await auditOf(db, tenantA.id, 'records.routing_signed_off'), []);
});

test('only who may change the document starts a routing, only for addressees who may see it, and only the initiator cancels', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA } = app;
  const { documentId } = await seedCaseWithDocument(db, tenantA.id, { department: '32.1' });
  const aylinId = await staffIdOf(db, tenantA.id, aylin);
  const jonasId = await staffIdOf(db, tenantA.id, jonas);

  const other = await signedIn(app, aylin);
  assert.equal(
    (await other.get(`/intern/dokumente/${documentId}/mitzeichnung`)).statusCode,
    404,
    'internal to 32.1',
  );
  const initiator = await signedIn(app, jonas);
  const invisible = await startRouting(app, initiator, documentId, {
    coSigners: [],
    signOff: `person:${aylinId}`,
  });
  assert.equal(invisible.statusCode, 400);
  assert.match(invisible.body, /Aylin Yılmaz darf dieses Dokument nicht sehen/);
  const version = await startRouting(app, initiator, documentId, {
    coSigners: [],
    signOff: `person:${jonasId}`,
    version: 7,
  });
  assert.equal(version.statusCode, 400);
  assert.match(version.body, /Inzwischen gibt es Version 1/);

  const head = await signedIn(app, michael);
  const cannotChange = await seedCaseWithDocument(db, tenantA.id, {
    department: '32.1',
    confidentiality: 'open',
  });
  const refused = await startRouting(app, head, cannotChange.documentId, {
    coSigners: [],
    signOff: `person:${jonasId}`,
  });
  assert.equal(refused.statusCode, 403, 'the head of 32 may see the open file of 32.1 but not change it');

  assert.equal(
    (await startRouting(app, initiator, documentId, { coSigners: [], signOff: `person:${jonasId}` }))
      .statusCode,
    303,
  );
  const routing = await routingOf(app, documentId);
  const treasury = await signedIn(app, thomas);
  assert.equal((await act(treasury, routing.id, 'mitzeichnen', { position: '1' })).statusCode, 404);
  assert.equal((await act(treasury, routing.id, 'abbrechen')).statusCode, 404);
  assert.equal((await act(await signedIn(app, sabine), routing.id, 'abbrechen')).statusCode, 403);
  const cancelled = await act(initiator, routing.id, 'abbrechen');
  assert.equal(cancelled.statusCode, 303);
  assert.equal((await routingOf(app, documentId)).status, 'cancelled');
  assert.deepEqual(
    (await auditOf(db, tenantA.id, 'records.routing_')).map((e) => e.action),
    ['records.routing_started', 'records.routing_cancelled'],
  );
});
