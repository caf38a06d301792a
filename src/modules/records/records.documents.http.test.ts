// Filing documents through the staff pages, as a clerk does it: the plain multipart form (no JavaScript),
// refusals with their reasons, recognising the same content, closed files, visibility, new versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA, startTestApp } from '../../test-app.ts';
import { encryptedPdf, letterLines, renderPage, textPdf, zipArchive } from './fixtures/records.fixtures.ts';
import { closeFile, people, postMultipart, seedCase, type Part } from './records.documents.test-fixtures.ts';

async function signedIn(server: Parameters<typeof createBrowser>[0], email: string) {
  const browser = createBrowser(server, hostA);
  await browser.signIn(email, DEMO_PASSWORD);
  return browser;
}

type App = Awaited<ReturnType<typeof startTestApp>>;

async function upload(app: App, browser: ReturnType<typeof createBrowser>, caseId: string, parts: Part[]) {
  const page = await browser.get(`/intern/vorgaenge/${caseId}/dokumente/neu`);
  const token = csrfTokenIn(page.body);
  return postMultipart(app.server, {
    host: hostA,
    jar: browser.jar,
    url: `/intern/vorgaenge/${caseId}/dokumente/neu?_csrf=${encodeURIComponent(token)}`,
    parts,
  });
}

async function versionsOf(app: App, caseId: string) {
  return withTenant(
    app.db,
    app.tenantA.id,
    async (trx) =>
      (
        await sql<{
          title: string;
          fileName: string;
          mediaType: string;
          textStatus: string;
          sha256: string;
          documentId: string;
        }>`
        select d.title, v.file_name as "fileName", v.media_type as "mediaType", v.text_status as "textStatus",
               v.content_sha256 as sha256, d.id as "documentId"
        from records_documents d join records_document_versions v on v.document_id = d.id
        where d.case_id = ${caseId} order by v.file_name`.execute(trx)
      ).rows,
  );
}

const letter = textPdf([letterLines]);

test('a clerk files several files at once with the plain form; text is read, scans wait for OCR', async (t) => {
  const app = await startTestApp(t);
  const { caseId, reference } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const browser = await signedIn(app.server, people.clerk);
  const form = await browser.get(`/intern/vorgaenge/${caseId}/dokumente/neu`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /enctype="multipart\/form-data"/);
  assert.match(form.body, /type="file" id="dateien" name="dateien" multiple/);
  assert.match(form.body, new RegExp(reference.replaceAll('.', '\\.')));

  const scan = await renderPage(textPdf([letterLines], { fontSize: 14 }), { dpi: 100 });
  const response = await upload(app, browser, caseId, [
    { name: 'dokumentart', value: 'application' },
    { name: 'richtung', value: 'incoming' },
    { name: 'eingang', value: '02.03.2026' },
    { name: 'dateien', file: { fileName: 'Antrag.pdf', content: letter } },
    { name: 'dateien', file: { fileName: 'Anlage-Scan.png', content: scan, contentType: 'application/pdf' } },
  ]);
  assert.equal(response.statusCode, 200, response.body);
  assert.match(response.body, /2 Datei\(en\) abgelegt/);
  assert.match(response.body, /Texterkennung läuft im Hintergrund/);

  const versions = await versionsOf(app, caseId);
  assert.deepEqual(
    versions.map((v) => [v.title, v.fileName, v.mediaType, v.textStatus]),
    [
      // The browser's Content-Type ("application/pdf" for the PNG) is ignored: the bytes decide.
      ['Anlage-Scan', 'Anlage-Scan.png', 'image/png', 'ocr_pending'],
      ['Antrag', 'Antrag.pdf', 'application/pdf', 'extracted'],
    ],
  );
  const [texts, jobs, audit] = await withTenant(app.db, app.tenantA.id, async (trx) => [
    (
      await sql<{ body: string; source: string }>`select body, source from records_document_texts`.execute(
        trx,
      )
    ).rows,
    (await sql<{ kind: string }>`select kind from jobs where kind = 'records.ocr'`.execute(trx)).rows,
    (
      await sql<{
        action: string;
      }>`select action from audit_entries where action like 'records.document%'`.execute(trx)
    ).rows,
  ]);
  assert.equal(texts.length, 1);
  assert.equal(texts[0]!.source, 'text_layer');
  assert.match(texts[0]!.body, /Führungszeugnisses/);
  assert.equal(jobs.length, 1, 'one OCR job, queued with the scan');
  assert.equal(audit.length, 2);
  assert.ok(await app.platform.blobs.has(versions[1]!.sha256), 'the content is in the blob store');
});

