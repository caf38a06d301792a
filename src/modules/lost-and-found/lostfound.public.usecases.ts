// What the public does: report a loss (matched at once against the items held), report a find online,
// claim an item. Nobody needs an account; a signed-in citizen's reports are linked to the account. Each
// report and claim is audited; the reporter's link carries a token that only the mail knows.
import type { AuditEvent } from '../audit/index.ts';
import { CATEGORIES } from './lostfound.categories.ts';
import { requireSettings, scoped, shared, today, type Result } from './lostfound.context.ts';
import { periodEnd } from './lostfound.days.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { lostFoundErrors } from './lostfound.errors.ts';
import { parseClaimForm, parseFindReportForm, parseLossReportForm } from './lostfound.input.ts';
import { hashToken, matchNewReport, newToken, type NewMatch } from './lostfound.match.usecases.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import { createLostFoundRepository } from './lostfound.repository.ts';
import { OWNERSHIP_PERIOD_MONTHS } from './lostfound.rules.ts';

type Fields = Record<string, string | undefined>;

const who = (citizenId: string | undefined): AuditEvent['actor'] =>
  citizenId ? { type: 'citizen', id: citizenId } : { type: 'anonymous' };

export async function submitLossReport(
  deps: LostAndFoundDeps,
  tenantId: string,
  input: { fields: Fields; citizenId: string | undefined; baseUrl: string },
): Promise<Result<{ reportId: string; number: string; token: string; matches: NewMatch[] }>> {
  const day = today(deps);
  const parsed = parseLossReportForm(input.fields, day);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  const value = await scoped(deps, tenantId, async (trx) => {
    const settings = await requireSettings(trx);
    const repository = createLostFoundRepository({ trx });
    const { token, hash } = newToken();
    const at = deps.now();
    const created = await repository.insertReport(
      {
        citizenId: input.citizenId ?? null,
        name: form.name,
        email: form.email,
        tokenHash: hash,
        category: form.category,
        description: form.description,
        colour: form.colour,
        brand: form.brand,
        serialNumber: form.serialNumber,
        lostFrom: form.lostFrom,
        lostTo: form.lostTo,
        place: form.place,
        district: form.district,
        // Matched against new items for six months, the time the Fundbüro keeps an ordinary find (§ 973).
        openUntil: periodEnd(day, OWNERSHIP_PERIOD_MONTHS),
      },
      at,
    );
    await deps.audit.append(shared(trx), {
      actor: who(input.citizenId),
      action: 'lost-and-found.loss_reported',
      object: { type: 'lost_found_report', id: created.id },
      summary: {
        number: created.number,
        category: form.category,
        lostFrom: form.lostFrom,
        lostTo: form.lostTo,
      },
    });
    const link = `${input.baseUrl}${LOST_FOUND_PATHS.myReport(created.id)}?token=${token}`;
    await deps.mailer.send(
      {
        tenantId,
        to: form.email,
        subject: `Fundbüro: Ihre Verlustanzeige ${created.number}`,
        text: [
          `Guten Tag ${form.name},`,
          '',
          `wir haben Ihre Verlustanzeige ${created.number} (${CATEGORIES[form.category]}) erhalten. Wir gleichen sie sechs Monate lang mit jeder neuen Fundsache ab und schreiben Ihnen, sobald etwas passen könnte.`,
          '',
          `Ihre Verlustanzeige: ${link}`,
          '',
          `Kontakt: ${settings.contact}`,
          '',
          '---',
          `We have received your loss report ${created.number} and will compare it with every new found item for six months: ${link}`,
        ].join('\n'),
      },
      trx,
    );
    const report = (await repository.report(created.id))!;
    const matches = await matchNewReport(
      trx,
      { deps, tenantId, settings, baseUrl: input.baseUrl, at },
      report,
    );
    return { reportId: created.id, number: created.number, token, matches };
  });
  return { ok: true, value };
}

