// What keepers do with their registered dogs, and what the treasury decides about them: deregister a dog
// (the tax ends with the month it left, § 6 of the Mustersatzung pattern, see dogtax.liability.ts), report a
// lost tax mark (a new one is issued at once), give a SEPA direct-debit mandate, apply for an exemption or
// reduction with evidence; the treasury grants or refuses reliefs and books payments. Changes that alter
// an assessed year produce a change notice (dogtax.notices.ts). Every change is in the audit trail.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { checkIban } from '../../platform/sepa/index.ts';
import { localDay } from '../../platform/time/calendar-day.ts';
import type { StaffActor } from '../access/index.ts';
import { sendToCitizenIn } from '../portal/index.ts';
import { claimAndStoreBlob, releaseClaim, abandonClaimed, type ClaimedContent } from '../records/index.ts';
import { createBillingRepository } from './dogtax.billing.repository.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import { currentReliefRules } from './dogtax.model.ts';
import { ownDog } from './dogtax.ownership.ts';
import { issueChangeNotices, loadNoticeContext } from './dogtax.notices.ts';
import { createRegisterRepository } from './dogtax.register.repository.ts';
import type { DogLeaveReason, DogTaxTables } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

export interface Problem {
  field: string;
  text: { de: string; en: string };
}

export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function scoped<T>(deps: DogTaxDeps, tenantId: string, work: (trx: Trx) => Promise<T>) {
  return withTenant(deps.db as Kysely<DogTaxTables>, tenantId, work);
}

/** The citizen's own dog, locked against concurrent changes. */
const ownDogLocked = (trx: Trx, citizenId: string, dogId: string) =>
  ownDog(trx, citizenId, dogId, { lock: true });

const yearsFrom = (day: string, today: string) => {
  const years: number[] = [];
  for (let year = Number(day.slice(0, 4)); year <= Number(today.slice(0, 4)); year += 1) years.push(year);
  return years;
};

// ——— deregistration ———

export interface DeregisterInput {
  dogId: string;
  keptUntil: string | undefined;
  reason: string;
  newKeeper: string;
}

const leaveReasons: readonly DogLeaveReason[] = ['died', 'given-away', 'moved-away', 'lost'];

export async function deregisterDog(
  deps: DogTaxDeps,
  tenantId: string,
  citizenId: string,
  input: DeregisterInput,
): Promise<Outcome<{ noticeIds: string[] }>> {
  const today = localDay(deps.now());
  const result = await scoped(
    deps,
    tenantId,
    async (trx): Promise<Outcome<{ householdId: string; keptUntil: string }>> => {
      const { household, dog } = await ownDogLocked(trx, citizenId, input.dogId);
      if (dog.status !== 'registered') throw dogTaxErrors.dog_not_registered();
      const problems: Problem[] = [];
      const reason = leaveReasons.find((value) => value === input.reason);
      if (!reason)
        problems.push({
          field: 'reason',
          text: {
            de: 'Bitte wählen Sie, warum Sie den Hund abmelden.',
            en: 'Please choose why you are deregistering the dog.',
          },
        });
      if (!input.keptUntil) {
        problems.push({
          field: 'keptUntil',
          text: {
            de: 'Bitte geben Sie das Datum als TT.MM.JJJJ an.',
            en: 'Please enter the date as DD.MM.YYYY.',
          },
        });
      } else if (input.keptUntil < dog.keptFrom || input.keptUntil > today) {
        problems.push({
          field: 'keptUntil',
          text: {
            de: `Das Datum muss zwischen dem Beginn der Haltung (${dog.keptFrom.split('-').reverse().join('.')}) und heute liegen.`,
            en: `The date must lie between the start of keeping (${dog.keptFrom}) and today.`,
          },
        });
      }
      const newKeeper = input.newKeeper.trim();
      if (reason === 'given-away' && newKeeper.length < 10)
        problems.push({
          field: 'newKeeper',
          text: {
            de: 'Bitte geben Sie Name und Anschrift der neuen Halterin oder des neuen Halters an.',
            en: 'Please enter the new keeper’s name and address.',
          },
        });
      if (newKeeper.length > 500)
        problems.push({
          field: 'newKeeper',
          text: { de: 'Bitte höchstens 500 Zeichen.', en: 'At most 500 characters, please.' },
        });
      if (problems.length > 0) return { ok: false, problems };
      await createRegisterRepository({ trx }).deregisterDog(
        dog.id,
        {
          keptUntil: input.keptUntil!,
          reason: reason!,
          newKeeper: reason === 'given-away' ? newKeeper : null,
        },
        deps.now(),
      );
      if (dog.taxMark)
        await createRegisterRepository({ trx }).endMark(dog.id, dog.taxMark, input.keptUntil!, 'returned');
      await deps.audit.append(shared(trx), {
        actor: { type: 'citizen', id: citizenId },
        action: 'dog-tax.dog_deregistered',
        object: { type: 'dog_tax_dog', id: dog.id },
        summary: { household: household.number, name: dog.name, keptUntil: input.keptUntil, reason },
      });
      return { ok: true, value: { householdId: household.id, keptUntil: input.keptUntil! } };
    },
  );
  if (!result.ok) return result;
  const noticeIds = await issueChangeNotices(deps, tenantId, {
    householdId: result.value.householdId,
    years: yearsFrom(result.value.keptUntil, today),
    actor: { type: 'citizen', id: citizenId },
  });
  return { ok: true, value: { noticeIds } };
}

