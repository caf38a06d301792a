// The invoice workflow over HTTP: an uploaded XRechnung is filed in the E-Akte, routed by its Leitweg-ID,
// signed in three steps by three people (four eyes and signing limits hold), and paid with a pain.001 that
// validates against the official schema. Bad input is refused with its reason and stores nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { withTenant, tenantScope } from '../../platform/db/tenant-scope.ts';
import { loadXsd, parseXml } from '../../platform/xml/index.ts';
import { createAuditTrail } from '../audit/index.ts';
import { createApiClient, type ApiClientTables } from '../identity/index.ts';
import { textPdf } from '../records/index.ts';
import { csrfTokenIn } from '../../test-app.ts';
import { runTool } from '../../platform/tools/index.ts';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sampleCiiInvoice, sampleUblInvoice } from './invoices.validation.fixtures.ts';
import { closeDefaultValidationPool } from './invoices.validation.ts';

after(closeDefaultValidationPool);
import { postToApi, signIn, startInvoicesApp, uploadInvoice } from './invoices.test-helpers.ts';

const painSchema = path.resolve(import.meta.dirname, '../../../../shared/standards/sepa/pain.001.001.09.xsd');

function invoiceIdFrom(location: unknown): string {
  const id = /\/intern\/rechnungen\/([0-9a-f-]{36})/.exec(String(location))?.[1];
  assert.ok(id, `redirect to an invoice: ${String(location)}`);
  return id;
}

async function sign(browser: Awaited<ReturnType<typeof signIn>>, id: string, step: string) {
  const page = await browser.get(`/intern/rechnungen/${id}`);
  return browser.post(`/intern/rechnungen/${id}/zeichnen`, {
    step,
    comment: '',
    _csrf: csrfTokenIn(page.body),
  });
}

