// Reading and changing filed documents: the viewer with versions, metadata (optimistic concurrency) and
// audit trail; content served safely; the JSON API for other systems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { createAuditTrail } from '../audit/index.ts';
import { apiScopes } from '../access/index.ts';
import { createApiClient, type ApiClientTables } from '../identity/index.ts';
import { tenantScope, withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA, startTestApp } from '../../test-app.ts';
import { letterLines, textPdf } from './fixtures/records.fixtures.ts';
import { people, postMultipart, seedCase } from './records.documents.test-fixtures.ts';

type App = Awaited<ReturnType<typeof startTestApp>>;

async function signedIn(app: App, email: string) {
  const browser = createBrowser(app.server, hostA);
  await browser.signIn(email, DEMO_PASSWORD);
  return browser;
}

async function staffId(app: App, email: string): Promise<string> {
  const { rows } = await withTenant(app.db, app.tenantA.id, (trx) =>
    sql<{ id: string }>`select id from identity_staff where email = ${email}`.execute(trx),
  );
  return rows[0]!.id;
}

/** Files one PDF through the upload form; returns the new document's id. */
async function fileDocument(
  app: App,
  browser: ReturnType<typeof createBrowser>,
  caseId: string,
  content: Buffer,
) {
  const page = await browser.get(`/intern/vorgaenge/${caseId}/dokumente/neu`);
  const response = await postMultipart(app.server, {
    host: hostA,
    jar: browser.jar,
    url: `/intern/vorgaenge/${caseId}/dokumente/neu?_csrf=${encodeURIComponent(csrfTokenIn(page.body))}`,
    parts: [
      { name: 'titel', value: 'Antrag Erika Mustermann' },
      { name: 'dateien', file: { fileName: 'Antrag Müller.pdf', content } },
    ],
  });
  const id = /href="\/intern\/dokumente\/([0-9a-f-]{36})"/.exec(response.body)?.[1];
  assert.ok(id, response.body);
  return id;
}

