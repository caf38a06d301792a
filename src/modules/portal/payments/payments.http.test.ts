// The whole payment flow through the HTTP app, with the test provider's callback sent as a real HTTP POST:
// the app listens on a random local port and the demo town answers under 127.0.0.1 too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { createAuditTrail } from '../../audit/index.ts';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../../platform/tenancy/tenants.repository.ts';
import { createBrowser, csrfTokenIn, hostA, startTestApp } from '../../../test-app.ts';
import { paymentStatusOf, startPayment } from './payments.index.ts';
import type { PaymentsDeps } from './payments.registry.ts';
import {
  createTestPaymentProvider,
  signTestCallback,
  type TestCallbackBody,
} from './payments.test-provider.ts';

const subjectId = '3b0e8f0a-8a51-4b8e-9a43-5c1f6f3c9d01';

async function startPaymentsApp(t: { after: (fn: () => Promise<void>) => void }) {
  const app = await startTestApp(t);
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.server.address() as AddressInfo).port;
  await createTenantsRepository({ db: app.db as Kysely<PlatformTables> }).upsert({
    slug: 'leichlingen',
    name: app.tenantA.name,
    hosts: [hostA, '127.0.0.1'],
  });
  const host = `127.0.0.1:${port}`;
  const origin = `http://${host}`;
  const deps: PaymentsDeps = {
    db: app.db,
    audit: createAuditTrail({ now: app.clock.now }),
    now: app.clock.now,
    secret: app.platform.secret,
    publicUrl: undefined,
  };
  const tenantId = app.tenantA.id;
  const start = (changes: { citizenId?: string | null } = {}) =>
    startPayment(deps, {
      tenantId,
      subjectType: 'application',
      subjectId,
      citizenId: changes.citizenId ?? null,
      amountCents: 2_550,
      purpose: 'Hundesteuer 2026, Antrag 2026-0042',
      returnPath: '/konto',
      origin,
    });
  const callback = (body: unknown, headers: Record<string, string>) =>
    app.server.inject({
      method: 'POST',
      url: '/zahlung/rueckmeldung/test',
      headers: { host, 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(body),
    });
  const signed = (body: TestCallbackBody) => ({
    authorization: `Bearer ${signTestCallback(deps.secret, body)}`,
  });
  const status = async () =>
    (await paymentStatusOf(deps, { tenantId, subjectType: 'application', subjectId }))?.status;
  const audit = async (action: string) =>
    (
      await withTenant(app.db, tenantId, (trx) =>
        sql<{
          summary: Record<string, unknown>;
        }>`select summary from audit_entries where action = ${action} order by seq`.execute(trx),
      )
    ).rows.map((row) => row.summary);
  const providerReference = async (paymentId: string) =>
    (
      await withTenant(app.db, tenantId, (trx) =>
        sql<{
          reference: string;
        }>`select provider_reference as reference from portal_payments where id = ${paymentId}`.execute(trx),
      )
    ).rows[0]!.reference;
  return { ...app, host, origin, deps, tenantId, start, callback, signed, status, audit, providerReference };
}

const pathOf = (url: string) => new URL(url).pathname;

