// Issuing a tax notice (Steuerbescheid) of one household for one year, in three steps so that slow work
// stays outside transactions: draft (read the register, assess, build the letter), render (PDF/A), file
// (in one transaction: the notice and its installments, the document in the household's E-Akte case —
// opened at the first notice — and delivery to the Postfach, or marked for print without an account).
// The acceptance of a registration, a change and the annual run all go through here.
import type { Kysely } from 'kysely';
import type { PdfDocumentSpec } from '../../platform/pdf/index.ts';
import { plainTextOf, renderPdfA } from '../../platform/pdf/index.ts';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { localDay as localDayOf } from '../../platform/time/calendar-day.ts';
import type { AuditEvent } from '../audit/index.ts';
import { findDepartments } from '../identity/index.ts';
import { sendToCitizenIn, siteInfoIn } from '../portal/index.ts';
import { abandonClaimed, releaseClaim, storeClaimed, type ClaimedContent } from '../records/index.ts';
import { assessHousehold, type Assessment } from './dogtax.assessment.ts';
import { createBillingRepository } from './dogtax.billing.repository.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { dueInstallments, dueInstallmentsAfterChange, type Installment } from './dogtax.due-dates.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import { dogPeriodsOf, keptInYear, statuteFor } from './dogtax.model.ts';
import { formatEuro } from './dogtax.money.ts';
import { buildTaxNoticeSpec, type TaxNoticeInput } from './dogtax.notice.letter.ts';
import {
  createRegisterRepository,
  type Dog,
  type DogTaxSettings,
  type Household,
  type Mandate,
} from './dogtax.register.repository.ts';
import type { DogTaxTables, NoticeKind } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

/** The facts of a notice that do not change per household: read once per run. */
export interface NoticeContext {
  settings: DogTaxSettings;
  municipality: TaxNoticeInput['municipality'];
  treasuryDepartment: string;
  statuteTitle: string;
}

export interface NoticeDraft {
  household: Household;
  year: number;
  kind: NoticeKind;
  assessment: Assessment;
  installments: Installment[];
  spec: PdfDocumentSpec;
  fileName: string;
}

/** A notice is made known on the third day after it is sent (§ 122 Abs. 2 Nr. 1 and § 122a Abs. 4 AO,
 *  applied to municipal taxes by § 12 Abs. 1 Nr. 3 Buchst. b KAG NRW); installments fall due from then. */
export function deemedKnownOn(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 3);
  return date.toISOString().slice(0, 10);
}

export async function loadNoticeContext(trx: Trx): Promise<NoticeContext> {
  const settings = await createRegisterRepository({ trx }).settings();
  if (!settings) throw dogTaxErrors.not_set_up();
  const site = await siteInfoIn(shared(trx));
  const [department] = await findDepartments(shared(trx), [settings.departmentId]);
  const statute = statuteFor(settings.statuteKey);
  return {
    settings,
    municipality: {
      authority: site?.authority ?? statute.municipality,
      street: site?.street ?? '',
      postalCode: site?.postalCode ?? '',
      city: site?.city ?? '',
      phone: site?.phone ?? '',
      email: site?.email ?? '',
      administrativeCourt: settings.administrativeCourt,
    },
    treasuryDepartment: department?.name ?? 'Steueramt',
    statuteTitle: `Hundesteuersatzung der ${statute.municipality} in der geltenden Fassung`,
  };
}

