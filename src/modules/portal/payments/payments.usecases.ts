// Starting a payment, and what the rest of the portal asks: is this subject paid?
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { paymentsErrors } from './payments.errors.ts';
import { PURPOSE_MAX_LENGTH } from './payments.provider.ts';
import { activeProvider, type PaymentsDeps } from './payments.registry.ts';
import { createPaymentsRepository, type PaymentRecord } from './payments.repository.ts';
import type { PaymentStatus, PaymentsTables } from './payments.tables.ts';

export const paymentResultPath = (paymentId: string) => `/zahlung/ergebnis/${paymentId}`;
export const paymentRetryPath = (paymentId: string) => `/zahlung/ergebnis/${paymentId}/erneut`;
export const paymentCallbackPath = (provider: string) => `/zahlung/rueckmeldung/${provider}`;

/** Upper bound of a single fee (10 million euros): far above any fee, far below the integer column's limit. */
const MAX_AMOUNT_CENTS = 1_000_000_000;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const subjectTypePattern = /^[a-z][a-z0-9_]{0,39}$/;
// eslint-disable-next-line no-control-regex -- a Verwendungszweck is one line of printable text
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** The scheme and host the request came in on, for absolute addresses when PUBLIC_URL is not set. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export interface StartPaymentInput {
  tenantId: string;
  /** What is paid for, e.g. 'application' and the application's id. */
  subjectType: string;
  subjectId: string;
  /** The signed-in citizen who pays (only they see the result page); null without an account. */
  citizenId: string | null;
  amountCents: number;
  /** Verwendungszweck, at most 140 characters, e.g. "Hundesteuer 2026, Antrag 2026-0042". */
  purpose: string;
  /** Local path where the citizen continues after the result page. */
  returnPath: string;
  /** Scheme and host of the current request (`requestOrigin(request)`); PUBLIC_URL takes precedence. */
  origin?: string;
}

function validate(input: StartPaymentInput): string {
  const purpose = input.purpose.trim();
  const problems = [
    !subjectTypePattern.test(input.subjectType) && 'subjectType',
    !uuidPattern.test(input.subjectId) && 'subjectId',
    input.citizenId !== null && !uuidPattern.test(input.citizenId) && 'citizenId',
    (!Number.isSafeInteger(input.amountCents) ||
      input.amountCents <= 0 ||
      input.amountCents > MAX_AMOUNT_CENTS) &&
      'amountCents',
    (purpose.length === 0 || purpose.length > PURPOSE_MAX_LENGTH || controlCharacters.test(purpose)) &&
      'purpose',
    !isLocalPath(input.returnPath) && 'returnPath',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw paymentsErrors.payment_invalid(problems.map((field) => ({ field })));
  return purpose;
}

function isLocalPath(path: string): boolean {
  return (
    path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') && !controlCharacters.test(path)
  );
}

/**
 * Registers a payment with the active provider and records it as pending; the caller redirects the
 * citizen's browser to `redirectUrl`. Refused when the subject is already paid (nobody pays twice).
 */
export async function startPayment(
  deps: PaymentsDeps,
  input: StartPaymentInput,
): Promise<{ paymentId: string; redirectUrl: string }> {
  const purpose = validate(input);
  const provider = activeProvider(deps);
  if (!provider) throw paymentsErrors.payments_unavailable();
  const base = deps.publicUrl ?? input.origin;
  if (!base) throw new Error('startPayment needs PUBLIC_URL or the request origin');
  const db = deps.db as Kysely<PaymentsTables>;
  const earlier = await withTenant(db, input.tenantId, (trx) =>
    createPaymentsRepository({ trx }).latestFor(input.subjectType, input.subjectId),
  );
  if (earlier?.status === 'paid') throw paymentsErrors.payment_already_paid();

  const paymentId = randomUUID();
  const started = await provider.startPayment({
    tenantId: input.tenantId,
    paymentId,
    amountCents: input.amountCents,
    currency: 'EUR',
    purpose,
    returnUrl: new URL(paymentResultPath(paymentId), base).href,
    callbackUrl: new URL(paymentCallbackPath(provider.name), base).href,
  });
  await withTenant(db, input.tenantId, async (trx) => {
    await createPaymentsRepository({ trx }).insert({
      id: paymentId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      citizenId: input.citizenId,
      purpose,
      amountCents: input.amountCents,
      provider: provider.name,
      providerReference: started.providerReference,
      returnPath: input.returnPath,
      createdAt: deps.now(),
    });
    await deps.audit.append(trx, {
      actor: input.citizenId ? { type: 'citizen', id: input.citizenId } : { type: 'anonymous' },
      action: 'portal.payment_started',
      object: { type: 'payment', id: paymentId },
      summary: {
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        amountCents: input.amountCents,
        provider: provider.name,
        providerReference: started.providerReference,
      },
    });
  });
  return { paymentId, redirectUrl: started.redirectUrl };
}

export interface PaymentView {
  paymentId: string;
  status: PaymentStatus;
  amountCents: number;
  purpose: string;
  createdAt: Date;
  paidAt: Date | null;
}

function present(record: PaymentRecord): PaymentView {
  return {
    paymentId: record.id,
    status: record.status,
    amountCents: record.amountCents,
    purpose: record.purpose,
    createdAt: record.createdAt,
    paidAt: record.paidAt,
  };
}

/** Inside the caller's tenant transaction: the paid payment of the subject, else its latest attempt. */
export async function paymentStatusIn(
  trx: TenantTransaction<unknown>,
  subject: { subjectType: string; subjectId: string },
): Promise<PaymentView | undefined> {
  const repository = createPaymentsRepository({ trx: trx as unknown as TenantTransaction<PaymentsTables> });
  const record = await repository.latestFor(subject.subjectType, subject.subjectId);
  return record && present(record);
}

/** The same in a transaction of its own. */
export async function paymentStatusOf(
  deps: Pick<PaymentsDeps, 'db'>,
  subject: { tenantId: string; subjectType: string; subjectId: string },
): Promise<PaymentView | undefined> {
  return withTenant(deps.db, subject.tenantId, (trx) => paymentStatusIn(trx, subject));
}

/** A payment as its result page may show it: only to the citizen who started it, when one did. */
export async function paymentForResultPage(
  deps: PaymentsDeps,
  { tenantId, paymentId, citizenId }: { tenantId: string; paymentId: string; citizenId: string | undefined },
): Promise<PaymentRecord> {
  const record = uuidPattern.test(paymentId)
    ? await withTenant(deps.db as Kysely<PaymentsTables>, tenantId, (trx) =>
        createPaymentsRepository({ trx }).find(paymentId),
      )
    : undefined;
  // Someone else's payment answers like a missing one: its existence is not told.
  if (!record || (record.citizenId !== null && record.citizenId !== citizenId))
    throw paymentsErrors.payment_not_found();
  return record;
}

/** A new attempt for a payment that failed or was cancelled: same subject, amount and purpose. */
export async function retryPayment(
  deps: PaymentsDeps,
  input: { tenantId: string; paymentId: string; citizenId: string | undefined; origin: string },
): Promise<{ paymentId: string; redirectUrl: string } | { unchanged: PaymentRecord }> {
  const record = await paymentForResultPage(deps, input);
  if (record.status === 'paid' || record.status === 'pending') return { unchanged: record };
  return startPayment(deps, {
    tenantId: input.tenantId,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    citizenId: record.citizenId,
    amountCents: record.amountCents,
    purpose: record.purpose,
    returnPath: record.returnPath,
    origin: input.origin,
  });
}