test('with htmx the same form answers with the result fragment only', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const browser = await signedIn(app.server, people.clerk);
  const page = await browser.get(`/intern/vorgaenge/${caseId}/dokumente/neu`);
  assert.match(page.body, /hx-post="\/intern\/vorgaenge\/[^"]+\/dokumente\/neu\?_csrf=/);
  const response = await postMultipart(app.server, {
    host: hostA,
    jar: browser.jar,
    url: `/intern/vorgaenge/${caseId}/dokumente/neu?_csrf=${encodeURIComponent(csrfTokenIn(page.body))}`,
    parts: [{ name: 'dateien', file: { fileName: 'Brief.pdf', content: letter } }],
    headers: { 'hx-request': 'true' },
  });
  assert.equal(response.statusCode, 200);
  assert.doesNotMatch(response.body, /<html/);
  assert.match(response.body, /1 Datei\(en\) abgelegt/);
});

test('bad input is refused file by file with a clear reason; a cleaned name is reported', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const browser = await signedIn(app.server, people.clerk);
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(500)]);
  const bomb = zipArchive([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    { name: 'word/zeros.xml', data: Buffer.alloc(30 * 1024 * 1024) },
  ]);
  const response = await upload(app, browser, caseId, [
    { name: 'dateien', file: { fileName: 'rechnung.pdf', content: elf } },
    { name: 'dateien', file: { fileName: 'geschuetzt.pdf', content: await encryptedPdf(letter) } },
    { name: 'dateien', file: { fileName: 'kaputt.pdf', content: letter.subarray(0, 200) } },
    { name: 'dateien', file: { fileName: 'leer.txt', content: Buffer.alloc(0) } },
    { name: 'dateien', file: { fileName: 'bombe.docx', content: bomb } },
    { name: 'dateien', file: { fileName: '../../etc/Bescheid\u0007.pdf', content: letter } },
    { name: 'dateien', file: { fileName: `${'x'.repeat(1000)}.pdf`, content: textPdf([['Lang']]) } },
  ]);
  assert.equal(response.statusCode, 200);
  const body = response.body;
  assert.match(body, /5 Datei\(en\) nicht angenommen/);
  assert.match(body, /rechnung\.pdf<\/strong>: Die Datei ist ein Programm oder Skript/);
  assert.match(body, /geschuetzt\.pdf<\/strong>: Die PDF-Datei ist verschlüsselt/);
  assert.match(body, /kaputt\.pdf<\/strong>: Die PDF-Datei ist beschädigt/);
  assert.match(body, /leer\.txt<\/strong>: Die Datei ist leer/);
  assert.match(body, /bombe\.docx<\/strong>: Die Datei entpackt sich auf eine unzulässige Größe/);
  assert.match(body, /Der Dateiname wurde angepasst[^<]*„Bescheid\.pdf“/);
  const names = (await versionsOf(app, caseId)).map((v) => v.fileName);
  assert.equal(names.length, 2);
  assert.ok(names.includes('Bescheid.pdf'));
  const long = names.find((name) => name.startsWith('xxx'))!;
  assert.ok(long.endsWith('.pdf') && long.length === 255);
});