test('an uploaded XRechnung goes through three steps by three people and is paid with a valid pain.001', async (t) => {
  const app = await startInvoicesApp(t);
  const rows = <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, app.tenantA.id, async (trx) => (await query.execute(trx)).rows);
  const jonas = await signIn(app.server, 'jonas.becker');
  const uploaded = await uploadInvoice(
    app.server,
    jonas,
    Buffer.from(sampleUblInvoice({ invoiceNumber: 'RE-2026-0001' })),
  );
  assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 3000));
  const id = invoiceIdFrom(uploaded.headers.location);

  const page = await jonas.get(`/intern/rechnungen/${id}`);
  assert.equal(page.statusCode, 200);
  for (const shown of [
    'Bürobedarf Müller GmbH',
    '04011000-12345-34',
    'BEST-4711',
    'Büromaterial Position 3',
    'DE89 3704 0044 0532 0130 00',
    'Angenommen',
    'Bürgerbüro',
  ])
    assert.ok(page.body.includes(shown), `the invoice page shows ${shown}`);
  // Filed in the Kämmerei's file of the year: original and validation report.
  const filed = await rows(sql<{ title: string; retention_years: number }>`
    select d.title, f.retention_years from records_documents d join records_cases c on c.id = d.case_id
    join records_files f on f.id = c.file_id where f.title = 'Eingangsrechnungen 2026' order by d.title`);
  assert.equal(filed.length, 2);
  assert.ok(filed.every((row) => row.retention_years === 10));
  const [reportVersion] = await rows(sql<{ media_type: string }>`
    select v.media_type from records_document_versions v join records_documents d on d.id = v.document_id
    where d.title like 'Prüfbericht%'`);
  assert.equal(reportVersion?.media_type, 'application/pdf', 'the validation report is filed as PDF/A');

  // The same person cannot sign a second step; someone without authority for the step cannot sign it.
  assert.equal((await sign(jonas, id, 'factual')).statusCode, 303);
  assert.equal((await sign(jonas, id, 'arithmetic')).statusCode, 409);
  const michaelEarly = await signIn(app.server, 'michael.braun');
  assert.equal((await sign(michaelEarly, id, 'arithmetic')).statusCode, 403);
  // A clerk of another department does not see the invoice at all (404, not 403), nor in her lists.
  const aylin = await signIn(app.server, 'aylin.yilmaz');
  assert.equal((await aylin.get(`/intern/rechnungen/${id}`)).statusCode, 404);
  const aylinsList = await aylin.get('/intern/rechnungen?ansicht=all');
  assert.ok(!aylinsList.body.includes(id));
  const aylinSigns = await aylin.post(`/intern/rechnungen/${id}/zeichnen`, {
    step: 'arithmetic',
    comment: '',
    _csrf: csrfTokenIn(aylinsList.body),
  });
  assert.equal(aylinSigns.statusCode, 404);

  const nina = await signIn(app.server, 'nina.schulz');
  assert.equal((await sign(nina, id, 'arithmetic')).statusCode, 303);
  const michael = await signIn(app.server, 'michael.braun');
  // The payment order needs the pre-booking first.
  const refused = await sign(michael, id, 'order');
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /Haushaltsstelle/);
  const detail = await michael.get(`/intern/rechnungen/${id}`);
  const booked = await michael.post(`/intern/rechnungen/${id}/kontierung`, {
    budgetItem: '1.02.01 / 543100',
    costCentre: '3210',
    _csrf: csrfTokenIn(detail.body),
  });
  assert.equal(booked.statusCode, 303);
  assert.equal((await sign(michael, id, 'order')).statusCode, 303);
  const [approved] = await rows(sql<{ status: string }>`select status from invoices where id = ${id}::uuid`);
  assert.equal(approved!.status, 'approved');

  const thomas = await signIn(app.server, 'thomas.krueger');
  const runsPage = await thomas.get('/intern/rechnungen/zahllaeufe');
  const run = await thomas.post('/intern/rechnungen/zahllaeufe', {
    executionDate: '2026-03-03',
    _csrf: csrfTokenIn(runsPage.body),
  });
  assert.equal(run.statusCode, 303, run.body.slice(0, 2000));
  const list = await thomas.get('/intern/rechnungen/zahllaeufe');
  const fileUrl = /href="(\/intern\/rechnungen\/zahllaeufe\/[0-9a-f-]{36}\/pain001\.xml)"/.exec(
    list.body,
  )?.[1];
  assert.ok(fileUrl);
  const file = await thomas.get(fileUrl!);
  assert.equal(file.statusCode, 200);
  const schema = loadXsd(painSchema, path.dirname(painSchema));
  const document = parseXml(Buffer.from(file.body));
  try {
    assert.deepEqual(schema.validate(document), []);
  } finally {
    document.dispose();
    schema.dispose();
  }
  assert.match(file.body, /<IBAN>DE89370400440532013000<\/IBAN>/);
  const [paid] = await rows(sql<{ status: string }>`select status from invoices where id = ${id}::uuid`);
  assert.equal(paid!.status, 'paid');
  // Every step is in the audit trail; the approval record is filed beside the invoice.
  const actions = await rows(
    sql<{ action: string }>`select action from audit_entries where action like 'invoices.%' order by seq`,
  );
  assert.deepEqual(
    actions.map((a) => a.action),
    [
      'invoices.received',
      'invoices.signed',
      'invoices.signed',
      'invoices.booking_saved',
      'invoices.signed',
      'invoices.payment_run',
    ],
  );
  const record = await rows(
    sql<{ title: string }>`select title from records_documents where title like 'Freigabevermerk%'`,
  );
  assert.equal(record.length, 1);
  // The pain.001 is filed as it was handed out: a case "Zahllauf <date>" in the Kämmerei's file of the year.
  const runFiled = await rows(sql<{
    caseTitle: string;
    fileTitle: string;
    sha256: string;
    mediaType: string;
  }>`
    select c.title as "caseTitle", f.title as "fileTitle", v.content_sha256 as sha256, v.media_type as "mediaType"
    from records_documents d join records_cases c on c.id = d.case_id join records_files f on f.id = c.file_id
    join records_document_versions v on v.document_id = d.id where d.document_type = 'payment_order'`);
  assert.equal(runFiled.length, 1);
  assert.match(runFiled[0]!.caseTitle, /^Zahllauf 2026-03-03 \(ZL-20260303-[0-9A-F]{8}\)$/);
  assert.equal(runFiled[0]!.fileTitle, 'Eingangsrechnungen 2026');
  assert.equal(runFiled[0]!.mediaType, 'application/xml');
  assert.equal(runFiled[0]!.sha256, createHash('sha256').update(file.body).digest('hex'));
  // Nothing left to pay: a second run is refused and files nothing.
  const again = await thomas.post('/intern/rechnungen/zahllaeufe', {
    executionDate: '2026-03-03',
    _csrf: csrfTokenIn(list.body),
  });
  assert.equal(again.statusCode, 409);
  const cases = await rows(
    sql<{ n: number }>`select count(*)::int as n from records_cases where title like 'Zahllauf%'`,
  );
  assert.equal(cases[0]!.n, 1);
  // Every blob filed on the way (invoice, report, approval record, payment file) is referenced by its
  // version; no upload claim is left behind to keep it.
  const claims = await rows(sql<{ n: number }>`select count(*)::int as n from records_blob_claims`);
  assert.equal(claims[0]!.n, 0);
});

