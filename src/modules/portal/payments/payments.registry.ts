// Which payment provider runs, chosen by configuration. A town hall wants no fake payments in production:
// there the test provider runs only when PAYMENT_TEST_PROVIDER=true says so; otherwise online payment is
// off (starting a payment answers 503) rather than pretending that money moved.
import type { PortalDeps } from '../portal.deps.ts';
import { paymentsSettingsFromEnv, type PaymentsSettings } from './payments.config.ts';
import type { PaymentProvider } from './payments.provider.ts';
import {
  createTestPaymentProvider,
  type DeliverCallback,
  type TestPaymentProvider,
} from './payments.test-provider.ts';

/** PortalDeps plus what the payments part may be given directly (settings; a callback transport in tests). */
export type PaymentsDeps = Pick<PortalDeps, 'db' | 'audit' | 'now' | 'secret' | 'publicUrl'> & {
  payments?: PaymentsSettings;
  deliverCallback?: DeliverCallback;
};

export function settingsOf(deps: PaymentsDeps): PaymentsSettings {
  return deps.payments ?? paymentsSettingsFromEnv();
}

export function testProviderAllowed(settings: PaymentsSettings): boolean {
  return settings.provider === 'test' && (!settings.production || settings.testProviderInProduction);
}

/** The test provider when it is the active one; its pages answer 404 otherwise. */
export function activeTestProvider(deps: PaymentsDeps): TestPaymentProvider | undefined {
  if (!testProviderAllowed(settingsOf(deps))) return undefined;
  return createTestPaymentProvider({
    db: deps.db,
    secret: deps.secret,
    now: deps.now,
    ...(deps.deliverCallback ? { deliver: deps.deliverCallback } : {}),
  });
}

/** The provider that takes new payments and callbacks; undefined when online payment is off. */
export function activeProvider(deps: PaymentsDeps): PaymentProvider | undefined {
  return activeTestProvider(deps);
}
