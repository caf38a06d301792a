// The end of an item's life: handed over to its owner (fee and finder's reward computed, the proof of
// ownership recorded, the handover record filed in the item's case), handed to the finder after the § 973 period, taken over by the municipality
// (§ 976, or a § 978 find after the notice), and finally auctioned, donated or destroyed.
import { plainTextOf, renderPdfA } from '../../platform/pdf/index.ts';
import type { StaffActor } from '../access/index.ts';
import { findDepartments } from '../identity/index.ts';
import { siteInfoIn } from '../portal/index.ts';
import { abandonClaimed, releaseClaim, storeClaimed, type ClaimedContent } from '../records/index.ts';
import { CATEGORIES } from './lostfound.categories.ts';
import {
  factsOf,
  feesOf,
  requireItemAccess,
  requireSettings,
  scoped,
  shared,
  staffAudit,
  today,
  type Result,
} from './lostfound.context.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { lostFoundErrors } from './lostfound.errors.ts';
import { parseHandoverForm } from './lostfound.input.ts';
import { collectionAmounts, deadlineOf, stepsOpen, type Step } from './lostfound.lifecycle.ts';
import { buildHandoverRecordSpec } from './lostfound.handover.record.ts';
import { createLostFoundRepository, type Trx } from './lostfound.repository.ts';
import type { ItemStatus } from './lostfound.tables.ts';

export interface HandedOver {
  feeCents: number;
  rewardCents: number;
  rewardNote: string;
  totalCents: number;
  documentId: string;
}

type HandoverForm = Extract<ReturnType<typeof parseHandoverForm>, { ok: true }>['value'];

const claimGone = {
  ok: false as const,
  problems: [
    {
      field: 'claimId',
      text: { de: 'Dieser Anspruch ist nicht (mehr) offen.', en: 'This claim is not (or no longer) open.' },
    },
  ],
};

/** Checks that the item may be handed over today and works out what is charged and what the record says. */
async function draftHandover(
  trx: Trx,
  deps: LostAndFoundDeps,
  actor: StaffActor,
  input: { itemId: string; form: HandoverForm; lock: boolean },
) {
  const settings = await requireSettings(trx);
  await requireItemAccess(trx, actor);
  const repository = createLostFoundRepository({ trx });
  const item = await repository.item(input.itemId, input.lock);
  if (!item) throw lostFoundErrors.item_not_found();
  const facts = await factsOf(trx, item);
  const day = today(deps);
  if (!stepsOpen(facts, day).includes('handover'))
    throw lostFoundErrors.wrong_status({ status: item.status });
  const { form } = input;
  const claims = await repository.claims({ itemId: item.id, status: 'open' });
  const claim = form.claimId ? claims.find((candidate) => candidate.id === form.claimId) : undefined;
  if (form.claimId && !claim) return claimGone;
  // A finder who keeps the thing hands it over themselves; the office charges nothing then.
  const amounts = collectionAmounts(facts, feesOf(deps));
  const feeCents = item.status === 'in_custody' ? amounts.fee.cents : 0;
  const rewardCents = amounts.reward.kind === 'amount' ? amounts.reward.cents : 0;
  const rewardNote =
    amounts.reward.kind === 'amount'
      ? amounts.reward.paragraph
      : amounts.reward.kind === 'discretionary'
        ? `nach billigem Ermessen (${amounts.reward.paragraph})`
        : `kein Finderlohn (${amounts.reward.paragraph})`;
  const site = await siteInfoIn(shared(trx));
  const [department] = await findDepartments(shared(trx), [settings.departmentId]);
  const at = deps.now();
  const spec = buildHandoverRecordSpec({
    authority: site?.authority ?? 'Stadtverwaltung',
    department: department?.name ?? 'Fundbüro',
    item: { ...item, keptByFinder: item.status === 'kept_by_finder' },
    owner: {
      name: form.ownerName,
      proofMethod: form.proofMethod,
      proofDetails: form.proofDetails,
      claimStatement: claim?.statement,
    },
    amounts,
    feeCents,
    rewardCents,
    rewardNote,
    date: day,
    at,
    clerk: actor.displayName,
  });
  // What the record was drafted from; the filing transaction refuses when any of it changed meanwhile.
  const basis = JSON.stringify([item.status, claim?.id ?? null, feeCents, rewardCents, rewardNote, day]);
  return {
    ok: true as const,
    value: { settings, item, claim, amounts, feeCents, rewardCents, rewardNote, day, spec, basis },
  };
}

