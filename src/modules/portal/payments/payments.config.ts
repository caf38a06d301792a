// Settings of online payment. The lead's src/config.ts collects `paymentsConfig` as the section `payments`.
import { coreConfig } from '../../../platform/config/core.config.ts';
import { key, parsers, readSection, type ConfigValues } from '../../../platform/config/config-keys.ts';

export const paymentProviderNames = ['test', 'none'] as const;
export type PaymentProviderName = (typeof paymentProviderNames)[number];

export const paymentsConfig = {
  provider: key({
    env: 'PAYMENT_PROVIDER',
    description:
      'Zahlungsverkehrsprovider für Gebühren: "test" (Testzahlungsanbieter, es wird kein Geld bewegt; im Produktivbetrieb nur mit PAYMENT_TEST_PROVIDER=true) oder "none" (keine Online-Zahlung)',
    default: 'test' as PaymentProviderName,
    parse: parsers.oneOf(...paymentProviderNames),
  }),
  testProviderInProduction: key({
    env: 'PAYMENT_TEST_PROVIDER',
    description:
      'Erlaubt den Testzahlungsanbieter bei NODE_ENV=production (z. B. für ein Schulungs- oder Abnahmesystem); sonst ist Online-Zahlung dort abgeschaltet',
    default: false,
    parse: parsers.boolean,
  }),
};

export type PaymentsConfig = ConfigValues<typeof paymentsConfig>;

export interface PaymentsSettings extends PaymentsConfig {
  production: boolean;
}

/** What app.ts hands the portal: the section plus whether this is a production installation. */
export function paymentsSettingsFrom(
  payments: PaymentsConfig,
  nodeEnv: 'development' | 'production' | 'test',
): PaymentsSettings {
  return { ...payments, production: nodeEnv === 'production' };
}

/**
 * Until PortalDeps carries the section (see payments.registry.ts), the same keys are read from the
 * environment, with the same parsers, so a wrong value still stops the start.
 */
export function paymentsSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): PaymentsSettings {
  return paymentsSettingsFrom(readSection(paymentsConfig, env), readSection(coreConfig, env).nodeEnv);
}