test('the viewer shows the PDF inline, its versions and metadata; the Registratur sees the audit trail', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const clerk = await signedIn(app, people.clerk);
  const id = await fileDocument(app, clerk, caseId, textPdf([letterLines]));
  const page = await clerk.get(`/intern/dokumente/${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1[^>]*>Antrag Erika Mustermann<\/h1>/);
  assert.match(page.body, new RegExp(`<iframe[^>]+src="/intern/dokumente/${id}/versionen/1/inhalt"`));
  assert.match(page.body, /Fassung 1/);
  assert.match(page.body, /Zur Mitzeichnung geben/);
  assert.match(page.body, new RegExp(`href="/intern/dokumente/${id}/mitzeichnung"`));
  assert.doesNotMatch(page.body, /Protokoll<\/h2>/, 'a clerk does not read the audit trail');
  const registry = await signedIn(app, people.registry);
  const withAudit = await registry.get(`/intern/dokumente/${id}`);
  assert.match(withAudit.body, /Protokoll<\/h2>/);
  assert.match(withAudit.body, /Dokument abgelegt \(#1 · Antrag Müller\.pdf\)/);
  assert.match(withAudit.body, /Jonas Becker/);
  // Another department's clerk may not even learn that it exists.
  const other = await signedIn(app, people.socialClerk);
  assert.equal((await other.get(`/intern/dokumente/${id}`)).statusCode, 404);
  assert.equal((await other.get(`/intern/dokumente/${id}/versionen/1/inhalt`)).statusCode, 404);
});

test('content is served with its detected type, nosniff, a sandbox policy and an ETag', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const clerk = await signedIn(app, people.clerk);
  const content = textPdf([letterLines]);
  const id = await fileDocument(app, clerk, caseId, content);
  const inline = await clerk.get(`/intern/dokumente/${id}/versionen/1/inhalt`);
  assert.equal(inline.statusCode, 200);
  assert.equal(inline.headers['content-type'], 'application/pdf');
  assert.equal(inline.headers['x-content-type-options'], 'nosniff');
  assert.match(String(inline.headers['content-security-policy']), /^sandbox; default-src 'none'/);
  assert.equal(inline.headers['x-frame-options'], 'SAMEORIGIN');
  assert.equal(
    inline.headers['content-disposition'],
    `inline; filename="Antrag Muller.pdf"; filename*=UTF-8''Antrag%20M%C3%BCller.pdf`,
  );
  assert.deepEqual(inline.rawPayload, content);
  const download = await clerk.get(`/intern/dokumente/${id}/versionen/1/inhalt?herunterladen=1`);
  assert.match(String(download.headers['content-disposition']), /^attachment; /);
  const again = await app.server.inject({
    method: 'GET',
    url: `/intern/dokumente/${id}/versionen/1/inhalt`,
    headers: {
      host: hostA,
      cookie: [...clerk.jar].map(([k, v]) => `${k}=${v}`).join('; '),
      'if-none-match': String(inline.headers.etag),
    },
  });
  assert.equal(again.statusCode, 304);
  assert.equal((await clerk.get(`/intern/dokumente/${id}/versionen/2/inhalt`)).statusCode, 404);
  assert.equal(
    (await clerk.get(`/intern/dokumente/${id}/versionen/1/inhalt?darstellung=ocr`)).statusCode,
    404,
  );
});

test('metadata edits are audited; an edit based on an old state is refused with 409', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const clerk = await signedIn(app, people.clerk);
  const id = await fileDocument(app, clerk, caseId, textPdf([letterLines]));
  const page = await clerk.get(`/intern/dokumente/${id}`);
  const csrf = csrfTokenIn(page.body);
  const form = {
    _csrf: csrf,
    zeilenversion: '1',
    titel: 'Antrag auf Führungszeugnis',
    dokumentart: 'application',
    richtung: 'incoming',
    eingang: '27.02.2026',
    ausgang: '',
    absender: 'Erika Mustermann',
    schlagworte: 'Führungszeugnis, Bürgerbüro',
  };
  const saved = await clerk.post(`/intern/dokumente/${id}/metadaten`, form);
  assert.equal(saved.statusCode, 303);
  const after = await clerk.get(String(saved.headers.location));
  assert.match(after.body, /Die Angaben wurden gespeichert/);
  assert.match(after.body, /value="27\.02\.2026"|value="2026-02-27"/);
  const stale = await clerk.post(`/intern/dokumente/${id}/metadaten`, { ...form, titel: 'Veraltet' });
  assert.equal(stale.statusCode, 409);
  assert.match(stale.body, /Jemand anderes hat diesen Eintrag inzwischen geändert/);
  const invalid = await clerk.post(`/intern/dokumente/${id}/metadaten`, {
    ...form,
    zeilenversion: '2',
    eingang: '31.02.2026',
  });
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.body, /Bitte geben Sie ein gültiges Datum ein/);
  const row = await withTenant(app.db, app.tenantA.id, async (trx) => ({
    document: (
      await sql<{ title: string; tags: string[]; received: string }>`select title, tags,
      to_char(received_on, 'YYYY-MM-DD') as received from records_documents where id = ${id}`.execute(trx)
    ).rows[0]!,
    audit: (
      await sql<{ summary: { changes: Record<string, unknown> } }>`select summary from audit_entries
      where action = 'records.document_metadata_changed' and object_id = ${id}`.execute(trx)
    ).rows,
  }));
  assert.deepEqual(row.document, {
    title: 'Antrag auf Führungszeugnis',
    tags: ['Führungszeugnis', 'Bürgerbüro'],
    received: '2026-02-27',
  });
  assert.equal(row.audit.length, 1);
  assert.deepEqual(Object.keys(row.audit[0]!.summary.changes).sort(), [
    'documentType',
    'receivedOn',
    'sender',
    'tags',
    'title',
  ]);
});

test('a new version is filed beside the old one, which stays unchanged', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const clerk = await signedIn(app, people.clerk);
  const first = textPdf([letterLines]);
  const id = await fileDocument(app, clerk, caseId, first);
  const page = await clerk.get(`/intern/dokumente/${id}`);
  const second = textPdf([[...letterLines, 'Nachtrag: Kopie des Ausweises liegt bei.']]);
  const response = await postMultipart(app.server, {
    host: hostA,
    jar: clerk.jar,
    url: `/intern/dokumente/${id}/versionen?_csrf=${encodeURIComponent(csrfTokenIn(page.body))}`,
    parts: [{ name: 'datei', file: { fileName: 'Antrag-v2.pdf', content: second } }],
  });
  assert.equal(response.statusCode, 303, response.body);
  const viewer = await clerk.get(String(response.headers.location));
  assert.match(viewer.body, /Fassung 2 wurde abgelegt/);
  assert.match(viewer.body, /Fassung 1/);
  assert.deepEqual((await clerk.get(`/intern/dokumente/${id}/versionen/1/inhalt`)).rawPayload, first);
  assert.deepEqual((await clerk.get(`/intern/dokumente/${id}/versionen/2/inhalt`)).rawPayload, second);
  const refused = await postMultipart(app.server, {
    host: hostA,
    jar: clerk.jar,
    url: `/intern/dokumente/${id}/versionen?_csrf=${encodeURIComponent(csrfTokenIn(page.body))}`,
    parts: [{ name: 'datei', file: { fileName: 'x.pdf', content: Buffer.from('MZ\x90\x00 not a pdf') } }],
  });
  assert.equal(refused.statusCode, 415);
  assert.match(refused.body, /Programm oder Skript/);
});

test('an API client files a document with metadata and reads it back, content included', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const { client } = await createApiClient({
    scope: tenantScope(app.db as Kysely<ApiClientTables>, app.tenantA.id),
    name: 'Fachverfahren',
    scopes: [...apiScopes],
    audit: createAuditTrail(),
    actor: { type: 'staff', id: await staffId(app, people.admin) },
    now: new Date(),
  });
  const auth = { authorization: `Bearer ${client.token}`, accept: 'application/json' };
  const content = textPdf([letterLines]);
  const created = await postMultipart(app.server, {
    host: hostA,
    url: `/api/v1/records/cases/${caseId}/documents`,
    headers: auth,
    parts: [
      { name: 'title', value: 'Antrag aus dem Fachverfahren' },
      { name: 'documentType', value: 'application' },
      { name: 'receivedOn', value: '2026-03-01' },
      { name: 'tags', value: 'Schnittstelle, Test' },
      { name: 'file', file: { fileName: 'antrag.pdf', content } },
    ],
  });
  assert.equal(created.statusCode, 201, created.body);
  const { document } = created.json() as {
    document: { id: string; versions: { contentUrl: string; mediaType: string }[]; tags: string[] };
  };
  assert.deepEqual(document.tags, ['Schnittstelle', 'Test']);
  assert.equal(document.versions[0]!.mediaType, 'application/pdf');
  const read = await app.server.inject({
    method: 'GET',
    url: `/api/v1/records/documents/${document.id}`,
    headers: { host: hostA, ...auth },
  });
  assert.equal(read.statusCode, 200);
  const bytes = await app.server.inject({
    method: 'GET',
    url: document.versions[0]!.contentUrl,
    headers: { host: hostA, ...auth },
  });
  assert.deepEqual(bytes.rawPayload, content);
  const bad = await postMultipart(app.server, {
    host: hostA,
    url: `/api/v1/records/cases/${caseId}/documents`,
    headers: auth,
    parts: [
      {
        name: 'file',
        file: { fileName: 'x.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]) },
      },
    ],
  });
  assert.equal(bad.statusCode, 415);
  assert.equal((bad.json() as { error: { code: string } }).error.code, 'records.content_executable');
});