function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} **** **** ${iban.slice(-4)}`;
}

/** Assesses the household for the year and builds the letter. Throws nothing_to_assess when no dog of
 *  the household is kept in that year. */
export function draftNotice(input: {
  context: NoticeContext;
  household: Household;
  dogs: readonly Dog[];
  reliefs: Parameters<typeof dogPeriodsOf>[1];
  mandate: Mandate | undefined;
  /** The installments of the notices in force (for a change notice: what was already due stays due). */
  installmentsInForce?: readonly { year: number; dueOn: string; amountCents: number }[];
  year: number;
  kind: NoticeKind;
  /** YYYY-MM-DD, the notice's date. */
  date: string;
  signer?: { name: string; role?: string };
}): NoticeDraft {
  const { context, household, year } = input;
  const dogs = input.dogs.filter((dog) => keptInYear(dog, year));
  if (dogs.length === 0) throw dogTaxErrors.nothing_to_assess({ number: household.number, year });
  const statute = statuteFor(context.settings.statuteKey);
  const assessment = assessHousehold({ statute, year, dogs: dogPeriodsOf(dogs, input.reliefs) });
  const noticeDate = deemedKnownOn(input.date);
  const previous = (input.installmentsInForce ?? []).filter((item) => item.year === year);
  const installments =
    input.kind === 'change' && previous.length > 0
      ? dueInstallmentsAfterChange(assessment, { annual: household.annualPayment, noticeDate, previous })
      : dueInstallments(assessment, { annual: household.annualPayment, noticeDate });
  const spec = buildTaxNoticeSpec({
    municipality: context.municipality,
    treasury: {
      department: context.treasuryDepartment,
      contact: context.settings.contact,
      bankName: context.settings.bankName,
      iban: context.settings.iban,
      bic: context.settings.bic,
      creditorId: context.settings.creditorId,
    },
    recipient: {
      name: household.keeperName,
      addressLines: [household.street, `${household.postalCode} ${household.city}`],
    },
    householdNumber: household.number,
    fileReference: household.fileReference ?? household.number,
    date: input.date,
    year,
    kind: input.kind,
    assessment,
    dogs: Object.fromEntries(
      dogs.map((dog) => [
        dog.id,
        { name: dog.name, breed: dog.breed, ...(dog.taxMark ? { taxMarkNumber: dog.taxMark } : {}) },
      ]),
    ),
    installments,
    payment: input.mandate
      ? {
          method: 'sepa-direct-debit',
          mandateReference: input.mandate.reference,
          maskedIban: maskIban(input.mandate.iban),
        }
      : { method: 'bank-transfer' },
    statuteTitle: context.statuteTitle,
    ...(input.signer ? { signer: input.signer } : {}),
  });
  return {
    household,
    year,
    kind: input.kind,
    assessment,
    installments,
    spec,
    fileName: `Hundesteuerbescheid ${year} ${household.number}.pdf`,
  };
}

/** Reads what a household's notice needs, in the caller's transaction. */
export async function loadHouseholdForNotice(trx: Trx, householdId: string) {
  const register = createRegisterRepository({ trx });
  const household = await register.household(householdId);
  if (!household) throw dogTaxErrors.household_not_found();
  const dogs = await register.dogsOfHousehold(householdId);
  const reliefs = await register.reliefsOfDogs(dogs.map((dog) => dog.id));
  const mandate = await register.activeMandate(householdId);
  const installmentsInForce = await createBillingRepository({ trx }).installmentsInForce(householdId);
  return { household, dogs, reliefs, mandate, installmentsInForce };
}

/** loadHouseholdForNotice for a batch of households, in a handful of queries (the annual run). */
export async function loadHouseholdsForNotice(trx: Trx, householdIds: readonly string[], year: number) {
  const register = createRegisterRepository({ trx });
  const households = await register.households(householdIds);
  const dogs = await register.dogsOfHouseholds(householdIds);
  const reliefs = await register.reliefsOfDogs(dogs.map((dog) => dog.id));
  const mandates = await register.activeMandates(householdIds);
  const installments = await createBillingRepository({ trx }).installmentsInForceOf(householdIds, year);
  const byId = new Map(households.map((household) => [household.id, household]));
  return householdIds.map((id) => {
    const household = byId.get(id);
    if (!household) throw dogTaxErrors.household_not_found();
    const own = dogs.filter((dog) => dog.householdId === id);
    const dogIds = new Set(own.map((dog) => dog.id));
    return {
      household,
      dogs: own,
      reliefs: reliefs.filter((relief) => dogIds.has(relief.dogId)),
      mandate: mandates.find((mandate) => mandate.householdId === id),
      installmentsInForce: installments.filter((row) => row.householdId === id),
    };
  });
}

/** The notice as PDF/A-2b (our own writer: in-process, a few milliseconds). */
export function renderNoticePdf(deps: Pick<DogTaxDeps, 'pdfTimeoutMs'>, draft: NoticeDraft): Promise<Buffer> {
  return renderPdfA(draft.spec, { timeoutMs: deps.pdfTimeoutMs ?? 60_000 });
}

export async function renderNotice(
  deps: DogTaxDeps,
  tenantId: string,
  draft: NoticeDraft,
): Promise<ClaimedContent> {
  return storeClaimed(deps, tenantId, await renderNoticePdf(deps, draft));
}

/**
 * Files a rendered notice in the caller's transaction. The household row is locked by the caller when
 * two notices could race (acceptance, annual run). Returns the notice id.
 */
export async function fileNoticeIn(
  trx: Trx,
  deps: DogTaxDeps,
  input: {
    tenantId: string;
    context: NoticeContext;
    draft: NoticeDraft;
    stored: ClaimedContent;
    actor: AuditEvent['actor'];
    runId: string | null;
    /** Sets the household's case when it has none yet (e.g. the registration's case). */
    caseId?: { caseId: string; fileReference: string };
  },
): Promise<string> {
  const { draft, stored, context } = input;
  const at = deps.now();
  const register = createRegisterRepository({ trx });
  const household = (await register.household(draft.household.id, true)) ?? draft.household;
  const document = {
    title: `Hundesteuerbescheid ${draft.year} (${kindTitle[draft.kind]}) – ${household.number}`,
    documentType: 'notice',
    direction: 'outgoing' as const,
    sentOn: at.toISOString().slice(0, 10),
    sha256: stored.sha256,
    byteSize: stored.size,
    mediaType: 'application/pdf',
    fileName: draft.fileName,
    text: plainTextOf(draft.spec),
    textStatus: 'extracted' as const,
  };
  let caseId = household.caseId ?? input.caseId?.caseId ?? null;
  let documentId: string | undefined;
  if (caseId) {
    [documentId] = await deps.recordsIntake.addDocuments(shared(trx), {
      caseId,
      actor: input.actor,
      documents: [document],
    });
    if (!household.caseId && input.caseId)
      await register.updateHousehold(household.id, { caseId, fileReference: input.caseId.fileReference }, at);
  } else {
    const opened = await deps.recordsIntake.openCase(shared(trx), {
      planCode: context.settings.planCode,
      departmentId: context.settings.departmentId,
      fileTitle: 'Hundesteuer',
      caseTitle: `Hundesteuer ${household.number} – ${household.keeperName}`,
      actor: input.actor,
      documents: [document],
    });
    caseId = opened.caseId;
    documentId = opened.documentIds[0];
    await register.updateHousehold(household.id, { caseId, fileReference: opened.fileReference }, at);
  }
  await releaseClaim(shared(trx), stored.claimId);
  const delivery = household.citizenId ? 'postfach' : 'print';
  const noticeId = await createBillingRepository({ trx }).insertNotice(
    {
      householdId: household.id,
      year: draft.year,
      kind: draft.kind,
      runId: input.runId,
      assessment: draft.assessment,
      documentId: documentId!,
      fileName: draft.fileName,
      delivery,
      createdBy: input.actor.type === 'staff' ? (input.actor.id ?? null) : null,
      installments: draft.installments,
    },
    at,
  );
  if (household.citizenId) {
    await sendToCitizenIn(shared(trx), deps, {
      tenantId: input.tenantId,
      citizenId: household.citizenId,
      subject: `Hundesteuerbescheid ${draft.year}`,
      body:
        `Guten Tag,\n\nanbei erhalten Sie den Bescheid über die Hundesteuer für das Jahr ${draft.year} ` +
        `(Kassenzeichen ${household.number}). Festgesetzt sind ${formatEuro(draft.assessment.totalCents)}.\n\n` +
        `Mit freundlichen Grüßen\nIhre ${context.municipality.authority}`,
      kind: 'notice',
      caseId,
      staffId: input.actor.type === 'staff' ? (input.actor.id ?? null) : null,
      attachments: [
        {
          blobSha256: stored.sha256,
          fileName: draft.fileName,
          mediaType: 'application/pdf',
          byteSize: stored.size,
          documentId: documentId ?? null,
        },
      ],
    });
  }
  await deps.audit.append(shared(trx), {
    actor: input.actor,
    action: 'dog-tax.notice_issued',
    object: { type: 'dog_tax_household', id: household.id },
    summary: {
      number: household.number,
      year: draft.year,
      kind: draft.kind,
      totalCents: draft.assessment.totalCents,
      delivery,
      noticeId,
      runId: input.runId,
    },
  });
  return noticeId;
}

const kindTitle: Record<NoticeKind, string> = {
  first: 'Erstbescheid',
  annual: 'Jahresbescheid',
  change: 'Änderungsbescheid',
};

/** Renders, then files; a failed filing removes the rendered blob again. */
export async function issueNotice(
  deps: DogTaxDeps,
  tenantId: string,
  draft: NoticeDraft,
  file: (stored: ClaimedContent) => Promise<string>,
): Promise<string> {
  const stored = await renderNotice(deps, tenantId, draft);
  try {
    return await file(stored);
  } catch (error) {
    await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}

/**
 * After a change (a dog left, a relief granted): a change notice (Änderungsbescheid) for each of the given
 * years in which the household was assessed before, replacing the earlier assessment. Years without an
 * earlier notice wait for the annual run. Returns the ids of the notices made.
 */
export async function issueChangeNotices(
  deps: DogTaxDeps,
  tenantId: string,
  input: {
    householdId: string;
    years: readonly number[];
    actor: AuditEvent['actor'];
    signer?: { name: string };
  },
): Promise<string[]> {
  const { context, drafts } = await scopedTenant(deps, tenantId, async (trx) => {
    const context = await loadNoticeContext(trx);
    const loaded = await loadHouseholdForNotice(trx, input.householdId);
    const assessedYears = new Set(
      (await createBillingRepository({ trx }).noticesOfHousehold(input.householdId)).map(
        (notice) => notice.year,
      ),
    );
    const date = localDayOf(deps.now());
    const drafts = [...new Set(input.years)]
      .filter((year) => assessedYears.has(year))
      .sort()
      .map((year) => draftChange({ context, ...loaded, year, date, signer: input.signer }));
    return { context, drafts: drafts.filter((draft): draft is NoticeDraft => draft !== undefined) };
  });
  const ids: string[] = [];
  for (const draft of drafts) {
    ids.push(
      await issueNotice(deps, tenantId, draft, (stored) =>
        scopedTenant(deps, tenantId, (trx) =>
          fileNoticeIn(trx, deps, { tenantId, context, draft, stored, actor: input.actor, runId: null }),
        ),
      ),
    );
  }
  return ids;
}

/** A change notice, or none when no dog of the household is kept in that year any more. */
function draftChange(input: Omit<Parameters<typeof draftNotice>[0], 'kind'>) {
  try {
    return draftNotice({ ...input, kind: 'change' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'dog-tax.nothing_to_assess')
      return undefined;
    throw error;
  }
}

function scopedTenant<T>(deps: DogTaxDeps, tenantId: string, work: (trx: Trx) => Promise<T>) {
  return withTenant(deps.db as Kysely<DogTaxTables>, tenantId, work);
}