// ——— lost tax mark ———

export async function reportLostMark(
  deps: DogTaxDeps,
  tenantId: string,
  citizenId: string,
  dogId: string,
): Promise<{ newMark: string }> {
  const today = localDay(deps.now());
  return scoped(deps, tenantId, async (trx) => {
    const { household, dog } = await ownDogLocked(trx, citizenId, dogId);
    if (dog.status !== 'registered') throw dogTaxErrors.dog_not_registered();
    const register = createRegisterRepository({ trx });
    if (dog.taxMark) await register.endMark(dog.id, dog.taxMark, today, 'lost');
    const newMark = await register.nextMarkNumber();
    await register.issueMark(dog.id, newMark, today, deps.now());
    await deps.audit.append(shared(trx), {
      actor: { type: 'citizen', id: citizenId },
      action: 'dog-tax.tax_mark_replaced',
      object: { type: 'dog_tax_dog', id: dog.id },
      summary: { household: household.number, lost: dog.taxMark, issued: newMark },
    });
    await sendToCitizenIn(shared(trx), deps, {
      tenantId,
      citizenId,
      subject: `Neue Hundesteuermarke für ${dog.name}`,
      body:
        `Guten Tag,\n\nSie haben die Steuermarke Nr. ${dog.taxMark ?? '–'} für ${dog.name} als verloren gemeldet. ` +
        `Sie ist ab heute ungültig. Ihre neue Steuermarke hat die Nr. ${newMark}; wir senden sie Ihnen mit der Post zu.\n\n` +
        `Mit freundlichen Grüßen\nIhr Steueramt`,
      kind: 'message',
      caseId: household.caseId,
    });
    return { newMark };
  });
}

// ——— SEPA mandate ———

export interface MandateInput {
  accountHolder: string;
  iban: string;
  consent: boolean;
}

