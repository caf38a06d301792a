// The approval use cases on a real database: a return to an earlier step voids the signatures from that
// step on (the same people may then sign again, four eyes still holds), a rejection tells the supplier, and
// who sees which invoice (clerk: own department; head: and the units below; treasury: all) holds for
// signing as for reading.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { findDepartments } from '../identity/index.ts';
import { staffCaller } from '../records/index.ts';
import { receiveInvoice } from './invoices.intake.ts';
import { invoiceViewer, maySeeInvoice } from './invoices.policies.ts';
import { invoicesDepsOf, startInvoicesApp } from './invoices.test-helpers.ts';
import { rejectInvoice, returnToStep, saveBooking, signStep } from './invoices.usecases.ts';
import { sampleUblInvoice } from './invoices.validation.fixtures.ts';
import { closeDefaultValidationPool } from './invoices.validation.ts';
import { loadInvoice } from './invoices.views.ts';
import { stageUpload } from '../records/index.ts';
import { Readable } from 'node:stream';

after(closeDefaultValidationPool);

async function setup(t: Parameters<typeof startInvoicesApp>[0]) {
  const app = await startInvoicesApp(t);
  const deps = invoicesDepsOf(app);
  const tenantId = app.tenantA.id;
  const person = (name: string) => staffCaller(app.db, tenantId, `${name}@leichlingen.example`);
  const staged = await stageUpload(Readable.from([Buffer.from(sampleUblInvoice())]), deps.ingest);
  const { invoiceId } = await receiveInvoice(deps, tenantId, {
    staged,
    fileName: 'rechnung.xml',
    source: 'upload',
    actor: { type: 'system' },
  });
  const signatures = async () =>
    (
      await withTenant(app.db, tenantId, (trx) =>
        sql<{ step: string; voided: boolean }>`select step, voided_at is not null as voided
          from invoices_history where kind = 'signed' order by step desc`.execute(trx),
      )
    ).rows;
  return { app, deps, tenantId, person, invoiceId, signatures };
}

test('a return to an earlier step voids the signatures from that step on; four eyes still holds afterwards', async (t) => {
  const { deps, tenantId, person, invoiceId, signatures } = await setup(t);
  const [jonas, nina, michael] = await Promise.all([
    person('jonas.becker'),
    person('nina.schulz'),
    person('michael.braun'),
  ]);
  await signStep(deps, tenantId, jonas, { invoiceId, step: 'factual' });
  await signStep(deps, tenantId, nina, { invoiceId, step: 'arithmetic' });
  await assert.rejects(
    returnToStep(deps, tenantId, michael, { invoiceId, from: 'order', to: 'factual', reason: ' ' }),
    /reason_missing/,
  );
  await returnToStep(deps, tenantId, michael, {
    invoiceId,
    from: 'order',
    to: 'factual',
    reason: 'Lieferschein fehlt',
  });
  assert.deepEqual(await signatures(), [
    { step: 'factual', voided: true },
    { step: 'arithmetic', voided: true },
  ]);
  // Voided signatures no longer count: Jonas may sign the factual step again, but still no second step.
  await assert.rejects(signStep(deps, tenantId, nina, { invoiceId, step: 'order' }), /wrong_state/);
  await signStep(deps, tenantId, jonas, { invoiceId, step: 'factual' });
  await assert.rejects(signStep(deps, tenantId, jonas, { invoiceId, step: 'arithmetic' }), /four_eyes/);
  await signStep(deps, tenantId, nina, { invoiceId, step: 'arithmetic' });
  // A return goes only to an earlier step.
  await assert.rejects(
    returnToStep(deps, tenantId, michael, { invoiceId, from: 'order', to: 'order', reason: 'x' }),
    /wrong_state/,
  );
  await saveBooking(deps, tenantId, michael, { invoiceId, budgetItem: '1.02.01', costCentre: '3210' });
  assert.deepEqual(await signStep(deps, tenantId, michael, { invoiceId, step: 'order' }), {
    status: 'approved',
    nextStep: null,
  });
});

test('a rejection ends the approval with its reason and writes to the supplier', async (t) => {
  const { app, deps, tenantId, person, invoiceId } = await setup(t);
  const jonas = await person('jonas.becker');
  await assert.rejects(rejectInvoice(deps, tenantId, jonas, { invoiceId, reason: '' }), /reason_missing/);
  await rejectInvoice(deps, tenantId, jonas, { invoiceId, reason: 'Leistung nicht erbracht' });
  const details = await loadInvoice(deps, tenantId, jonas, invoiceId);
  assert.equal(details.invoice.status, 'rejected');
  assert.equal(details.invoice.rejectionReason, 'Leistung nicht erbracht');
  await assert.rejects(signStep(deps, tenantId, jonas, { invoiceId, step: 'factual' }), /wrong_state/);
  const mails = await withTenant(app.db, tenantId, (trx) =>
    sql<{ to_address: string; text_body: string }>`select to_address, text_body from mail_outbox`.execute(
      trx,
    ),
  );
  assert.equal(mails.rows.length, 1);
  assert.equal(mails.rows[0]!.to_address, 'erika.mueller@buerobedarf-mueller.example');
  assert.match(mails.rows[0]!.text_body, /Leistung nicht erbracht/);
});

test('a clerk sees the own department, a head also the units below, the treasury all; others get 404', async (t) => {
  const { app, deps, tenantId, person, invoiceId } = await setup(t);
  // The sample's Leitweg-ID routes it to 32.1 Bürgerbüro.
  const jonas = await person('jonas.becker');
  const michael = await person('michael.braun');
  const thomas = await person('thomas.krueger');
  const aylin = await person('aylin.yilmaz');
  const lukas = await person('lukas.weber');
  for (const actor of [jonas, michael, thomas]) await loadInvoice(deps, tenantId, actor, invoiceId);
  for (const actor of [aylin, lukas]) {
    await assert.rejects(loadInvoice(deps, tenantId, actor, invoiceId), /not_found/);
    await assert.rejects(signStep(deps, tenantId, actor, { invoiceId, step: 'factual' }), /not_found/);
  }
  const departments = await withTenant(app.db, tenantId, (trx) => findDepartments(trx));
  const byNumber = (number: string) => departments.find((d) => d.number === number)!.id;
  const viewer = (actor: typeof jonas) => invoiceViewer(actor, departments);
  // A clerk of the parent department does not see the unit below; a head does; unrouted only the treasury.
  const clerkOf32 = { roles: [{ role: 'clerk' as const, departmentId: byNumber('32') }] };
  assert.equal(
    maySeeInvoice(invoiceViewer(clerkOf32, departments), { departmentId: byNumber('32.1') }),
    false,
  );
  assert.equal(maySeeInvoice(viewer(michael), { departmentId: byNumber('32.1') }), true);
  assert.equal(maySeeInvoice(viewer(michael), { departmentId: null }), false);
  assert.equal(maySeeInvoice(viewer(thomas), { departmentId: null }), true);
  // A substitute sees what the absent person sees.
  const standIn = { ...aylin, actingFor: [{ staffId: jonas.id, displayName: 'Jonas', roles: jonas.roles }] };
  await loadInvoice(deps, tenantId, standIn, invoiceId);
});
