// The records search page in the real browser, checked with axe (WCAG 2.1 AA): the empty form, a search
// with hits and a correction notice, the next page, and a search without hits. Used by keyboard only.
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

test('the search page meets WCAG 2.1 AA and works with the keyboard alone', async (t) => {
  const { db, tenantA, server } = await startTestApp(t);
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  await sql`update tenants set hosts = array_append(hosts, '127.0.0.1') where id = ${tenantA.id}`.execute(db);
  // 25 documents of the Bürgerbüro with text, written into the tables directly (the demo seed has none).
  await withTenant(db, tenantA.id, (trx) =>
    sql`with department as (select id from identity_departments where number = '32.1'),
      node as (insert into records_plan_nodes (tenant_id, code, title) values (app_tenant_id(), '32.40', 'Fundsachen')
        returning id),
      file as (insert into records_files (tenant_id, plan_node_id, reference, title, department_id, retention_years, disposal)
        select app_tenant_id(), node.id, '32.40-0001/2026', 'Fundsachen 2026', department.id, 6, 'destroy'
        from node, department returning id, department_id),
      kase as (insert into records_cases (tenant_id, file_id, number, title, department_id)
        select app_tenant_id(), file.id, 1, 'Fund Fahrrad', file.department_id from file returning id),
      documents as (insert into records_documents (tenant_id, case_id, title, document_type, received_on)
        select app_tenant_id(), kase.id, 'Fundanzeige ' || g, 'note', date '2026-02-01' + g
        from kase, generate_series(1, 25) g returning id),
      versions as (insert into records_document_versions (tenant_id, document_id, version, content_sha256,
          byte_size, media_type, file_name, text_status)
        select app_tenant_id(), id, 1, repeat('c', 64), 10, 'text/plain', 'fund.txt', 'extracted' from documents
        returning document_id)
      select 1`.execute(trx),
  );
  await withTenant(db, tenantA.id, (trx) =>
    sql`insert into records_document_texts (tenant_id, document_id, version, source, body)
      select app_tenant_id(), id, 1, 'plain', 'Am Marktplatz wurde ein Fahrrad gefunden und im Fundbüro abgegeben.'
      from records_documents`.execute(trx),
  );

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  t.after(() => browser.close());
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(jonas);
  await page.getByLabel(/^passwort$/i).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);

  await page.goto('/intern/suche');
  await checkAccessibility(page);
  await page.getByLabel('Suchbegriffe').fill('Fahrad');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /\/intern\/suche\?q=Fahrad/, 'a GET form: the search is in the address');
  await page.getByRole('heading', { name: 'Treffer', exact: true }).waitFor();
  assert.equal(await page.locator('ol mark').first().textContent(), 'Fahrrad');
  await checkAccessibility(page);
  await page.getByRole('link', { name: 'Weitere Treffer' }).focus();
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('ol h3').count(), 5);
  await checkAccessibility(page);
  await page.goto('/intern/suche?q=Tretroller&vorgang=abgeschlossen');
  await page.getByText(/Keine Treffer/).waitFor();
  await checkAccessibility(page);
  await context.close();
});