test('the same content uploaded again is filed, and the page names where it already lies — if visible', async (t) => {
  const app = await startTestApp(t);
  const first = await seedCase(app.db, app.tenantA.id, { department: '32.1', caseTitle: 'Erster Vorgang' });
  const second = await seedCase(app.db, app.tenantA.id, { department: '32.1', caseTitle: 'Zweiter Vorgang' });
  const secret = await seedCase(app.db, app.tenantA.id, {
    department: '50',
    confidentiality: 'confidential',
    caseTitle: 'Geheimer Vorgang',
  });
  const clerk = await signedIn(app.server, people.clerk);
  const registry = await signedIn(app.server, people.registry);
  const content = textPdf([['Einmaliger Inhalt für die Dublettenprüfung']]);
  // Filed first in a confidential file the clerk may not see: it must never be named to them.
  await upload(app, registry, secret.caseId, [{ name: 'dateien', file: { fileName: 'a.pdf', content } }]);
  const once = await upload(app, clerk, first.caseId, [
    { name: 'dateien', file: { fileName: 'a.pdf', content } },
  ]);
  assert.doesNotMatch(once.body, /liegt bereits vor/);
  assert.doesNotMatch(once.body, /Geheimer Vorgang/);
  const again = await upload(app, clerk, second.caseId, [
    { name: 'dateien', file: { fileName: 'b.pdf', content } },
  ]);
  assert.match(again.body, /1 Datei\(en\) abgelegt/);
  assert.match(again.body, /Dieser Inhalt liegt bereits vor in:/);
  assert.match(
    again.body,
    new RegExp(`Akte ${first.reference.replaceAll('.', '\\.')} / Vorgang 1 „Erster Vorgang“`),
  );
  assert.doesNotMatch(again.body, /Geheimer Vorgang/);
  // One blob for all three versions.
  const [a] = await versionsOf(app, first.caseId);
  const [b] = await versionsOf(app, second.caseId);
  assert.equal(a!.sha256, b!.sha256);
});

test('a closed file takes no documents; an invisible case answers 404; no write role answers 403', async (t) => {
  const app = await startTestApp(t);
  const open = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const closed = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  await closeFile(app.db, app.tenantA.id, closed.fileId);
  const clerk = await signedIn(app.server, people.clerk);
  assert.equal((await clerk.get(`/intern/vorgaenge/${closed.caseId}/dokumente/neu`)).statusCode, 409);
  const page = await clerk.get(`/intern/vorgaenge/${open.caseId}/dokumente/neu`);
  const refused = await postMultipart(app.server, {
    host: hostA,
    jar: clerk.jar,
    url: `/intern/vorgaenge/${closed.caseId}/dokumente/neu?_csrf=${encodeURIComponent(csrfTokenIn(page.body))}`,
    parts: [{ name: 'dateien', file: { fileName: 'a.pdf', content: letter } }],
  });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /Die Akte ist geschlossen/);
  assert.equal((await versionsOf(app, closed.caseId)).length, 0);

  const other = await signedIn(app.server, people.socialClerk);
  assert.equal((await other.get(`/intern/vorgaenge/${open.caseId}/dokumente/neu`)).statusCode, 404);
  const admin = await signedIn(app.server, people.admin);
  assert.equal((await admin.get(`/intern/vorgaenge/${open.caseId}/dokumente/neu`)).statusCode, 403);
});

test('without the CSRF token an upload is refused before anything is read', async (t) => {
  const app = await startTestApp(t);
  const { caseId } = await seedCase(app.db, app.tenantA.id, { department: '32.1' });
  const clerk = await signedIn(app.server, people.clerk);
  const response = await postMultipart(app.server, {
    host: hostA,
    jar: clerk.jar,
    url: `/intern/vorgaenge/${caseId}/dokumente/neu`,
    parts: [{ name: 'dateien', file: { fileName: 'a.pdf', content: letter } }],
  });
  assert.equal(response.statusCode, 403);
  assert.equal((await versionsOf(app, caseId)).length, 0);
});