test('a citizen pays through the test provider: its page says no money moves, the signed callback books the payment, the result page confirms it', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId, redirectUrl } = await app.start();
  assert.equal(redirectUrl.startsWith(`${app.origin}/zahlung/test/test_`), true);
  assert.equal(await app.status(), 'pending');

  const browser = createBrowser(app.server, app.host);
  const page = await browser.get(pathOf(redirectUrl));
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Testzahlungsanbieter – es wird kein Geld bewegt/);
  assert.match(page.body, /25,50\s€/);
  assert.match(page.body, /Hundesteuer 2026, Antrag 2026-0042/);
  assert.match(page.body, /Zahlung bestätigen \(Test\)/);
  assert.match(page.body, /<main[^>]*id="main"/);
  assert.match(page.body, /class="skip-link"/);

  const decided = await browser.post(pathOf(redirectUrl), {
    entscheidung: 'paid',
    _csrf: csrfTokenIn(page.body),
  });
  assert.equal(decided.statusCode, 303);
  assert.equal(decided.headers.location, `${app.origin}/zahlung/ergebnis/${paymentId}`);
  assert.equal(await app.status(), 'paid');
  assert.equal((await app.audit('portal.payment_paid')).length, 1);
  assert.equal((await app.audit('portal.payment_started')).length, 1);

  const result = await browser.get(`/zahlung/ergebnis/${paymentId}`);
  assert.equal(result.statusCode, 200);
  assert.match(result.body, /Zahlung eingegangen/);
  assert.match(result.body, /href="\/konto"/);
  assert.match(result.body, /<main[^>]*id="main"/);

  // The provider's page now only says it is done, and a second click books nothing new.
  const again = await browser.get(pathOf(redirectUrl));
  assert.match(again.body, /bereits abgeschlossen/);
  assert.match(again.body, /Testzahlungsanbieter – es wird kein Geld bewegt/);
});

test('a callback with a wrong signature is refused with 403 and audited, and the payment stays pending', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId } = await app.start();
  const body: TestCallbackBody = {
    paymentId,
    providerReference: await app.providerReference(paymentId),
    amountCents: 2_550,
    currency: 'EUR',
    status: 'paid',
  };
  const forged = await app.callback(body, {
    authorization: `Bearer ${signTestCallback('guessed-secret', body)}`,
  });
  assert.equal(forged.statusCode, 403);
  assert.equal(forged.json().error.code, 'portal.payment_callback_unsigned');
  assert.deepEqual(forged.json().error.details, { reason: 'bad_signature' });
  const unsigned = await app.callback(body, { authorization: 'Bearer nothing' });
  assert.equal(unsigned.statusCode, 403);

  assert.equal(await app.status(), 'pending');
  const refused = await app.audit('portal.payment_callback_refused');
  assert.deepEqual(
    refused.map((summary) => summary.reason),
    ['bad_signature', 'missing_signature'],
  );
  assert.doesNotMatch(JSON.stringify(refused), /guessed-secret|Bearer/);
});

test('a correctly signed callback with a wrong amount is refused with 400 and audited, and the payment stays pending', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId } = await app.start();
  const body: TestCallbackBody = {
    paymentId,
    providerReference: await app.providerReference(paymentId),
    amountCents: 1,
    currency: 'EUR',
    status: 'paid',
  };
  const response = await app.callback(body, app.signed(body));
  assert.equal(response.statusCode, 400);
  assert.deepEqual(response.json().error.details, { reason: 'amount_mismatch' });
  assert.equal(await app.status(), 'pending');
  const [refused] = await app.audit('portal.payment_callback_refused');
  assert.equal(refused?.reason, 'amount_mismatch');
  assert.equal(refused?.reportedAmountCents, 1);
  assert.equal(refused?.expectedAmountCents, 2_550);
});

test('a repeated callback is answered as done and books nothing twice', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId } = await app.start();
  const body: TestCallbackBody = {
    paymentId,
    providerReference: await app.providerReference(paymentId),
    amountCents: 2_550,
    currency: 'EUR',
    status: 'paid',
  };
  const first = await app.callback(body, app.signed(body));
  assert.equal(first.statusCode, 200);
  assert.deepEqual(first.json(), { paymentId, status: 'paid', repeated: false });
  const paidAt = (
    await paymentStatusOf(app.deps, { tenantId: app.tenantId, subjectType: 'application', subjectId })
  )?.paidAt;
  app.clock.advance(60_000);
  const second = await app.callback(body, app.signed(body));
  assert.equal(second.statusCode, 200);
  assert.deepEqual(second.json(), { paymentId, status: 'paid', repeated: true });
  const view = await paymentStatusOf(app.deps, {
    tenantId: app.tenantId,
    subjectType: 'application',
    subjectId,
  });
  assert.deepEqual(view?.paidAt, paidAt);
  assert.equal((await app.audit('portal.payment_paid')).length, 1);

  // A later, contradicting callback for the paid payment is refused.
  const failed = { ...body, status: 'failed' as const };
  const contradicting = await app.callback(failed, app.signed(failed));
  assert.equal(contradicting.statusCode, 409);
  assert.equal(await app.status(), 'paid');
  // And a second payment for the paid subject is not started at all.
  await assert.rejects(app.start(), { code: 'portal.payment_already_paid' });
});

