// The register belongs to the Bürgerbüro (32.1): who sees and works found items, decided by department —
// the Bürgerbüro's clerk and the head of the Ordnungsamt above it may, a clerk of the Sozialamt may not
// (404 on items, an empty work list). And the handover is filed in the item's case as a PDF/A record.
import assert from 'node:assert/strict';
import { buffer } from 'node:stream/consumers';
import { test } from 'node:test';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createBrowser, csrfTokenIn, DEMO_PASSWORD, hostA } from '../../test-app.ts';
import { createLostFoundRepository } from './lostfound.repository.ts';
import { registerItem, startLostFoundApp, WALLET, type LostFoundSetup } from './lostfound.test-helpers.ts';

async function signedIn(setup: LostFoundSetup, email: string, address: string) {
  const browser = createBrowser(setup.app.server, hostA, { remoteAddress: address });
  assert.equal((await browser.signIn(email, DEMO_PASSWORD)).statusCode, 303, `${email} signs in`);
  return browser;
}

async function demoItem(setup: LostFoundSetup, category: string) {
  const [row] = await setup.rows(
    sql<{ id: string }>`select id from lost_found_items where category = ${category}`,
  );
  return `/intern/fundbuero/fundsachen/${row!.id}`;
}

test('a clerk of another department does not see the Fundbüro’s items: 404 on them, an empty work list', async (t) => {
  const setup = await startLostFoundApp(t);
  const keys = await demoItem(setup, 'keys');
  const aylin = await signedIn(setup, 'aylin.yilmaz@leichlingen.example', '10.1.0.20');

  const list = await aylin.get('/intern/fundbuero');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Das Fundbüro wird von 32\.1 Bürgerbüro geführt/);
  assert.doesNotMatch(list.body, /Schlüsselbund|FU-\d{6}/);
  assert.doesNotMatch(list.body, /Fundsache erfassen/);

  const page = await aylin.get(keys);
  assert.equal(page.statusCode, 404);
  assert.doesNotMatch(page.body, /Schlüsselbund/);
  const csrf = csrfTokenIn(list.body);
  const handover = await aylin.post(`${keys}/herausgabe`, {
    _csrf: csrf,
    ownerName: 'Jemand',
    proofMethod: 'key_test',
    proofDetails: 'Schlüssel passt',
  });
  assert.equal(handover.statusCode, 404);
  assert.equal((await aylin.post(`${keys}/status`, { _csrf: csrf, step: 'destroyed' })).statusCode, 404);
  const registered = await registerItem({ ...setup, clerk: aylin }, WALLET);
  assert.equal(registered.statusCode, 403);
  const [state] = await setup.rows(sql<{ status: string; n: number }>`
    select (select status from lost_found_items where category = 'keys') as status,
           (select count(*)::int from lost_found_items) as n`);
  assert.deepEqual(state, { status: 'in_custody', n: 3 });
});

test('the head of the Ordnungsamt (32) works the Bürgerbüro’s (32.1) register like its clerk', async (t) => {
  const setup = await startLostFoundApp(t);
  const keys = await demoItem(setup, 'keys');
  const michael = await signedIn(setup, 'michael.braun@leichlingen.example', '10.1.0.21');
  const list = await michael.get('/intern/fundbuero');
  assert.equal(list.body.match(/>FU-\d{6}</g)?.length, 3, 'the three demo items');
  assert.doesNotMatch(list.body, /wird von 32\.1 Bürgerbüro geführt/);
  const page = await michael.get(keys);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Schlüsselbund mit drei Schlüsseln/);
  assert.equal((await setup.clerk.get(keys)).statusCode, 200, 'and the Bürgerbüro’s clerk too');
});

