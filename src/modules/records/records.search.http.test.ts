import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { apiTokenHash, newApiToken } from '../identity/index.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, hostA, hostB, startTestApp } from '../../test-app.ts';

const jonas = 'jonas.becker@leichlingen.example'; // clerk, Bürgerbüro 32.1
const lukas = 'lukas.weber@leichlingen.example'; // head of Bauaufsicht 63

type Db = Awaited<ReturnType<typeof startTestApp>>['db'];

/** A file of `department` with one case and `documents` documents, each with the given text. */
async function seedFile(
  db: Db,
  tenantId: string,
  options: {
    department: string;
    code: string;
    confidentiality: string;
    documents: { title: string; text: string }[];
  },
) {
  await withTenant(db, tenantId, async (trx) => {
    const id = async (query: ReturnType<typeof sql<{ id: string }>>) =>
      (await query.execute(trx)).rows[0]!.id;
    const department = await id(
      sql`select id from identity_departments where number = ${options.department}`,
    );
    const node = await id(sql`insert into records_plan_nodes (tenant_id, code, title)
      values (app_tenant_id(), ${options.code}, 'Gruppe') returning id`);
    const file =
      await id(sql`insert into records_files (tenant_id, plan_node_id, reference, title, department_id,
        confidentiality, retention_years, disposal)
      values (app_tenant_id(), ${node}, ${`${options.code}-0001/2026`}, 'Akte', ${department},
        ${options.confidentiality}, 10, 'destroy') returning id`);
    const caseId = await id(sql`insert into records_cases (tenant_id, file_id, number, title, department_id)
      values (app_tenant_id(), ${file}, 7, 'Hundehaltung Familie Schmitz', ${department}) returning id`);
    for (const [n, document] of options.documents.entries()) {
      const documentId =
        await id(sql`insert into records_documents (tenant_id, case_id, title, document_type, received_on)
        values (app_tenant_id(), ${caseId}, ${document.title}, 'notice', ${`2026-02-${String((n % 28) + 1).padStart(2, '0')}`})
        returning id`);
      await sql`insert into records_document_versions (tenant_id, document_id, version, content_sha256, byte_size,
          media_type, file_name, text_status)
        values (app_tenant_id(), ${documentId}, 1, ${'b'.repeat(64)}, 100, 'application/pdf', 'b.pdf', 'extracted')`.execute(
        trx,
      );
      await sql`insert into records_document_texts (tenant_id, document_id, version, source, body)
        values (app_tenant_id(), ${documentId}, 1, 'text_layer', ${document.text})`.execute(trx);
    }
  });
}