export async function giveMandate(
  deps: DogTaxDeps,
  tenantId: string,
  citizenId: string,
  input: MandateInput,
): Promise<Outcome<{ reference: string }>> {
  const problems: Problem[] = [];
  const holder = input.accountHolder.trim();
  if (holder.length < 2 || holder.length > 70)
    problems.push({
      field: 'accountHolder',
      text: {
        de: 'Bitte geben Sie die Kontoinhaberin oder den Kontoinhaber an (höchstens 70 Zeichen).',
        en: 'Please enter the account holder (at most 70 characters).',
      },
    });
  const iban = checkIban(input.iban);
  if (!iban.ok) {
    problems.push({
      field: 'iban',
      text:
        iban.reason === 'checksum'
          ? {
              de: 'Die Prüfziffer der IBAN stimmt nicht. Bitte prüfen Sie die IBAN auf Tippfehler.',
              en: 'The IBAN’s check digits are wrong. Please check the IBAN for typing errors.',
            }
          : iban.reason === 'country'
            ? {
                de: 'Lastschriften sind nur von Konten im SEPA-Raum möglich.',
                en: 'Direct debits are only possible from accounts in the SEPA area.',
              }
            : {
                de: 'Die IBAN hat nicht das richtige Format, zum Beispiel DE89 3704 0044 0532 0130 00.',
                en: 'The IBAN is not in the right format, for example DE89 3704 0044 0532 0130 00.',
              },
    });
  }
  if (!input.consent)
    problems.push({
      field: 'consent',
      text: {
        de: 'Bitte bestätigen Sie das Lastschriftmandat.',
        en: 'Please confirm the direct-debit mandate.',
      },
    });
  if (problems.length > 0 || !iban.ok) return { ok: false, problems };
  return scoped(deps, tenantId, async (trx) => {
    const register = createRegisterRepository({ trx });
    const household = await register.householdOfCitizen(citizenId);
    if (!household) throw dogTaxErrors.household_not_found();
    await register.household(household.id, true);
    const today = localDay(deps.now());
    // Unique per creditor (the mandate reference identifies the mandate with the creditor id).
    const reference = `${household.number}-${today.replaceAll('-', '')}-${Date.now().toString(36).slice(-4).toUpperCase()}`;
    await register.replaceMandate(
      { householdId: household.id, reference, accountHolder: holder, iban: iban.iban, signedOn: today },
      deps.now(),
    );
    await deps.audit.append(shared(trx), {
      actor: { type: 'citizen', id: citizenId },
      action: 'dog-tax.mandate_given',
      object: { type: 'dog_tax_household', id: household.id },
      summary: {
        household: household.number,
        reference,
        iban: `${iban.iban.slice(0, 4)}…${iban.iban.slice(-4)}`,
      },
    });
    return { ok: true, value: { reference } };
  });
}

export async function revokeMandate(deps: DogTaxDeps, tenantId: string, citizenId: string) {
  await scoped(deps, tenantId, async (trx) => {
    const register = createRegisterRepository({ trx });
    const household = await register.householdOfCitizen(citizenId);
    if (!household) throw dogTaxErrors.household_not_found();
    await register.revokeMandate(household.id, localDay(deps.now()));
    await deps.audit.append(shared(trx), {
      actor: { type: 'citizen', id: citizenId },
      action: 'dog-tax.mandate_revoked',
      object: { type: 'dog_tax_household', id: household.id },
      summary: { household: household.number },
    });
  });
}

// ——— reliefs ———

export interface ReliefRequestInput {
  dogId: string;
  ruleId: string;
  from: string | undefined;
  reason: string;
  /** Evidence, already checked and staged by the upload receiver; the caller removes the staging files. */
  evidence: { path: string; sha256: string; size: number; fileName: string; mediaType: string }[];
}

