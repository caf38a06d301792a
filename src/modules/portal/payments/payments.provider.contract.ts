// The contract every payment provider must keep, as one suite: run it against each provider with a
// harness that can complete a payment at that provider (the test provider: its own decision; a real one:
// its test system). Not a test file itself; payments.test-provider.test.ts runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  isRefusal,
  type CallbackRequest,
  type PaymentProvider,
  type ProviderOutcome,
  type StartPaymentRequest,
} from './payments.provider.ts';

export interface ProviderHarness {
  provider: PaymentProvider;
  tenantId: string;
  /** Base address of this installation, for return and callback addresses. */
  origin: string;
  /** Pays (or fails, or cancels) a started payment at the provider; answers the callback it sends. */
  complete(providerReference: string, outcome: ProviderOutcome): Promise<CallbackRequest>;
  /** The same callback with the amount changed after signing, as an attacker would change it. */
  withChangedAmount(callback: CallbackRequest, amountCents: number): CallbackRequest;
}

type Setup = (t: { after: (fn: () => Promise<void>) => void }) => Promise<ProviderHarness>;

function newPayment(
  harness: ProviderHarness,
  changes: Partial<StartPaymentRequest> = {},
): StartPaymentRequest {
  const paymentId = randomUUID();
  return {
    tenantId: harness.tenantId,
    paymentId,
    amountCents: 2_550,
    currency: 'EUR',
    purpose: 'Hundesteuer 2026, Antrag 2026-0042',
    returnUrl: `${harness.origin}/zahlung/ergebnis/${paymentId}`,
    callbackUrl: `${harness.origin}/zahlung/rueckmeldung/${harness.provider.name}`,
    ...changes,
  };
}

export function paymentProviderContract(label: string, setup: Setup): void {
  test(`${label}: starting a payment answers an absolute address of the provider's page and a reference of its own for each payment`, async (t) => {
    const harness = await setup(t);
    const first = await harness.provider.startPayment(newPayment(harness));
    const second = await harness.provider.startPayment(newPayment(harness));
    assert.match(first.redirectUrl, /^https?:\/\//);
    assert.ok(first.providerReference.length > 0);
    assert.notEqual(first.providerReference, second.providerReference);
  });

  test(`${label}: a Verwendungszweck of 140 characters (the SEPA limit) is taken`, async (t) => {
    const harness = await setup(t);
    const started = await harness.provider.startPayment(newPayment(harness, { purpose: 'x'.repeat(140) }));
    assert.ok(started.providerReference);
  });

  test(`${label}: a paid payment's callback verifies to our payment, the provider's reference, the amount and "paid"`, async (t) => {
    const harness = await setup(t);
    const payment = newPayment(harness);
    const { providerReference } = await harness.provider.startPayment(payment);
    const verified = await harness.provider.verifyCallback(await harness.complete(providerReference, 'paid'));
    assert.deepEqual(verified, {
      providerReference,
      paymentId: payment.paymentId,
      amountCents: payment.amountCents,
      status: 'paid',
    });
  });

  test(`${label}: failed and cancelled payments are reported as such`, async (t) => {
    const harness = await setup(t);
    for (const outcome of ['failed', 'cancelled'] as const) {
      const { providerReference } = await harness.provider.startPayment(newPayment(harness));
      const verified = await harness.provider.verifyCallback(
        await harness.complete(providerReference, outcome),
      );
      assert.ok(!isRefusal(verified));
      assert.equal(verified.status, outcome);
    }
  });

  test(`${label}: a callback whose amount was changed after signing is refused`, async (t) => {
    const harness = await setup(t);
    const { providerReference } = await harness.provider.startPayment(newPayment(harness));
    const callback = await harness.complete(providerReference, 'paid');
    const verified = await harness.provider.verifyCallback(harness.withChangedAmount(callback, 1));
    assert.ok(isRefusal(verified));
  });

  test(`${label}: a callback without its signature is refused`, async (t) => {
    const harness = await setup(t);
    const { providerReference } = await harness.provider.startPayment(newPayment(harness));
    const callback = await harness.complete(providerReference, 'paid');
    const verified = await harness.provider.verifyCallback({ ...callback, headers: {} });
    assert.ok(isRefusal(verified));
  });

  test(`${label}: the status query tells "pending" before, the outcome and amount after; an unknown reference is "unknown"`, async (t) => {
    const harness = await setup(t);
    const payment = newPayment(harness);
    const { providerReference } = await harness.provider.startPayment(payment);
    const query = { tenantId: harness.tenantId, providerReference };
    assert.equal((await harness.provider.fetchStatus(query)).status, 'pending');
    await harness.complete(providerReference, 'paid');
    assert.deepEqual(await harness.provider.fetchStatus(query), {
      status: 'paid',
      amountCents: payment.amountCents,
    });
    const unknown = await harness.provider.fetchStatus({
      ...query,
      providerReference: `${providerReference}x`,
    });
    assert.equal(unknown.status, 'unknown');
  });
}