test('the search page finds, highlights safely, narrows, pages, and shows only what the person may see', async (t) => {
  const { server, db, tenantA, tenantB } = await startTestApp(t);
  await seedFile(db, tenantA.id, {
    department: '32.1',
    code: '32.40',
    confidentiality: 'internal',
    documents: Array.from({ length: 23 }, (_, n) => ({
      title: `Bescheid ${n + 1}`,
      text: `Festsetzung der Hundesteuer. Hinweis <b>fett</b> & "Zitat" Nr. ${n + 1}.`,
    })),
  });
  await seedFile(db, tenantA.id, {
    department: '63',
    code: '63.10',
    confidentiality: 'confidential',
    documents: [{ title: 'Vertrauliche Hundesteuer-Prüfung', text: 'Hundesteuer Prüfung' }],
  });
  await seedFile(db, tenantB.id, {
    department: '32.1',
    code: '32.40',
    confidentiality: 'open',
    documents: [{ title: 'Burscheider Hundesteuer', text: 'Hundesteuer' }],
  });

  const browser = createBrowser(server, hostA);
  await browser.signIn(jonas, DEMO_PASSWORD);
  const empty = await browser.get('/intern/suche');
  assert.equal(empty.statusCode, 200);
  assert.match(empty.body, /href="\/intern\/suche"[^>]*aria-current/, 'the navigation marks "Suche"');
  assert.match(empty.body, /<form method="get" action="\/intern\/suche" role="search"/);
  assert.doesNotMatch(empty.body, /id="treffer"/, 'no result section before a search');

  const page = await browser.get('/intern/suche?q=Hundesteur&amt=&aktenplan=&art=&vorgang=&von=&bis=');
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers['cache-control'], 'private, no-store');
  assert.match(page.body, /ähnlichsten Wort/, 'the typo is corrected and says so');
  assert.match(page.body, /<mark>Hundesteuer<\/mark>/);
  assert.match(page.body, /Hinweis fett &amp; &quot;Zitat/, 'text is escaped; tag-like tokens are dropped');
  assert.doesNotMatch(page.body, /<b>fett/);
  assert.match(page.body, /32\.40-0001\/2026/);
  assert.match(page.body, /7: Hundehaltung Familie Schmitz/);
  assert.doesNotMatch(
    page.body,
    /Vertrauliche|Burscheider/,
    'neither the confidential file nor the other town',
  );
  assert.equal((page.body.match(/<h3 /g) ?? []).length, 20);
  const next = /href="(\/intern\/suche\?[^"]*weiter=[^"]+)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&');
  assert.ok(next, 'a link to the next page');
  assert.match(next, /q=Hundesteur/, 'the next page keeps the search');
  const second = await browser.get(next);
  assert.equal((second.body.match(/<h3 /g) ?? []).length, 3);
  assert.doesNotMatch(second.body, /Weitere Treffer/, 'the last page has no next link');

  const filtered = await browser.get('/intern/suche?q=Hundesteuer&aktenplan=63.10');
  assert.match(filtered.body, /Keine Treffer/);
  assert.equal((await browser.get('/intern/suche?q=x&von=2026-02-31')).statusCode, 400);
  assert.equal((await browser.get('/intern/suche?weiter=kaputt')).statusCode, 400);
  assert.equal((await browser.get('/intern/suche?amt=nicht-eine-id')).statusCode, 400);

  const head = createBrowser(server, hostA);
  await head.signIn(lukas, DEMO_PASSWORD);
  assert.match((await head.get('/intern/suche?q=Hundesteuer')).body, /Vertrauliche Hundesteuer-Prüfung/);
});

test('the search API answers JSON with escaped, marked snippets and never confidential records', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  await seedFile(db, tenantA.id, {
    department: '32.1',
    code: '32.40',
    confidentiality: 'internal',
    documents: [
      { title: 'Fundanzeige', text: 'Gefunden: Fahrrad & "Helm" <script>alert(1)</script> am Marktplatz.' },
    ],
  });
  await seedFile(db, tenantA.id, {
    department: '63',
    code: '63.10',
    confidentiality: 'confidential',
    documents: [{ title: 'Vertraulich', text: 'Fahrrad' }],
  });
  // An API client with the records.read scope, written as the administration page would store it.
  const token = newApiToken();
  await withTenant(db, tenantA.id, (trx) =>
    sql`insert into identity_api_clients (tenant_id, name, scopes, token_prefix, token_hash, created_by, created_at)
      select app_tenant_id(), 'Fachverfahren', array['records.read'], ${token.slice(0, 8)}, ${apiTokenHash(token)},
        id, now() from identity_staff where email = 'katrin.hoffmann@leichlingen.example'`.execute(trx),
  );
  const response = await server.inject({
    method: 'GET',
    url: '/api/v1/records/search?q=Fahrrad&limit=5',
    headers: { host: hostA, authorization: `Bearer ${token}` },
  });
  assert.equal(response.statusCode, 200);
  const body = response.json() as { items: { title: string; snippet: string }[]; nextCursor: string | null };
  assert.deepEqual(
    body.items.map((item) => item.title),
    ['Fundanzeige'],
  );
  // Escaped first, then marked: only our <mark> is markup (ts_headline itself drops tag-like tokens).
  const snippet = body.items[0]!.snippet;
  assert.match(snippet, /^Gefunden: <mark>Fahrrad<\/mark> &amp; &quot;Helm&quot;/);
  assert.doesNotMatch(snippet.replaceAll(/<\/?mark>/g, ''), /[<>]/);
  assert.equal(body.nextCursor, null);
  const unknown = await server.inject({
    method: 'GET',
    url: '/api/v1/records/search?q=Fahrrad',
    headers: { host: hostB, authorization: `Bearer ${token}` },
  });
  assert.equal(unknown.statusCode, 401, "another town's host does not know this town's token");
  const page = await server.inject({
    method: 'GET',
    url: '/intern/suche?q=Fahrrad',
    headers: { host: hostA, authorization: `Bearer ${token}` },
  });
  assert.equal(page.statusCode, 401, 'the page is for people');
});