export async function submitFindReport(
  deps: LostAndFoundDeps,
  tenantId: string,
  input: { fields: Fields; citizenId: string | undefined; baseUrl: string },
): Promise<Result<{ itemId: string; number: string }>> {
  const parsed = parseFindReportForm(input.fields, today(deps));
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  const value = await scoped(deps, tenantId, async (trx) => {
    const settings = await requireSettings(trx);
    const repository = createLostFoundRepository({ trx });
    const created = await repository.insertItem(
      {
        status: 'reported',
        source: 'online',
        category: form.category,
        description: form.description,
        features: form.features,
        colour: form.colour,
        brand: form.brand,
        serialNumber: '',
        foundOn: form.foundOn,
        foundPlace: form.foundPlace,
        foundDistrict: '',
        valueCents: form.valueCents,
        storagePlace: '',
        finderName: form.finderName,
        finderContact: form.finderContact,
        finderChoice: form.finderChoice,
        publicFind: false,
        photosPublic: false,
        reportedOn: null,
      },
      deps.now(),
    );
    await deps.audit.append(shared(trx), {
      actor: who(input.citizenId),
      action: 'lost-and-found.find_reported',
      object: { type: 'lost_found_item', id: created.id },
      summary: { number: created.number, category: form.category, keptByFinder: form.keptByFinder },
    });
    if (settings.notifyEmail)
      await deps.mailer.send(
        {
          tenantId,
          to: settings.notifyEmail,
          subject: `Fundbüro: Fundanzeige ${created.number} online eingegangen`,
          text: `Eine Finderin oder ein Finder hat online einen Fund gemeldet (${CATEGORIES[form.category]}, ${form.keptByFinder ? 'behält die Sache vorerst' : 'bringt die Sache vorbei'}). Bitte prüfen und in das Fundregister übernehmen: ${input.baseUrl}${LOST_FOUND_PATHS.item(created.id)}`,
        },
        trx,
      );
    return { itemId: created.id, number: created.number };
  });
  return { ok: true, value };
}

/** The owner's claim; through a match link it is tied to the loss report the link belongs to. */
export async function submitClaim(
  deps: LostAndFoundDeps,
  tenantId: string,
  input: {
    itemId: string;
    fields: Fields;
    citizenId: string | undefined;
    match?: { id: string; token: string } | undefined;
    baseUrl: string;
  },
): Promise<Result<{ claimId: string }>> {
  const parsed = parseClaimForm(input.fields);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  const value = await scoped(deps, tenantId, async (trx) => {
    const settings = await requireSettings(trx);
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(input.itemId);
    if (!item || !['in_custody', 'kept_by_finder'].includes(item.status))
      throw lostFoundErrors.item_not_found();
    let reportId: string | null = null;
    if (input.match) {
      const match = await repository.match(input.match.id);
      if (!match || match.itemId !== item.id || match.tokenHash !== hashToken(input.match.token))
        throw lostFoundErrors.match_not_found();
      reportId = match.reportId;
    }
    const claimId = await repository.insertClaim(
      {
        itemId: item.id,
        reportId,
        citizenId: input.citizenId ?? null,
        name: form.name,
        email: form.email,
        statement: form.statement,
      },
      deps.now(),
    );
    await deps.audit.append(shared(trx), {
      actor: who(input.citizenId),
      action: 'lost-and-found.item_claimed',
      object: { type: 'lost_found_claim', id: claimId },
      summary: { item: item.number, viaMatch: reportId !== null },
    });
    if (settings.notifyEmail)
      await deps.mailer.send(
        {
          tenantId,
          to: settings.notifyEmail,
          subject: `Fundbüro: Anspruch auf ${item.number} angemeldet`,
          text: `Für die Fundsache ${item.number} ist ein Anspruch angemeldet worden. Bitte prüfen: ${input.baseUrl}${LOST_FOUND_PATHS.item(item.id)}`,
        },
        trx,
      );
    return { claimId };
  });
  return { ok: true, value };
}