export async function requestRelief(
  deps: DogTaxDeps,
  tenantId: string,
  citizenId: string,
  input: ReliefRequestInput,
): Promise<Outcome<{ reliefId: string }>> {
  const problems: Problem[] = [];
  const stored: ClaimedContent[] = [];
  try {
    const prepared = await scoped(deps, tenantId, async (trx) => {
      const { dog } = await ownDogLocked(trx, citizenId, input.dogId);
      const settings = await createRegisterRepository({ trx }).settings();
      if (!settings) throw dogTaxErrors.not_set_up();
      const rule = currentReliefRules(settings.statuteKey).find((candidate) => candidate.id === input.ruleId);
      return { dog, rule };
    });
    const { dog, rule } = prepared;
    if (dog.status !== 'registered') throw dogTaxErrors.dog_not_registered();
    if (!rule)
      problems.push({
        field: 'ruleId',
        text: {
          de: 'Bitte wählen Sie, welche Befreiung oder Ermäßigung Sie beantragen.',
          en: 'Please choose which exemption or reduction you apply for.',
        },
      });
    else if (dog.dangerous && !rule.forDangerousDogs)
      problems.push({
        field: 'ruleId',
        text: {
          de: 'Für gefährliche Hunde gibt es diese Befreiung oder Ermäßigung nach der Satzung nicht.',
          en: 'Under the statute this exemption or reduction is not available for dangerous dogs.',
        },
      });
    if (!input.from || input.from < dog.keptFrom)
      problems.push({
        field: 'from',
        text: {
          de: 'Bitte geben Sie an, ab wann (TT.MM.JJJJ, nicht vor Beginn der Haltung).',
          en: 'Please enter from when (DD.MM.YYYY, not before keeping began).',
        },
      });
    if (input.reason.trim().length > 2000)
      problems.push({
        field: 'reason',
        text: { de: 'Bitte höchstens 2.000 Zeichen.', en: 'At most 2,000 characters, please.' },
      });
    if (input.evidence.length === 0)
      problems.push({
        field: 'evidence',
        text: {
          de: 'Bitte laden Sie einen Nachweis hoch (zum Beispiel den Schwerbehindertenausweis oder den Leistungsbescheid).',
          en: 'Please upload evidence (for example the disability card or the benefits notice).',
        },
      });
    if (problems.length > 0) return { ok: false, problems };
    for (const file of input.evidence) {
      const claimId = await claimAndStoreBlob({
        db: deps.db,
        blobs: deps.blobs,
        tenantId,
        sha256: file.sha256,
        sourcePath: file.path,
      });
      stored.push({ claimId, sha256: file.sha256, size: file.size });
    }
    const reliefId = await scoped(deps, tenantId, async (trx) => {
      const { household } = await ownDogLocked(trx, citizenId, input.dogId);
      const context = await loadNoticeContext(trx);
      const documents = input.evidence.map((file) => ({
        title: `Nachweis zum Antrag auf ${rule!.label.de} – ${dog.name}`.slice(0, 300),
        documentType: 'evidence',
        direction: 'incoming' as const,
        receivedOn: localDay(deps.now()),
        sha256: file.sha256,
        byteSize: file.size,
        mediaType: file.mediaType,
        fileName: file.fileName,
        textStatus: 'ocr_pending' as const,
      }));
      if (household.caseId) {
        await deps.recordsIntake.addDocuments(shared(trx), {
          caseId: household.caseId,
          actor: { type: 'citizen', id: citizenId },
          documents,
        });
      } else {
        const opened = await deps.recordsIntake.openCase(shared(trx), {
          planCode: context.settings.planCode,
          departmentId: context.settings.departmentId,
          fileTitle: 'Hundesteuer',
          caseTitle: `Hundesteuer ${household.number} – ${household.keeperName}`,
          actor: { type: 'citizen', id: citizenId },
          documents,
        });
        await createRegisterRepository({ trx }).updateHousehold(
          household.id,
          { caseId: opened.caseId, fileReference: opened.fileReference },
          deps.now(),
        );
      }
      for (const blob of stored) await releaseClaim(shared(trx), blob.claimId);
      const id = await createRegisterRepository({ trx }).insertRelief({
        dogId: dog.id,
        ruleId: rule!.id,
        kind: rule!.kind,
        percent: rule!.percent,
        reference: rule!.reference,
        validFrom: input.from!,
        validUntil: null,
        reason: input.reason.trim(),
        requestedAt: deps.now(),
      });
      await deps.audit.append(shared(trx), {
        actor: { type: 'citizen', id: citizenId },
        action: 'dog-tax.relief_requested',
        object: { type: 'dog_tax_relief', id },
        summary: {
          household: household.number,
          dog: dog.name,
          rule: rule!.id,
          from: input.from,
          evidence: input.evidence.length,
        },
      });
      return id;
    });
    return { ok: true, value: { reliefId } };
  } catch (error) {
    await abandonClaimed(deps, tenantId, stored);
    throw error;
  }
}

