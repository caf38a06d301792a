import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../../test-database.ts';
import { paymentsSettingsFromEnv } from './payments.config.ts';
import { paymentProviderContract } from './payments.provider.contract.ts';
import { isRefusal, type CallbackRequest } from './payments.provider.ts';
import { activeProvider, testProviderAllowed } from './payments.registry.ts';
import {
  createTestPaymentProvider,
  signTestCallback,
  type OutgoingCallback,
} from './payments.test-provider.ts';

const secret = 'test-secret-of-this-installation';

async function setup(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenant = await createTenantsRepository({ db: handle.db as Kysely<PlatformTables> }).upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: ['leichlingen.test'],
  });
  // The harness is the other end of the wire: it receives what the provider sends.
  const sent: OutgoingCallback[] = [];
  const provider = createTestPaymentProvider({
    db: handle.db,
    secret,
    now: () => new Date(),
    deliver: async (callback) => {
      sent.push(callback);
      return { status: 200 };
    },
  });
  const asReceived = (callback: OutgoingCallback): CallbackRequest => ({
    tenantId: tenant.id,
    headers: callback.headers,
    body: JSON.parse(callback.body) as unknown,
  });
  return {
    provider,
    tenantId: tenant.id,
    origin: 'http://leichlingen.test',
    async complete(providerReference: string, outcome: 'paid' | 'failed' | 'cancelled') {
      await provider.decide({ tenantId: tenant.id, reference: providerReference, outcome });
      return asReceived(sent.at(-1)!);
    },
    withChangedAmount: (callback: CallbackRequest, amountCents: number) => ({
      ...callback,
      body: { ...(callback.body as object), amountCents },
    }),
  };
}

paymentProviderContract('test provider', setup);

test('test provider: a callback signed with another installation’s key is refused', async (t) => {
  const harness = await setup(t);
  const { providerReference } = await harness.provider.startPayment({
    tenantId: harness.tenantId,
    paymentId: '6f1f3c0e-3d5e-4a57-9b8e-0c6c1b7f2a10',
    amountCents: 1_000,
    currency: 'EUR',
    purpose: 'Test',
    returnUrl: 'http://leichlingen.test/zahlung/ergebnis/6f1f3c0e-3d5e-4a57-9b8e-0c6c1b7f2a10',
    callbackUrl: 'http://leichlingen.test/zahlung/rueckmeldung/test',
  });
  const callback = await harness.complete(providerReference, 'paid');
  const body = callback.body as Parameters<typeof signTestCallback>[1];
  const forged = {
    ...callback,
    headers: { authorization: `Bearer ${signTestCallback('another-secret', body)}` },
  };
  assert.deepEqual(await harness.provider.verifyCallback(forged), { refused: 'bad_signature' });
  assert.ok(!isRefusal(await harness.provider.verifyCallback(callback)));
});

test('test provider: a decision is booked once; a second click re-sends the booked outcome and changes nothing', async (t) => {
  const harness = await setup(t);
  const { providerReference } = await harness.provider.startPayment({
    tenantId: harness.tenantId,
    paymentId: '6f1f3c0e-3d5e-4a57-9b8e-0c6c1b7f2a11',
    amountCents: 1_000,
    currency: 'EUR',
    purpose: 'Test',
    returnUrl: 'http://leichlingen.test/zahlung/ergebnis/6f1f3c0e-3d5e-4a57-9b8e-0c6c1b7f2a11',
    callbackUrl: 'http://leichlingen.test/zahlung/rueckmeldung/test',
  });
  await harness.complete(providerReference, 'cancelled');
  const again = await harness.complete(providerReference, 'paid');
  assert.equal((again.body as { status: string }).status, 'cancelled');
  const status = await harness.provider.fetchStatus({ tenantId: harness.tenantId, providerReference });
  assert.equal(status.status, 'cancelled');
});

test('no fake payments in production: the test provider runs there only when PAYMENT_TEST_PROVIDER=true', () => {
  const development = paymentsSettingsFromEnv({});
  const production = paymentsSettingsFromEnv({ NODE_ENV: 'production' });
  const productionAllowed = paymentsSettingsFromEnv({
    NODE_ENV: 'production',
    PAYMENT_TEST_PROVIDER: 'true',
  });
  assert.equal(development.provider, 'test');
  assert.equal(testProviderAllowed(development), true);
  assert.equal(testProviderAllowed(production), false);
  assert.equal(testProviderAllowed(productionAllowed), true);
  assert.equal(testProviderAllowed(paymentsSettingsFromEnv({ PAYMENT_PROVIDER: 'none' })), false);
  const deps = {
    db: undefined as never,
    audit: undefined as never,
    now: () => new Date(),
    secret,
    publicUrl: undefined,
  };
  assert.equal(activeProvider({ ...deps, payments: production }), undefined);
  assert.equal(activeProvider({ ...deps, payments: productionAllowed })?.name, 'test');
  assert.throws(() => paymentsSettingsFromEnv({ PAYMENT_PROVIDER: 'paypal' }), /PAYMENT_PROVIDER/);
});
