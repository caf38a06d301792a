// The TEST payment provider (Testzahlungsanbieter): no money moves. It plays an outside provider on the
// same server, with the real flow — its own books (portal_payment_test_orders), its own payment page
// (/zahlung/test/:reference), a signed server-to-server callback sent as a real HTTP POST, and a status
// query — so the portal's side is exercised exactly as with a real provider. Production refuses it unless
// PAYMENT_TEST_PROVIDER=true (payments.registry.ts).
//
// Signature: HMAC-SHA256 with a key derived from the installation's secret, over a canonical line of the
// fields that matter (so it holds whatever JSON serialisation travels). It is carried as
// `Authorization: Bearer <hex>`: the platform exempts a POST from the browser CSRF check only when it
// carries a bearer credential (csrf: 'bearer-exempt'), and a cross-site browser request cannot set that
// header. A real provider that signs in a header of its own needs the platform's CSRF exemption for
// signed machine callbacks (see the report of this change).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import {
  PURPOSE_MAX_LENGTH,
  type CallbackRequest,
  type CallbackVerification,
  type PaymentProvider,
  type ProviderOutcome,
  type ProviderStatus,
  type StartPaymentRequest,
  type StartedPayment,
} from './payments.provider.ts';
import type { PaymentsTables } from './payments.tables.ts';

export const TEST_PROVIDER_NAME = 'test';
const referencePattern = /^test_[A-Za-z0-9_-]{22}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const outcomes: readonly ProviderOutcome[] = ['paid', 'failed', 'cancelled'];

export const testProviderPagePath = (reference: string) => `/zahlung/test/${reference}`;

export interface OutgoingCallback {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Sends a callback and answers the HTTP status; the default is a real POST over the network. */
export type DeliverCallback = (callback: OutgoingCallback) => Promise<{ status: number }>;

export const deliverByHttp: DeliverCallback = async ({ url, headers, body }) => {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  return { status: response.status };
};

export interface TestCallbackBody {
  paymentId: string;
  providerReference: string;
  amountCents: number;
  currency: 'EUR';
  status: ProviderOutcome;
}

function callbackKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('payments.test-provider').digest();
}

function canonical(body: TestCallbackBody): string {
  return [
    'rathaus-test-payment/v1',
    body.paymentId,
    body.providerReference,
    body.amountCents,
    body.currency,
    body.status,
  ].join('\n');
}

/** The signature the test provider puts on a callback; exported for tests that forge or tamper with one. */
export function signTestCallback(secret: string, body: TestCallbackBody): string {
  return createHmac('sha256', callbackKey(secret)).update(canonical(body)).digest('hex');
}