export interface ReliefDecisionInput {
  reliefId: string;
  decision: 'granted' | 'refused';
  from: string | undefined;
  until: string | undefined;
  reason: string;
}

export async function decideRelief(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  input: ReliefDecisionInput,
): Promise<Outcome<{ noticeIds: string[] }>> {
  const result = await scoped(
    deps,
    tenantId,
    async (trx): Promise<Outcome<{ householdId: string; from: string } | undefined>> => {
      const register = createRegisterRepository({ trx });
      const relief = await register.relief(input.reliefId, true);
      if (!relief) throw dogTaxErrors.dog_not_found();
      if (relief.status !== 'requested') throw dogTaxErrors.relief_not_requested();
      const dog = (await register.dog(relief.dogId))!;
      const household = (await register.household(dog.householdId))!;
      const problems: Problem[] = [];
      const from = input.from ?? relief.validFrom;
      if (input.decision === 'granted' && from < dog.keptFrom)
        problems.push({
          field: 'from',
          text: {
            de: 'Der Beginn darf nicht vor dem Beginn der Haltung liegen.',
            en: 'The start cannot be before keeping began.',
          },
        });
      if (input.until && input.until < from)
        problems.push({
          field: 'until',
          text: {
            de: 'Das Ende darf nicht vor dem Beginn liegen.',
            en: 'The end cannot be before the start.',
          },
        });
      if (input.decision === 'refused' && input.reason.trim().length < 10)
        problems.push({
          field: 'reason',
          text: { de: 'Bitte begründen Sie die Ablehnung.', en: 'Please give the reason for the refusal.' },
        });
      if (problems.length > 0) return { ok: false, problems };
      await register.decideRelief(
        relief.id,
        { status: input.decision, validFrom: from, validUntil: input.until ?? null, staffId: actor.id },
        deps.now(),
      );
      await deps.audit.append(shared(trx), {
        actor: { type: 'staff', id: actor.id },
        action: input.decision === 'granted' ? 'dog-tax.relief_granted' : 'dog-tax.relief_refused',
        object: { type: 'dog_tax_relief', id: relief.id },
        summary: {
          household: household.number,
          dog: dog.name,
          rule: relief.ruleId,
          from,
          until: input.until ?? null,
        },
      });
      if (household.citizenId) {
        await sendToCitizenIn(shared(trx), deps, {
          tenantId,
          citizenId: household.citizenId,
          subject:
            input.decision === 'granted'
              ? `Ihr Antrag für ${dog.name} ist bewilligt`
              : `Ihr Antrag für ${dog.name} ist abgelehnt`,
          body:
            input.decision === 'granted'
              ? `Guten Tag,\n\nIhrem Antrag (${relief.reference}) für ${dog.name} geben wir ab ${from.split('-').reverse().join('.')} statt. Den geänderten Steuerbescheid erhalten Sie gesondert.\n\nMit freundlichen Grüßen\n${actor.displayName}`
              : `Guten Tag,\n\nIhren Antrag (${relief.reference}) für ${dog.name} müssen wir ablehnen:\n\n${input.reason.trim()}\n\nMit freundlichen Grüßen\n${actor.displayName}`,
          kind: 'message',
          caseId: household.caseId,
          staffId: actor.id,
        });
      }
      return {
        ok: true,
        value: input.decision === 'granted' ? { householdId: household.id, from } : undefined,
      };
    },
  );
  if (!result.ok) return result;
  if (!result.value) return { ok: true, value: { noticeIds: [] } };
  const noticeIds = await issueChangeNotices(deps, tenantId, {
    householdId: result.value.householdId,
    years: yearsFrom(result.value.from, localDay(deps.now())),
    actor: { type: 'staff', id: actor.id },
    signer: { name: actor.displayName },
  });
  return { ok: true, value: { noticeIds } };
}

