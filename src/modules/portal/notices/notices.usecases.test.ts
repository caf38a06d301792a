import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { tenantScope, withTenant } from '../../../platform/db/tenant-scope.ts';
import { setupCatalogue } from '../catalogue/catalogue.test-helpers.ts';
import { findNoticeTemplate, listNoticeTemplates, seedNoticeTemplatesDemo } from './notices.index.ts';
import type { NoticesTables } from './notices.tables.ts';
import { createTemplate, updateTemplate } from './notices.usecases.ts';
import type { TemplateInput } from './notices.validation.ts';

async function setup(t: Parameters<typeof setupCatalogue>[0]) {
  const catalogue = await setupCatalogue(t);
  const [service] = await catalogue.rows<{ id: string }>(
    sql`select id from portal_services where slug = 'bewohnerparkausweis'`,
  );
  const scope = tenantScope(catalogue.db as Kysely<NoticesTables>, catalogue.tenant.id);
  return { ...catalogue, serviceId: service!.id, noticesScope: scope };
}

const valid: TemplateInput = {
  name: 'Teilbewilligung',
  kind: 'partial',
  subject: 'Ihr Antrag {{antrag.zeichen}}',
  body: 'Guten Tag {{antragsteller.name}},\n\nwir bewilligen nur ein Jahr für {{angaben.licencePlate}}.',
  legalRemedy: 'Klage beim Verwaltungsgericht Köln.',
  active: true,
};

test('the demo seed adds approval and rejection once; a second run changes nothing', async (t) => {
  const app = await setup(t);
  assert.deepEqual(await seedNoticeTemplatesDemo(app.db, app.tenant.id), { inserted: 2 });
  await app.rows(
    sql`update portal_notice_templates set subject = 'Von Hand geändert' where name = 'Bewilligung'`,
  );
  assert.deepEqual(await seedNoticeTemplatesDemo(app.db, app.tenant.id), { inserted: 0 });
  const rows = await app.rows<{ name: string; kind: string; subject: string }>(
    sql`select name, kind, subject from portal_notice_templates order by name`,
  );
  assert.deepEqual(rows, [
    {
      name: 'Ablehnung',
      kind: 'rejection',
      subject: 'Ablehnung Ihres Antrags auf einen Bewohnerparkausweis',
    },
    { name: 'Bewilligung', kind: 'approval', subject: 'Von Hand geändert' },
  ]);
  // A town without the demo catalogue gets nothing.
  assert.deepEqual(await seedNoticeTemplatesDemo(app.db, app.other.id), { inserted: 0 });
});

test('a clerk is offered only active templates; an inactive one is still found by id', async (t) => {
  const app = await setup(t);
  await seedNoticeTemplatesDemo(app.db, app.tenant.id);
  const created = await createTemplate({
    scope: app.noticesScope,
    audit: app.audit,
    actor: app.actor,
    serviceId: app.serviceId,
    input: { ...valid, active: false },
  });
  assert.ok(created.ok);
  const listed = await withTenant(app.db, app.tenant.id, (trx) => listNoticeTemplates(trx, app.serviceId));
  assert.deepEqual(
    listed.map(({ kind, name }) => ({ kind, name })),
    [
      { kind: 'rejection', name: 'Ablehnung' },
      { kind: 'approval', name: 'Bewilligung' },
    ],
  );
  const found = await withTenant(app.db, app.tenant.id, (trx) => findNoticeTemplate(trx, created.templateId));
  assert.equal(found?.name, 'Teilbewilligung');
  assert.equal(found?.active, false);
  // Another town does not see it.
  const elsewhere = await withTenant(app.db, app.other.id, (trx) =>
    findNoticeTemplate(trx, created.templateId),
  );
  assert.equal(elsewhere, undefined);
});

test('creating and editing are audited; a bad placeholder or a taken name stores nothing', async (t) => {
  const app = await setup(t);
  const change = { scope: app.noticesScope, audit: app.audit, actor: app.actor };
  const created = await createTemplate({ ...change, serviceId: app.serviceId, input: valid });
  assert.ok(created.ok);
  const updated = await updateTemplate({
    ...change,
    templateId: created.templateId,
    input: { ...valid, subject: 'Neu: {{leistung.name}}' },
  });
  assert.deepEqual(updated, { ok: true });

  const bad = await updateTemplate({
    ...change,
    templateId: created.templateId,
    input: { ...valid, body: 'Farbe {{angaben.colour}} am {{heute}}' },
  });
  assert.equal(bad.ok, false);
  assert.deepEqual(!bad.ok && bad.errors.map((error) => [error.field, error.values?.names]), [
    ['body', '{{angaben.colour}}, {{heute}}'],
  ]);
  const twice = await createTemplate({ ...change, serviceId: app.serviceId, input: valid });
  assert.deepEqual(!twice.ok && twice.errors.map((error) => error.field), ['name']);

  const rows = await app.rows<{ subject: string; body: string }>(
    sql`select subject, body from portal_notice_templates`,
  );
  assert.deepEqual(rows, [{ subject: 'Neu: {{leistung.name}}', body: valid.body }]);
  const trail = await app.rows<{ action: string }>(
    sql`select action from audit_entries where object_id = ${created.templateId} order by seq`,
  );
  assert.deepEqual(
    trail.map((entry) => entry.action),
    ['portal.notice_template_created', 'portal.notice_template_updated'],
  );
});

test('required texts and lengths are checked; only an "other" letter may lack the legal remedy', async (t) => {
  const app = await setup(t);
  const change = { scope: app.noticesScope, audit: app.audit, actor: app.actor, serviceId: app.serviceId };
  const empty = await createTemplate({
    ...change,
    input: { name: ' ', kind: 'approval', subject: '', body: '', legalRemedy: '', active: true },
  });
  assert.deepEqual(!empty.ok && empty.errors.map((error) => error.field), [
    'name',
    'subject',
    'body',
    'legalRemedy',
  ]);
  const long = await createTemplate({
    ...change,
    input: { ...valid, subject: 'x'.repeat(301), kind: 'neu' },
  });
  assert.deepEqual(!long.ok && long.errors.map((error) => [error.field, error.values?.max]), [
    ['kind', undefined],
    ['subject', 300],
  ]);
  const other = await createTemplate({ ...change, input: { ...valid, kind: 'other', legalRemedy: '' } });
  assert.ok(other.ok);
});
