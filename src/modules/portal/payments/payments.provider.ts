// # Payment providers (Zahlungsverkehrsprovider)
//
// The portal takes fees online through a payment provider. The payments part owns the record of every
// payment (portal_payments); a provider only moves the money and tells us how it went. The flow is the
// same for every provider:
//
// 1. `startPayment` registers the payment with the provider (amount, Verwendungszweck, where to send the
//    citizen back, where to report the outcome) and gets the address of the provider's payment page.
// 2. The citizen's browser is redirected there, pays (or cancels), and comes back to `returnUrl`
//    (/zahlung/ergebnis/:paymentId). The return alone proves nothing: anyone can open that address.
// 3. The provider reports the outcome server-to-server: an HTTP POST to `callbackUrl`
//    (/zahlung/rueckmeldung/:provider). `verifyCallback` checks that the message really comes from the
//    provider (a signature with a key only the provider and we hold) and reads it. The payments part then
//    checks it against its own record: the payment exists, is the one with this reference, is still pending,
//    and the amount is exactly ours. Anything else is refused (4xx, JSON) and written to the audit trail.
// 4. `fetchStatus` asks the provider for the state of a payment, for reconciliation: when a callback got
//    lost, the result page asks the provider instead of leaving the citizen waiting.
//
// ## Plugging in a real provider (e.g. an ePayBL-style one)
//
// ePayBL (the payment platform of the federal states and many municipalities) and similar providers fit
// this interface: an "ePayBL provider" is a module `payments.epaybl-provider.ts` that implements
// `PaymentProvider` with `name: 'epaybl'`:
// - `startPayment`: create the Kassenzeichen/payment at the provider's web service (Mandant,
//   Bewirtschafter, Haushaltsstelle and Objektnummer come from configuration) and return the address of
//   its Paypage plus its own reference (the Kassenzeichen or transaction id) as `providerReference`.
// - `verifyCallback`: check the provider's signature over the message (HMAC or an X.509 signature, as the
//   provider specifies) in constant time, BEFORE reading anything from it; refuse unsigned messages. Return
//   what the message says (reference, our payment id, amount in cents, outcome). Never trust the amount
//   for booking: the payments part compares it with its own record and refuses a difference.
//   Providers without push notification return `{ refused: 'unsupported' }` and rely on `fetchStatus`.
// - `fetchStatus`: query the provider's status service (for ePayBL: the Kassenzeichen's payment state).
// - Configuration through environment variables declared in payments.config.ts (e.g.
//   `PAYMENT_EPAYBL_URL`, `PAYMENT_EPAYBL_MANDANT`, `PAYMENT_EPAYBL_KEY_FILE`), never in code; register the
//   name in `PAYMENT_PROVIDER`'s allowed values and construct it in payments.registry.ts.
// - Run `paymentProviderContract` (payments.provider.contract.ts) against it, with a harness that
//   completes a payment at the provider's test system.
// The routes, the record, the audit entries and the pages stay as they are.
import type { PaymentStatus } from './payments.tables.ts';

/** SEPA remittance information (Verwendungszweck) allows at most 140 characters. */
export const PURPOSE_MAX_LENGTH = 140;

export interface StartPaymentRequest {
  /** Every provider account belongs to one municipality (ePayBL: its Mandant). */
  tenantId: string;
  /** Our id of the payment; the provider sends it back in the callback. */
  paymentId: string;
  amountCents: number;
  currency: 'EUR';
  purpose: string;
  /** Absolute address where the provider sends the citizen's browser back. */
  returnUrl: string;
  /** Absolute address where the provider reports the outcome (server to server). */
  callbackUrl: string;
}

export interface StartedPayment {
  /** Absolute address of the provider's payment page, for the citizen's browser. */
  redirectUrl: string;
  /** The provider's own reference of this payment; unique within the provider. */
  providerReference: string;
}

/** A callback as it arrived: headers as Fastify gives them, the parsed body and, where kept, the raw one. */
export interface CallbackRequest {
  tenantId: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  rawBody?: string;
}

export type ProviderOutcome = Exclude<PaymentStatus, 'pending'>;

export interface VerifiedCallback {
  providerReference: string;
  paymentId: string;
  amountCents: number;
  status: ProviderOutcome;
}

/** Why a callback is not believed. Never contains key material. */
export type CallbackRefusalReason = 'missing_signature' | 'bad_signature' | 'malformed' | 'unsupported';

export type CallbackVerification = VerifiedCallback | { refused: CallbackRefusalReason };

export interface ProviderStatus {
  status: PaymentStatus | 'unknown';
  amountCents?: number;
}

export interface PaymentProvider {
  /** Stable name: stored with each payment and part of the callback address /zahlung/rueckmeldung/:name. */
  readonly name: string;
  startPayment(request: StartPaymentRequest): Promise<StartedPayment>;
  verifyCallback(request: CallbackRequest): Promise<CallbackVerification>;
  fetchStatus(request: { tenantId: string; providerReference: string }): Promise<ProviderStatus>;
}

export function isRefusal(
  verification: CallbackVerification,
): verification is { refused: CallbackRefusalReason } {
  return 'refused' in verification;
}
