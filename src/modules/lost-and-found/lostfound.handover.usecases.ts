// The end of an item's life: handed over to its owner (fee and finder's reward computed, the proof of
// ownership recorded), handed to the finder after the § 973 period, taken over by the municipality
// (§ 976, or a § 978 find after the notice), and finally auctioned, donated or destroyed.
import type { StaffActor } from '../access/index.ts';
import { factsOf, feesOf, scoped, shared, staffAudit, today, type Result } from './lostfound.context.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { lostFoundErrors } from './lostfound.errors.ts';
import { parseHandoverForm } from './lostfound.input.ts';
import { collectionAmounts, deadlineOf, stepsOpen, type Step } from './lostfound.lifecycle.ts';
import { createLostFoundRepository } from './lostfound.repository.ts';
import type { ItemStatus } from './lostfound.tables.ts';

export interface HandedOver {
  feeCents: number;
  rewardCents: number;
  rewardNote: string;
  totalCents: number;
}

export async function handOver(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  input: { itemId: string; fields: Record<string, string | undefined> },
): Promise<Result<HandedOver>> {
  const parsed = parseHandoverForm(input.fields);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  return scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(input.itemId, true);
    if (!item) throw lostFoundErrors.item_not_found();
    const facts = await factsOf(trx, item);
    const day = today(deps);
    if (!stepsOpen(facts, day).includes('handover'))
      throw lostFoundErrors.wrong_status({ status: item.status });
    const claims = await repository.claims({ itemId: item.id, status: 'open' });
    const claim = form.claimId ? claims.find((candidate) => candidate.id === form.claimId) : undefined;
    if (form.claimId && !claim)
      return {
        ok: false as const,
        problems: [
          {
            field: 'claimId',
            text: {
              de: 'Dieser Anspruch ist nicht (mehr) offen.',
              en: 'This claim is not (or no longer) open.',
            },
          },
        ],
      };
    // A finder who keeps the thing hands it over themselves; the office charges nothing then.
    const amounts = collectionAmounts(facts, feesOf(deps));
    const fee = item.status === 'in_custody' ? amounts.fee.cents : 0;
    const reward = amounts.reward.kind === 'amount' ? amounts.reward.cents : 0;
    const rewardNote =
      amounts.reward.kind === 'amount'
        ? amounts.reward.paragraph
        : amounts.reward.kind === 'discretionary'
          ? `nach billigem Ermessen (${amounts.reward.paragraph})`
          : `kein Finderlohn (${amounts.reward.paragraph})`;
    const at = deps.now();
    await repository.updateItem(
      item.id,
      {
        status: 'returned',
        handedOverOn: day,
        closedOn: day,
        ownerName: form.ownerName,
        proofMethod: form.proofMethod,
        proofDetails: form.proofDetails,
        feeCents: fee,
        rewardCents: reward,
        rewardNote,
      },
      at,
    );
    await repository.decideClaims(item.id, claim?.id ?? null, at);
    const reports = new Set(
      (await repository.matches({ itemId: item.id, status: 'confirmed' })).map((match) => match.reportId),
    );
    if (claim?.reportId) reports.add(claim.reportId);
    for (const reportId of reports) await repository.setReportStatus(reportId, 'resolved');
    await deps.audit.append(shared(trx), {
      actor: staffAudit(actor),
      action: 'lost-and-found.item_handed_over',
      object: { type: 'lost_found_item', id: item.id },
      summary: {
        number: item.number,
        proofMethod: form.proofMethod,
        claim: claim?.id ?? null,
        feeCents: fee,
        rewardCents: reward,
        rewardNote,
        feeSchedule: amounts.fee.schedule.label,
      },
    });
    return {
      ok: true as const,
      value: { feeCents: fee, rewardCents: reward, rewardNote, totalCents: fee + reward },
    };
  });
}

const STEP_STATUS: Record<Exclude<Step, 'handover'>, ItemStatus> = {
  to_finder: 'handed_to_finder',
  to_municipality: 'municipal',
  auctioned: 'auctioned',
  donated: 'donated',
  destroyed: 'destroyed',
};

export function isStep(value: string): value is Exclude<Step, 'handover'> {
  return Object.hasOwn(STEP_STATUS, value);
}

/** A step of the life cycle other than the handover, refused unless the rules open it today. */
export async function moveItem(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  input: { itemId: string; step: Exclude<Step, 'handover'> },
): Promise<void> {
  await scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(input.itemId, true);
    if (!item) throw lostFoundErrors.item_not_found();
    const facts = await factsOf(trx, item);
    const day = today(deps);
    if (!stepsOpen(facts, day).includes(input.step)) {
      const deadline = deadlineOf(facts);
      if ((input.step === 'to_finder' || input.step === 'to_municipality') && deadline.kind !== 'none')
        throw lostFoundErrors.period_running({ until: deadline.endsOn.split('-').reverse().join('.') });
      throw lostFoundErrors.wrong_status({ status: item.status });
    }
    const status = STEP_STATUS[input.step];
    const closes = status !== 'municipal';
    await repository.updateItem(item.id, { status, ...(closes ? { closedOn: day } : {}) }, deps.now());
    if (closes) await repository.decideClaims(item.id, null, deps.now());
    await deps.audit.append(shared(trx), {
      actor: staffAudit(actor),
      action: 'lost-and-found.item_status_changed',
      object: { type: 'lost_found_item', id: item.id },
      summary: { number: item.number, from: item.status, to: status },
    });
  });
}
