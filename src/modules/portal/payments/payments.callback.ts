// What the provider reports: the signed callback, and the status query when a callback did not come.
// Nothing the provider says is booked unless it matches our own record: the payment exists, it is the one
// with this reference, it is still pending, and the amount is exactly ours. Every refusal is answered
// with an error and written to the audit trail, in a transaction of its own so it is not rolled back with
// the refused change.
import type { Kysely } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import type { AppError } from '../../../platform/http/app-error.ts';
import { paymentsErrors } from './payments.errors.ts';
import { isRefusal, type CallbackRequest, type ProviderOutcome } from './payments.provider.ts';
import { activeProvider, type PaymentsDeps } from './payments.registry.ts';
import {
  createPaymentsRepository,
  type PaymentRecord,
  type PaymentsTransaction,
} from './payments.repository.ts';
import type { PaymentsTables } from './payments.tables.ts';

type RefusalReason =
  | 'missing_signature'
  | 'bad_signature'
  | 'malformed'
  | 'unsupported'
  | 'unknown_payment'
  | 'reference_mismatch'
  | 'amount_mismatch'
  | 'not_pending';

const errorFor: Record<RefusalReason, (details?: unknown) => AppError> = {
  missing_signature: paymentsErrors.payment_callback_unsigned,
  bad_signature: paymentsErrors.payment_callback_unsigned,
  malformed: paymentsErrors.payment_callback_invalid,
  unsupported: paymentsErrors.payment_callback_invalid,
  unknown_payment: paymentsErrors.payment_not_found,
  reference_mismatch: paymentsErrors.payment_callback_invalid,
  amount_mismatch: paymentsErrors.payment_callback_invalid,
  not_pending: paymentsErrors.payment_callback_not_pending,
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Refusal {
  reason: RefusalReason;
  paymentId?: string | undefined;
  facts?: Record<string, string | number>;
}

async function refuse(
  deps: PaymentsDeps,
  tenantId: string,
  provider: string,
  via: 'callback' | 'status_query',
  refusal: Refusal,
): Promise<never> {
  await withTenant(deps.db, tenantId, (trx) =>
    deps.audit.append(trx, {
      // Until it is verified, a callback is from nobody we know.
      actor: { type: 'anonymous' },
      action: 'portal.payment_callback_refused',
      object: { type: 'payment', id: refusal.paymentId ?? null },
      summary: { provider, via, reason: refusal.reason, ...refusal.facts },
    }),
  );
  throw errorFor[refusal.reason]({ reason: refusal.reason });
}

/** Books a verified outcome on a pending payment; a repetition of the booked outcome changes nothing. */
async function settle(
  deps: PaymentsDeps,
  trx: PaymentsTransaction,
  record: PaymentRecord,
  claim: { providerReference: string; amountCents: number; status: ProviderOutcome },
  via: 'callback' | 'status_query',
): Promise<{ repeated: boolean } | Refusal> {
  const facts = { providerReference: claim.providerReference };
  if (claim.providerReference !== record.providerReference)
    return { reason: 'reference_mismatch', paymentId: record.id, facts };
  if (claim.amountCents !== record.amountCents)
    return {
      reason: 'amount_mismatch',
      paymentId: record.id,
      facts: { ...facts, reportedAmountCents: claim.amountCents, expectedAmountCents: record.amountCents },
    };
  if (record.status === claim.status) return { repeated: true };
  if (record.status !== 'pending')
    return {
      reason: 'not_pending',
      paymentId: record.id,
      facts: { ...facts, status: record.status, reported: claim.status },
    };
  if (!(await createPaymentsRepository({ trx }).settle(record.id, claim.status, deps.now())))
    return { reason: 'not_pending', paymentId: record.id, facts };
  await deps.audit.append<PaymentsTables>(trx, {
    actor: { type: 'system' },
    action: `portal.payment_${claim.status}`,
    object: { type: 'payment', id: record.id },
    summary: {
      provider: record.provider,
      providerReference: record.providerReference,
      amountCents: record.amountCents,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      via,
    },
  });
  return { repeated: false };
}

/** The provider's server-to-server callback (POST /zahlung/rueckmeldung/:provider). */
export async function receiveCallback(
  deps: PaymentsDeps,
  input: { providerName: string } & CallbackRequest,
): Promise<{ paymentId: string; status: ProviderOutcome; repeated: boolean }> {
  const provider = activeProvider(deps);
  if (!provider || provider.name !== input.providerName) throw paymentsErrors.payment_provider_unknown();
  const verification = await provider.verifyCallback(input);
  if (isRefusal(verification)) {
    // What an unverified message claims is recorded only where it has the shape of our ids.
    const claimed = (input.body as { paymentId?: unknown } | undefined)?.paymentId;
    return refuse(deps, input.tenantId, provider.name, 'callback', {
      reason: verification.refused,
      paymentId: typeof claimed === 'string' && uuidPattern.test(claimed) ? claimed : undefined,
    });
  }
  const db = deps.db as Kysely<PaymentsTables>;
  const outcome = await withTenant(db, input.tenantId, async (trx) => {
    const record = await createPaymentsRepository({ trx }).find(verification.paymentId, { forUpdate: true });
    if (!record || record.provider !== provider.name)
      return { reason: 'unknown_payment', paymentId: undefined } satisfies Refusal;
    return settle(deps, trx, record, verification, 'callback');
  });
  if ('reason' in outcome) return refuse(deps, input.tenantId, provider.name, 'callback', outcome);
  return { paymentId: verification.paymentId, status: verification.status, repeated: outcome.repeated };
}

/**
 * When the citizen is back but no callback came: ask the provider (fetchStatus) and book what it says
 * under the same checks. Answers the record as it now stands.
 */
export async function reconcilePayment(
  deps: PaymentsDeps,
  { tenantId, record }: { tenantId: string; record: PaymentRecord },
): Promise<PaymentRecord> {
  const provider = activeProvider(deps);
  if (record.status !== 'pending' || !provider || provider.name !== record.provider) return record;
  const reported = await provider.fetchStatus({ tenantId, providerReference: record.providerReference });
  if (reported.status === 'pending' || reported.status === 'unknown') return record;
  const claim = {
    providerReference: record.providerReference,
    amountCents: reported.amountCents ?? Number.NaN,
    status: reported.status,
  };
  const db = deps.db as Kysely<PaymentsTables>;
  const outcome = await withTenant(db, tenantId, async (trx) => {
    const current = await createPaymentsRepository({ trx }).find(record.id, { forUpdate: true });
    return current
      ? settle(deps, trx, current, claim, 'status_query')
      : ({ reason: 'unknown_payment' } as Refusal);
  });
  if ('reason' in outcome) {
    await refuse(deps, tenantId, provider.name, 'status_query', outcome).catch(() => undefined);
    return record;
  }
  const updated = await withTenant(db, tenantId, (trx) => createPaymentsRepository({ trx }).find(record.id));
  return updated ?? record;
}