test('bad input is refused with its reason and nothing is stored; the same file twice is one invoice; a duplicate is flagged', async (t) => {
  const app = await startInvoicesApp(t);
  const count = async () =>
    (
      await withTenant(app.db, app.tenantA.id, (trx) =>
        sql<{ n: number }>`select count(*)::int as n from invoices`.execute(trx),
      )
    ).rows[0]!.n;
  const jonas = await signIn(app.server, 'jonas.becker');
  const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
  const cases: [string, Buffer, string, RegExp][] = [
    ['not XML', Buffer.from('hello'), 'a.xml', /kein XML-Dokument/],
    ['XXE', Buffer.from(xxe), 'a.xml', /DOCTYPE/],
    [
      'unknown CustomizationID',
      Buffer.from(sampleUblInvoice({ customizationId: 'urn:example:unknown' })),
      'a.xml',
      /unbekannte Spezifikationskennung/,
    ],
    ['schematron errors', Buffer.from(sampleUblInvoice({ buyerReference: '' })), 'a.xml', /BR-DE-15/],
    ['PDF without invoice', textPdf([['Nur ein Brief']]), 'a.pdf', /keine eingebettete Rechnung/],
  ];
  for (const [name, content, fileName, reason] of cases) {
    const response = await uploadInvoice(app.server, jonas, content, fileName);
    assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${name}: ${response.statusCode}`);
    assert.match(response.body, reason, name);
  }
  assert.equal(await count(), 0);

  const xml = Buffer.from(sampleCiiInvoice({ invoiceNumber: 'RE-77' }));
  const first = await uploadInvoice(app.server, jonas, xml);
  const again = await uploadInvoice(app.server, jonas, xml);
  assert.equal(invoiceIdFrom(first.headers.location), invoiceIdFrom(again.headers.location));
  // Same seller, number and amount in another file (a different Leitweg-ID spelling leaves the bytes different).
  const copy = await uploadInvoice(
    app.server,
    jonas,
    Buffer.from(sampleCiiInvoice({ invoiceNumber: 'RE-77' }).replace('Zahlbar', 'Zahlbar ')),
  );
  const page = await jonas.get(String(copy.headers.location));
  assert.match(page.body, /Mögliche Doppelrechnung/);
  assert.equal(await count(), 2);
});

test('a supplier system posts a ZUGFeRD PDF through the API; unrouted invoices wait in the manual queue', async (t) => {
  const app = await startInvoicesApp(t);
  const adminId = (
    await withTenant(app.db, app.tenantA.id, (trx) =>
      sql<{
        id: string;
      }>`select id from identity_staff where email = 'katrin.hoffmann@leichlingen.example'`.execute(trx),
    )
  ).rows[0]!.id;
  const { client } = await createApiClient({
    scope: tenantScope(app.db as Kysely<ApiClientTables>, app.tenantA.id),
    name: 'Lieferantenportal',
    scopes: ['invoices.submit'],
    audit: createAuditTrail(),
    actor: { type: 'staff', id: adminId },
    now: new Date(),
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zugferd-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, 'base.pdf'), textPdf([['Rechnung RE-9']]));
  await writeFile(
    path.join(dir, 'factur-x.xml'),
    sampleCiiInvoice({ invoiceNumber: 'RE-9', buyerReference: '99999999-1-1' }),
  );
  const made = await runTool(
    'qpdf',
    [
      path.join(dir, 'base.pdf'),
      '--add-attachment',
      path.join(dir, 'factur-x.xml'),
      '--key=factur-x.xml',
      '--',
      path.join(dir, 'zf.pdf'),
    ],
    { timeoutMs: 20_000 },
  );
  assert.equal(made.code, 0, made.stderr);
  const response = await postToApi(
    app.server,
    client.token,
    await readFile(path.join(dir, 'zf.pdf')),
    'rechnung.pdf',
  );
  assert.equal(response.statusCode, 201, response.body);
  const body = response.json() as { id: string; status: string };
  assert.equal(body.status, 'in_approval');
  const rejected = await postToApi(app.server, client.token, Buffer.from('<x/>'), 'x.xml');
  assert.equal(rejected.statusCode, 422);
  assert.match(rejected.body, /invoices\.rejected/);

  const thomas = await signIn(app.server, 'thomas.krueger');
  const queue = await thomas.get('/intern/rechnungen?ansicht=queue');
  assert.ok(queue.body.includes(body.id), 'the invoice without a known Leitweg-ID waits in the manual queue');
  assert.equal(readFileSync(path.join(dir, 'factur-x.xml')).length > 0, true);
});