/**
 * Hands the item to its owner: checks and drafts the record (Herausgabeprotokoll), renders it as PDF/A and
 * stores the blob outside any transaction, then — in one transaction that checks the item again under its
 * row lock — records the handover, files the record in the item's case and closes claims and reports.
 */
export async function handOver(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  input: { itemId: string; fields: Record<string, string | undefined> },
): Promise<Result<HandedOver>> {
  const parsed = parseHandoverForm(input.fields);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  const drafted = await scoped(deps, tenantId, (trx) =>
    draftHandover(trx, deps, actor, { itemId: input.itemId, form, lock: false }),
  );
  if (!drafted.ok) return drafted;
  const draft = drafted.value;
  const pdf = await renderPdfA(draft.spec, { timeoutMs: 60_000 });
  const stored = await storeClaimed(deps, tenantId, pdf);
  try {
    return await scoped(deps, tenantId, (trx) => fileHandover(trx, deps, actor, { draft, form, stored }));
  } catch (error) {
    await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}

async function fileHandover(
  trx: Trx,
  deps: LostAndFoundDeps,
  actor: StaffActor,
  input: {
    draft: Extract<Awaited<ReturnType<typeof draftHandover>>, { ok: true }>['value'];
    form: HandoverForm;
    stored: ClaimedContent;
  },
): Promise<Result<HandedOver>> {
  const { draft, form, stored } = input;
  const again = await draftHandover(trx, deps, actor, { itemId: draft.item.id, form, lock: true });
  if (!again.ok) throw lostFoundErrors.wrong_status({ status: draft.item.status });
  if (again.value.basis !== draft.basis)
    throw lostFoundErrors.wrong_status({ status: again.value.item.status });
  const { item, claim, feeCents, rewardCents, rewardNote, day, amounts } = again.value;
  const repository = createLostFoundRepository({ trx });
  const at = deps.now();
  const document = {
    title: `Herausgabeprotokoll Fundsache ${item.number} – ${form.ownerName}`,
    documentType: 'minutes',
    direction: 'internal' as const,
    sha256: stored.sha256,
    byteSize: stored.size,
    mediaType: 'application/pdf',
    fileName: `Herausgabeprotokoll ${item.number}.pdf`,
    text: plainTextOf(draft.spec),
    textStatus: 'extracted' as const,
  };
  let documentId: string;
  if (item.caseId) {
    [documentId] = (await deps.recordsIntake.addDocuments(shared(trx), {
      caseId: item.caseId,
      actor: staffAudit(actor),
      documents: [document],
    })) as [string];
  } else {
    // An item registered before it had a case (none in practice): the record opens it.
    const opened = await deps.recordsIntake.openCase(shared(trx), {
      planCode: draft.settings.planCode,
      departmentId: draft.settings.departmentId,
      fileTitle: 'Fundsachen',
      caseTitle: `Fundsache ${item.number} – ${CATEGORIES[item.category]}`,
      actor: staffAudit(actor),
      documents: [document],
    });
    documentId = opened.documentIds[0]!;
    await repository.updateItem(item.id, { caseId: opened.caseId, fileReference: opened.fileReference }, at);
  }
  await releaseClaim(shared(trx), stored.claimId);
  await repository.updateItem(
    item.id,
    {
      status: 'returned',
      handedOverOn: day,
      closedOn: day,
      ownerName: form.ownerName,
      proofMethod: form.proofMethod,
      proofDetails: form.proofDetails,
      feeCents,
      rewardCents,
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
      feeCents,
      rewardCents,
      rewardNote,
      feeSchedule: amounts.fee.schedule.label,
      record: documentId,
    },
  });
  return {
    ok: true as const,
    value: { feeCents, rewardCents, rewardNote, totalCents: feeCents + rewardCents, documentId },
  };
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
    await requireItemAccess(trx, actor);
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
