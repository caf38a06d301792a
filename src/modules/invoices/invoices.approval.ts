// The rules of approval, free of storage: the steps in order (sachlich richtig → rechnerisch richtig →
// Anordnung), four eyes (one person never signs two steps of one invoice: the separation of attesting and
// ordering a payment that municipal budget law asks for), and signing limits by amount.
// A substitute (Vertretung) signs with the authority of the person they stand in for, recorded as such.
import type { StaffActor } from '../access/index.ts';
import type { ApprovalStep } from './invoices.tables.ts';

export const approvalSteps: readonly ApprovalStep[] = ['factual', 'arithmetic', 'order'];

export const stepNames: Record<ApprovalStep, { de: string; en: string }> = {
  factual: { de: 'Sachlich richtig', en: 'Factually correct' },
  arithmetic: { de: 'Rechnerisch richtig', en: 'Arithmetically correct' },
  order: { de: 'Anordnung', en: 'Payment order' },
};

export function nextStep(step: ApprovalStep): ApprovalStep | null {
  return approvalSteps[approvalSteps.indexOf(step) + 1] ?? null;
}

export function earlierSteps(step: ApprovalStep): ApprovalStep[] {
  return approvalSteps.slice(0, approvalSteps.indexOf(step));
}

export interface Signature {
  step: ApprovalStep;
  staffId: string;
  onBehalfOf: string | null;
}

export interface SigningLimit {
  staffId: string;
  step: ApprovalStep;
  maxCents: number;
}

export type SigningDecision =
  | { ok: true; onBehalfOf: string | null }
  | { ok: false; reason: 'four_eyes' | 'no_authority' | 'over_limit'; limitCents?: number };

/**
 * May `actor` sign `step` of an invoice over `amountCents`, given the valid signatures so far? Four eyes
 * counts people, not authorities: a substitute who signed one step in their own name cannot sign another
 * for someone else, nor may the absent person's own signature be followed by their substitute's.
 */
export function maySign(input: {
  actor: Pick<StaffActor, 'id' | 'actingFor'>;
  step: ApprovalStep;
  amountCents: number;
  signatures: readonly Signature[];
  limits: readonly SigningLimit[];
}): SigningDecision {
  const { actor, step } = input;
  const others = input.signatures.filter((signature) => signature.step !== step);
  const people = new Set(others.flatMap((s) => [s.staffId, ...(s.onBehalfOf ? [s.onBehalfOf] : [])]));
  if (people.has(actor.id)) return { ok: false, reason: 'four_eyes' };
  const amount = Math.abs(input.amountCents);
  const own = input.limits.find((limit) => limit.staffId === actor.id && limit.step === step);
  if (own && own.maxCents >= amount) return { ok: true, onBehalfOf: null };
  // Through a substitution: the absent person's limit, and the absent person must not have signed either.
  for (const absent of actor.actingFor ?? []) {
    const theirs = input.limits.find((limit) => limit.staffId === absent.staffId && limit.step === step);
    if (theirs && theirs.maxCents >= amount && !people.has(absent.staffId))
      return { ok: true, onBehalfOf: absent.staffId };
  }
  if (own) return { ok: false, reason: 'over_limit', limitCents: own.maxCents };
  return { ok: false, reason: 'no_authority' };
}

/** Days after the issue date for each Skonto tier: the last day it may be paid with the discount. */
export function skontoDeadline(issueDate: string | null, days: number): string | null {
  if (!issueDate || !/^\d{4}-\d{2}-\d{2}$/.test(issueDate)) return null;
  const date = new Date(`${issueDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The amount to transfer: less the cash discount when paid on or before its deadline (rounded to cents). */
export function amountToPay(input: {
  payableCents: number;
  skontoUntil: string | null;
  skontoPercent: number | null;
  executionDate: string;
}): number {
  if (!input.skontoUntil || !input.skontoPercent || input.executionDate > input.skontoUntil)
    return input.payableCents;
  return input.payableCents - Math.round((input.payableCents * input.skontoPercent) / 100);
}