// ——— payments ———

export interface PaymentInput {
  householdId: string;
  year: number | undefined;
  amountCents: number | undefined;
  bookedOn: string | undefined;
  source: string;
  note: string;
}

export async function bookPayment(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  input: PaymentInput,
): Promise<Outcome> {
  const problems: Problem[] = [];
  if (!input.year || input.year < 2000 || input.year > 2100)
    problems.push({
      field: 'year',
      text: { de: 'Bitte geben Sie das Steuerjahr an.', en: 'Please enter the tax year.' },
    });
  if (!input.amountCents || input.amountCents <= 0)
    problems.push({
      field: 'amount',
      text: {
        de: 'Bitte geben Sie einen Betrag größer als 0 an, zum Beispiel 62,50.',
        en: 'Please enter an amount above 0, for example 62.50.',
      },
    });
  if (!input.bookedOn || input.bookedOn > localDay(deps.now()))
    problems.push({
      field: 'bookedOn',
      text: {
        de: 'Bitte geben Sie den Buchungstag an (nicht in der Zukunft).',
        en: 'Please enter the booking day (not in the future).',
      },
    });
  const source = input.source === 'return' ? 'return' : input.source === 'transfer' ? 'transfer' : undefined;
  if (!source)
    problems.push({
      field: 'source',
      text: { de: 'Bitte wählen Sie die Art der Buchung.', en: 'Please choose the kind of booking.' },
    });
  if (input.note.length > 500)
    problems.push({
      field: 'note',
      text: { de: 'Bitte höchstens 500 Zeichen.', en: 'At most 500 characters, please.' },
    });
  if (problems.length > 0) return { ok: false, problems };
  await scoped(deps, tenantId, async (trx) => {
    const household = await createRegisterRepository({ trx }).household(input.householdId, true);
    if (!household) throw dogTaxErrors.household_not_found();
    const amountCents = source === 'return' ? -input.amountCents! : input.amountCents!;
    await createBillingRepository({ trx }).insertPayment({
      householdId: household.id,
      year: input.year!,
      amountCents,
      bookedOn: input.bookedOn!,
      source: source!,
      collectionId: null,
      note: input.note.trim(),
      bookedBy: actor.id,
      at: deps.now(),
    });
    await deps.audit.append(shared(trx), {
      actor: { type: 'staff', id: actor.id },
      action: 'dog-tax.payment_booked',
      object: { type: 'dog_tax_household', id: household.id },
      summary: { household: household.number, year: input.year, amountCents, source },
    });
  });
  return { ok: true, value: undefined };
}

// ——— payment schedule ———

/** Quarterly or, on the keeper's request, annually on 1 July (Mustersatzung § 7); the current year's
 *  notice is reissued with the new due dates. */
export async function setPaymentSchedule(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  input: { householdId: string; annual: boolean },
): Promise<{ noticeIds: string[] }> {
  const changed = await scoped(deps, tenantId, async (trx) => {
    const register = createRegisterRepository({ trx });
    const household = await register.household(input.householdId, true);
    if (!household) throw dogTaxErrors.household_not_found();
    if (household.annualPayment === input.annual) return false;
    await register.updateHousehold(household.id, { annualPayment: input.annual }, deps.now());
    await deps.audit.append(shared(trx), {
      actor: { type: 'staff', id: actor.id },
      action: 'dog-tax.payment_schedule_changed',
      object: { type: 'dog_tax_household', id: household.id },
      summary: { household: household.number, annual: input.annual },
    });
    return true;
  });
  if (!changed) return { noticeIds: [] };
  const noticeIds = await issueChangeNotices(deps, tenantId, {
    householdId: input.householdId,
    years: [Number(localDay(deps.now()).slice(0, 4))],
    actor: { type: 'staff', id: actor.id },
    signer: { name: actor.displayName },
  });
  return { noticeIds };
}