test('a signed callback for a payment that does not exist answers 404 and is audited; so does its result page', async (t) => {
  const app = await startPaymentsApp(t);
  const body: TestCallbackBody = {
    paymentId: '00000000-0000-4000-8000-00000000abcd',
    providerReference: `test_${'A'.repeat(22)}`,
    amountCents: 2_550,
    currency: 'EUR',
    status: 'paid',
  };
  const response = await app.callback(body, app.signed(body));
  assert.equal(response.statusCode, 404);
  assert.equal(response.json().error.code, 'portal.payment_not_found');
  assert.equal((await app.audit('portal.payment_callback_refused'))[0]?.reason, 'unknown_payment');

  const browser = createBrowser(app.server, app.host);
  assert.equal((await browser.get(`/zahlung/ergebnis/${body.paymentId}`)).statusCode, 404);
  assert.equal((await browser.get(`/zahlung/test/${body.providerReference}`)).statusCode, 404);
  const unknownProvider = await app.server.inject({
    method: 'POST',
    url: '/zahlung/rueckmeldung/epaybl',
    headers: { host: app.host, 'content-type': 'application/json', ...app.signed(body) },
    payload: JSON.stringify(body),
  });
  assert.equal(unknownProvider.json().error.code, 'portal.payment_provider_unknown');
});

test('a failed payment is "nicht erfolgt" on the result page, which starts a new attempt for the same fee', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId, redirectUrl } = await app.start();
  const browser = createBrowser(app.server, app.host);
  await browser.submit(pathOf(redirectUrl), pathOf(redirectUrl), { entscheidung: 'failed' });
  assert.equal(await app.status(), 'failed');

  const result = await browser.get(`/zahlung/ergebnis/${paymentId}`);
  assert.match(result.body, /Die Zahlung ist nicht erfolgt/);
  assert.match(result.body, /Erneut bezahlen/);
  app.clock.advance(60_000);
  const retry = await browser.post(`/zahlung/ergebnis/${paymentId}/erneut`, {
    _csrf: csrfTokenIn(result.body),
  });
  assert.equal(retry.statusCode, 303);
  const next = String(retry.headers.location);
  assert.match(next, /\/zahlung\/test\/test_/);
  assert.notEqual(pathOf(next), pathOf(redirectUrl));
  const newPage = await browser.get(pathOf(next));
  assert.match(newPage.body, /25,50\s€/);
  assert.equal(await app.status(), 'pending');
});

test('when the callback got lost, the result page asks the provider and books what it reports', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId, redirectUrl } = await app.start();
  // The provider books the payment, but its notification never arrives.
  const provider = createTestPaymentProvider({ ...app.deps, deliver: async () => ({ status: 502 }) });
  const reference = pathOf(redirectUrl).split('/').at(-1)!;
  assert.equal(
    (await provider.decide({ tenantId: app.tenantId, reference, outcome: 'paid' }))?.delivered,
    false,
  );
  assert.equal(await app.status(), 'pending');

  const result = await createBrowser(app.server, app.host).get(`/zahlung/ergebnis/${paymentId}`);
  assert.match(result.body, /Zahlung eingegangen/);
  assert.equal(await app.status(), 'paid');
  assert.equal((await app.audit('portal.payment_paid'))[0]?.via, 'status_query');
});

test('a payment started by a signed-in citizen shows its result to nobody else', async (t) => {
  const app = await startPaymentsApp(t);
  const { paymentId } = await app.start({ citizenId: '7d2f4c3a-1b2c-4d5e-8f90-123456789abc' });
  const stranger = createBrowser(app.server, app.host);
  assert.equal((await stranger.get(`/zahlung/ergebnis/${paymentId}`)).statusCode, 404);
});