function parseBody(body: unknown): TestCallbackBody | undefined {
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { paymentId, providerReference, amountCents, currency, status } = parsed as Record<string, unknown>;
  if (typeof paymentId !== 'string' || !uuidPattern.test(paymentId)) return undefined;
  if (typeof providerReference !== 'string' || !referencePattern.test(providerReference)) return undefined;
  if (typeof amountCents !== 'number' || !Number.isSafeInteger(amountCents)) return undefined;
  if (currency !== 'EUR' || !outcomes.includes(status as ProviderOutcome)) return undefined;
  return { paymentId, providerReference, amountCents, currency, status: status as ProviderOutcome };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function signatureOf(headers: CallbackRequest['headers']): string | undefined {
  const match = /^Bearer\s+([0-9a-f]{64})\s*$/i.exec(String(headers.authorization ?? ''));
  return match?.[1]?.toLowerCase();
}

export interface TestOrder {
  reference: string;
  paymentId: string;
  amountCents: number;
  purpose: string;
  returnUrl: string;
  status: ProviderStatus['status'];
}

export interface TestPaymentProvider extends PaymentProvider {
  /** The order behind the provider's payment page; undefined for an unknown reference. */
  findOrder(tenantId: string, reference: string): Promise<TestOrder | undefined>;
  /**
   * The citizen's decision on the provider's page: books it (once; a later click changes nothing), sends
   * the signed callback and answers where the browser goes next. A failed delivery is no error for the
   * citizen: the result page asks the provider (fetchStatus), as with a real provider.
   */
  decide(input: {
    tenantId: string;
    reference: string;
    outcome: ProviderOutcome;
  }): Promise<{ returnUrl: string; delivered: boolean } | undefined>;
}

export function createTestPaymentProvider({
  db,
  secret,
  now,
  deliver = deliverByHttp,
}: {
  db: Kysely<unknown>;
  secret: string;
  now: () => Date;
  deliver?: DeliverCallback;
}): TestPaymentProvider {
  const paymentsDb = db as Kysely<PaymentsTables>;

  async function findOrder(tenantId: string, reference: string): Promise<TestOrder | undefined> {
    if (!referencePattern.test(reference)) return undefined;
    return withTenant(paymentsDb, tenantId, (trx) =>
      trx
        .selectFrom('portal_payment_test_orders')
        .select([
          'reference',
          'payment_id as paymentId',
          'amount_cents as amountCents',
          'purpose',
          'return_url as returnUrl',
          'status',
        ])
        .where('reference', '=', reference)
        .executeTakeFirst(),
    );
  }

  return {
    name: TEST_PROVIDER_NAME,

    async startPayment(request: StartPaymentRequest): Promise<StartedPayment> {
      if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0)
        throw new Error('amountCents must be a positive integer');
      if (request.purpose.length === 0 || request.purpose.length > PURPOSE_MAX_LENGTH)
        throw new Error(`purpose must have 1 to ${PURPOSE_MAX_LENGTH} characters`);
      const reference = `test_${randomBytes(16).toString('base64url')}`;
      await withTenant(paymentsDb, request.tenantId, (trx) =>
        trx
          .insertInto('portal_payment_test_orders')
          .values({
            tenant_id: request.tenantId,
            reference,
            payment_id: request.paymentId,
            amount_cents: request.amountCents,
            currency: request.currency,
            purpose: request.purpose,
            return_url: request.returnUrl,
            callback_url: request.callbackUrl,
            created_at: now(),
          })
          .execute(),
      );
      // The page lives on the same server as the callback address.
      return {
        redirectUrl: new URL(testProviderPagePath(reference), request.callbackUrl).href,
        providerReference: reference,
      };
    },

    async verifyCallback(request: CallbackRequest): Promise<CallbackVerification> {
      const signature = signatureOf(request.headers);
      if (!signature) return { refused: 'missing_signature' };
      const body = parseBody(request.rawBody ?? request.body);
      if (!body) return { refused: 'malformed' };
      const expected = Buffer.from(signTestCallback(secret, body), 'hex');
      const given = Buffer.from(signature, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { refused: 'bad_signature' };
      return {
        providerReference: body.providerReference,
        paymentId: body.paymentId,
        amountCents: body.amountCents,
        status: body.status,
      };
    },

    async fetchStatus({ tenantId, providerReference }) {
      const order = await findOrder(tenantId, providerReference);
      return order ? { status: order.status, amountCents: order.amountCents } : { status: 'unknown' };
    },

    findOrder,

    async decide({ tenantId, reference, outcome }) {
      if (!referencePattern.test(reference)) return undefined;
      const order = await withTenant(paymentsDb, tenantId, async (trx) => {
        await trx
          .updateTable('portal_payment_test_orders')
          .set({ status: outcome, decided_at: now() })
          .where('reference', '=', reference)
          .where('status', '=', 'pending')
          .execute();
        return trx
          .selectFrom('portal_payment_test_orders')
          .selectAll()
          .where('reference', '=', reference)
          .executeTakeFirst();
      });
      if (!order || order.status === 'pending') return undefined;
      // After the booking committed, as a provider notifies after its own books are written. A repeated
      // decision re-sends the booked outcome, as providers repeat notifications.
      const body: TestCallbackBody = {
        paymentId: order.payment_id,
        providerReference: order.reference,
        amountCents: order.amount_cents,
        currency: 'EUR',
        status: order.status,
      };
      const delivered = await deliver({
        url: order.callback_url,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${signTestCallback(secret, body)}`,
        },
        body: JSON.stringify(body),
      }).then(
        ({ status }) => status >= 200 && status < 300,
        () => false,
      );
      return { returnUrl: order.return_url, delivered };
    },
  };
}
