// The workflow pages (desk, resubmissions, co-signing) in the real browser, checked with axe (WCAG 2.1 AA),
// with records in them: the demo seed has none, so they are written into the tables directly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { sql } from 'kysely';
import { DEMO_PASSWORD, startTestApp } from '../src/test-app.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { chromiumPath } from './support/rathaus.ts';

const jonas = 'jonas.becker@leichlingen.example';

type Db = Awaited<ReturnType<typeof startTestApp>>['db'];

async function one<T>(db: Db, tenantId: string, query: ReturnType<typeof sql<T>>): Promise<T> {
  return withTenant(db, tenantId, async (trx) => (await query.execute(trx)).rows[0]!);
}

let files = 0;

/** An open file of 32.1 with one case and one document; the demo seed has no records. */
async function seedRecord(db: Db, tenantId: string, responsible: string | null, documentTitle: string) {
  files += 1;
  return withTenant(db, tenantId, async (trx) => {
    const row = async (query: ReturnType<typeof sql<{ id: string }>>) =>
      (await query.execute(trx)).rows[0]!.id;
    const department = await row(sql`select id from identity_departments where number = '32.1'`);
    const node = await row(sql`insert into records_plan_nodes (tenant_id, code, title)
      values (app_tenant_id(), ${`98.${files}`}, 'Testgruppe') returning id`);
    const file = await row(sql`insert into records_files (tenant_id, plan_node_id, reference, title,
      department_id, responsible_staff_id, confidentiality, retention_years, disposal)
      values (app_tenant_id(), ${node}, ${`98.${files}-0001/2026`}, 'Testakte', ${department}, ${responsible},
        'open', 10, 'destroy') returning id`);
    const caseId = await row(sql`insert into records_cases (tenant_id, file_id, number, title, department_id,
      responsible_staff_id) values (app_tenant_id(), ${file}, 1, 'Testvorgang', ${department}, ${responsible})
      returning id`);
    const documentId = await row(sql`insert into records_documents (tenant_id, case_id, title, document_type)
      values (app_tenant_id(), ${caseId}, ${documentTitle}, 'notice') returning id`);
    await sql`insert into records_document_versions (tenant_id, document_id, version, content_sha256, byte_size,
      media_type, file_name) values (app_tenant_id(), ${documentId}, 1, ${'a'.repeat(64)}, 100,
      'application/pdf', 'entwurf.pdf')`.execute(trx);
    return { caseId, documentId, departmentId: department };
  });
}

test('the desk, resubmission and co-signing pages meet WCAG 2.1 AA', async (t) => {
  const app = await startTestApp(t);
  const { db, tenantA, server } = app;
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  // The browser reaches the town by its loopback address.
  await sql`update tenants set hosts = array_append(hosts, '127.0.0.1') where id = ${tenantA.id}`.execute(db);
  const { id: jonasId } = await one(
    db,
    tenantA.id,
    sql<{ id: string }>`select id from identity_staff where email = ${jonas}`,
  );
  const { caseId, documentId, departmentId } = await seedRecord(db, tenantA.id, jonasId, 'Bescheidentwurf');
  await withTenant(db, tenantA.id, (trx) =>
    sql`insert into records_resubmissions (tenant_id, case_id, staff_id, due_on, note, created_at, created_by)
      values (app_tenant_id(), ${caseId}, ${jonasId}, '2026-02-27', 'Nachfassen', now(), ${jonasId}),
             (app_tenant_id(), ${caseId}, ${jonasId}, '2026-03-09', null, now(), ${jonasId})`.execute(trx),
  );
  const other = await seedRecord(db, tenantA.id, null, 'Zweites Dokument');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  t.after(() => browser.close());
  const context = await browser.newContext({ baseURL: base, locale: 'de-DE' });
  const page = await context.newPage();
  const visit = async (path: string, status = 200) => {
    const response = await page.goto(path);
    assert.equal(response?.status(), status, path);
    await checkAccessibility(page);
  };
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(jonas);
  await page.getByLabel(/^passwort$/i).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);

  // Start a routing through the form, adding a row without JavaScript semantics.
  await visit(`/intern/dokumente/${documentId}/mitzeichnung`);
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: /Weitere Mitzeichnung/ }).click(),
  ]);
  await checkAccessibility(page);
  await page.getByLabel('1. Mitzeichnung').selectOption(`amt:${departmentId}`);
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: /^Mitzeichnung starten$/ }).click(),
  ]);
  await checkAccessibility(page); // error: no sign-off chosen
  await page.getByLabel('Zeichnung (abschließend)').selectOption(`person:${jonasId}`);
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: /^Mitzeichnung starten$/ }).click(),
  ]);
  assert.match(page.url(), /ergebnis=gestartet/);
  await checkAccessibility(page);

  await visit('/intern/arbeitsplatz');
  await visit('/intern/wiedervorlagen');
  await visit(`/intern/vorgaenge/${caseId}/wiedervorlage`);
  await page.getByLabel('Wiedervorlage am').fill('2020-01-01');
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: /^Wiedervorlage setzen$/ }).click(),
  ]);
  await checkAccessibility(page); // error summary
  await visit('/intern/mitzeichnungen');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^Zurückgeben$/ }).click()]);
  await checkAccessibility(page); // comment required
  await visit(`/intern/dokumente/${other.documentId}/mitzeichnung`);
  await context.close();
});