test('the handover is filed in the item’s case as a PDF/A record with owner, proof, fee, reward and clerk', async (t) => {
  const setup = await startLostFoundApp(t);
  const { app, clerk, rows } = setup;
  // The demo bicycle: 250 € → fee 5 € + 2 % = 10,00 € (DEMO schedule); reward 5 % = 12,50 € (§ 971 Abs. 1
  // S. 2 BGB), the finder claims ownership and so the reward.
  const bicycle = await demoItem(setup, 'bicycle');
  const page = await clerk.get(bicycle);
  const handed = await clerk.post(`${bicycle}/herausgabe`, {
    _csrf: csrfTokenIn(page.body),
    ownerName: 'Max Radler',
    proofMethod: 'serial_number',
    proofDetails: 'Rahmennummer auf der Rechnung stimmt überein.',
  });
  assert.equal(handed.statusCode, 303, handed.body.slice(0, 2000));
  const [record] = await rows(sql<{
    title: string;
    media_type: string;
    document_type: string;
    sha256: string;
    text: string | null;
  }>`
    select d.title, v.media_type, d.document_type, v.content_sha256 as sha256, x.body as text
    from lost_found_items i
    join records_documents d on d.case_id = i.case_id
    join records_document_versions v on v.document_id = d.id
    left join records_document_texts x on x.document_id = d.id and x.version = v.version
    where i.category = 'bicycle'`);
  assert.ok(record, 'one document in the bicycle’s case');
  assert.match(record.title, /^Herausgabeprotokoll Fundsache FU-\d{6} – Max Radler$/);
  assert.equal(record.media_type, 'application/pdf');
  assert.equal(record.document_type, 'minutes');
  const pdf = await buffer(await app.platform.blobs.get(record.sha256));
  assert.match(pdf.subarray(0, 8).toString('latin1'), /^%PDF-/);
  assert.match(pdf.toString('latin1'), /pdfaid:part>2</);
  for (const expected of [
    /Max Radler/,
    /Seriennummer \/ Rahmennummer \/ IMEI/,
    /Rahmennummer auf der Rechnung stimmt überein/,
    /10,00 €/,
    /12,50 €/,
    /22,50 €/,
    /§ 971 Abs\. 1 S\. 2 BGB/,
    /DEMO-Gebührenordnung/,
    /Jonas Becker/,
    /WAW1234567/,
  ])
    assert.match(record.text ?? '', expected);
  const [audit] = await rows(sql<{ record: string }>`
    select summary->>'record' as record from audit_entries where action = 'lost-and-found.item_handed_over'`);
  assert.ok(audit?.record, 'the audit entry names the record');
  assert.equal(
    Number((await rows(sql<{ n: number }>`select count(*)::int as n from records_blob_claims`))[0]!.n),
    0,
  );
});

test('the work list reads the first claim day of every held item in one query, as the single lookup does', async (t) => {
  const setup = await startLostFoundApp(t);
  const { app, tenantId } = setup;
  await withTenant(app.db as never, tenantId, async (trx) => {
    const typed = trx as unknown as Parameters<typeof createLostFoundRepository>[0]['trx'];
    const items = await createLostFoundRepository({ trx: typed }).items({});
    const [keys, umbrella] = items;
    await sql`insert into lost_found_claims (tenant_id, item_id, name, email, statement, status, created_at)
      values (app_tenant_id(), ${keys!.id}, 'A', 'a@example.org', 'meins', 'open', '2026-03-01T10:00:00Z'),
             (app_tenant_id(), ${keys!.id}, 'B', 'b@example.org', 'meins', 'open', '2026-02-20T23:30:00Z'),
             (app_tenant_id(), ${umbrella!.id}, 'C', 'c@example.org', 'meins', 'rejected', '2026-02-01T10:00:00Z')`.execute(
      trx,
    );
    const repository = createLostFoundRepository({ trx: trx as never as typeof typed });
    const days = await repository.firstClaimDays(items.map((item) => item.id));
    // 23:30 UTC on 20 February is already the 21st in Leichlingen; a rejected claim counts for nothing.
    assert.equal(days.get(keys!.id), '2026-02-21');
    assert.equal(days.has(umbrella!.id), false);
    for (const item of items) assert.equal(days.get(item.id), await repository.firstClaimDay(item.id));
  });
  const list = await setup.clerk.get('/intern/fundbuero');
  assert.equal(list.statusCode, 200);
});
