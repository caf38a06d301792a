// The office's work on found items: register one (at the counter, with photos), accept a finder's online
// report into the register, confirm or dismiss a suggested match. Photos go to the blob store under an
// E-Akte claim before the transaction; the transaction stores the item, opens its case in the file of the
// year, files the photos there, and matches the item against the open loss reports — all or nothing.
import { abandonClaim, claimAndStoreBlob, releaseClaim } from '../records/index.ts';
import type { StaffActor } from '../access/index.ts';
import { CATEGORIES } from './lostfound.categories.ts';
import {
  requireItemAccess,
  requireSettings,
  scoped,
  shared,
  staffAudit,
  today,
  worksHere,
  type Result,
} from './lostfound.context.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { lostFoundErrors } from './lostfound.errors.ts';
import { parseItemForm } from './lostfound.input.ts';
import { matchNewItem, type NewMatch } from './lostfound.match.usecases.ts';
import { createLostFoundRepository, type Item, type Settings, type Trx } from './lostfound.repository.ts';

export interface PhotoUpload {
  path: string;
  sha256: string;
  size: number;
  fileName: string;
  mediaType: string;
}

/** Each item is a case in the Fundbüro's collective file of the year ("Fundsachen 2026"). */
async function fileItem(
  deps: LostAndFoundDeps,
  trx: Trx,
  settings: Settings,
  actor: StaffActor,
  item: { id: string; number: string; category: Item['category'] },
  photos: PhotoUpload[],
) {
  const opened = await deps.recordsIntake.openCase(shared(trx), {
    planCode: settings.planCode,
    departmentId: settings.departmentId,
    fileTitle: 'Fundsachen',
    caseTitle: `Fundsache ${item.number} – ${CATEGORIES[item.category]}`,
    actor: staffAudit(actor),
    documents: photos.map((photo, index) => ({
      title: `Foto ${index + 1} der Fundsache ${item.number}`,
      documentType: 'photo',
      direction: 'internal' as const,
      sha256: photo.sha256,
      byteSize: photo.size,
      mediaType: photo.mediaType,
      fileName: photo.fileName,
      // A photo of a wallet has no text worth recognising.
      textStatus: 'none' as const,
    })),
  });
  const repository = createLostFoundRepository({ trx });
  for (const [index, photo] of photos.entries())
    await repository.insertPhoto({
      itemId: item.id,
      documentId: opened.documentIds[index]!,
      sha256: photo.sha256,
      mediaType: photo.mediaType,
      fileName: photo.fileName,
      position: index,
    });
  await repository.updateItem(
    item.id,
    { caseId: opened.caseId, fileReference: opened.fileReference },
    deps.now(),
  );
  return opened;
}

export async function registerItem(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  input: { fields: Record<string, string | undefined>; photos: PhotoUpload[]; baseUrl: string },
): Promise<Result<{ itemId: string; number: string; matches: NewMatch[] }>> {
  const day = today(deps);
  const parsed = parseItemForm(input.fields, day);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  // Refused before a byte is stored when the office is not set up or is not the person's.
  await scoped(deps, tenantId, async (trx) => {
    await requireSettings(trx);
    if (!(await worksHere(trx, actor))) throw lostFoundErrors.outside_office();
  });
  const claims: { claimId: string; sha256: string }[] = [];
  try {
    for (const photo of input.photos)
      claims.push({
        claimId: await claimAndStoreBlob({
          db: deps.db,
          blobs: deps.blobs,
          tenantId,
          sha256: photo.sha256,
          sourcePath: photo.path,
        }),
        sha256: photo.sha256,
      });
    const value = await scoped(deps, tenantId, async (trx) => {
      const settings = await requireSettings(trx);
      const repository = createLostFoundRepository({ trx });
      const at = deps.now();
      const created = await repository.insertItem(
        {
          status: form.keptByFinder ? 'kept_by_finder' : 'in_custody',
          source: 'counter',
          category: form.category,
          description: form.description,
          features: form.features,
          colour: form.colour,
          brand: form.brand,
          serialNumber: form.serialNumber,
          foundOn: form.foundOn,
          foundPlace: form.foundPlace,
          foundDistrict: form.foundDistrict,
          valueCents: form.valueCents,
          storagePlace: form.keptByFinder ? '' : form.storagePlace,
          finderName: form.finderName,
          finderContact: form.finderContact,
          finderChoice: form.finderChoice,
          publicFind: form.publicFind,
          photosPublic: form.photosPublic,
          reportedOn: day,
        },
        at,
      );
      const opened = await fileItem(
        deps,
        trx,
        settings,
        actor,
        { ...created, category: form.category },
        input.photos,
      );
      for (const claim of claims) await releaseClaim(shared(trx), claim.claimId);
      await deps.audit.append(shared(trx), {
        actor: staffAudit(actor),
        action: 'lost-and-found.item_registered',
        object: { type: 'lost_found_item', id: created.id },
        summary: {
          number: created.number,
          category: form.category,
          foundOn: form.foundOn,
          valueCents: form.valueCents,
          keptByFinder: form.keptByFinder,
          publicFind: form.publicFind,
          photos: input.photos.length,
          file: opened.fileReference,
        },
      });
      const item = (await repository.item(created.id))!;
      const matches = await matchNewItem(
        trx,
        { deps, tenantId, settings, baseUrl: input.baseUrl, at },
        item,
        day,
      );
      return { itemId: created.id, number: created.number, matches };
    });
    return { ok: true, value };
  } catch (error) {
    for (const claim of claims) await abandonClaim({ db: deps.db, blobs: deps.blobs, tenantId, ...claim });
    throw error;
  }
}

/** A finder's online report becomes a registered item: held by the office, or kept by the finder. */
export async function acceptFindReport(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  input: { itemId: string; storagePlace: string; keptByFinder: boolean; baseUrl: string },
): Promise<{ matches: NewMatch[] }> {
  return scoped(deps, tenantId, async (trx) => {
    const settings = await requireSettings(trx);
    await requireItemAccess(trx, actor);
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(input.itemId, true);
    if (!item) throw lostFoundErrors.item_not_found();
    if (item.status !== 'reported') throw lostFoundErrors.wrong_status({ status: item.status });
    const day = today(deps);
    const at = deps.now();
    await repository.updateItem(
      item.id,
      {
        status: input.keptByFinder ? 'kept_by_finder' : 'in_custody',
        reportedOn: day,
        storagePlace: input.keptByFinder ? '' : input.storagePlace.trim().slice(0, 200),
      },
      at,
    );
    const opened = await fileItem(deps, trx, settings, actor, item, []);
    await deps.audit.append(shared(trx), {
      actor: staffAudit(actor),
      action: 'lost-and-found.find_report_accepted',
      object: { type: 'lost_found_item', id: item.id },
      summary: { number: item.number, keptByFinder: input.keptByFinder, file: opened.fileReference },
    });
    const registered = (await repository.item(item.id))!;
    const matches = await matchNewItem(
      trx,
      { deps, tenantId, settings, baseUrl: input.baseUrl, at },
      registered,
      day,
    );
    return { matches };
  });
}

/** Staff confirm a suggested match (the citizen is told to come with proof) or dismiss it. */
export async function decideMatch(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  input: { matchId: string; decision: 'confirmed' | 'dismissed'; baseUrl: string },
): Promise<{ itemId: string }> {
  return scoped(deps, tenantId, async (trx) => {
    const settings = await requireSettings(trx);
    if (!(await worksHere(trx, actor))) throw lostFoundErrors.match_not_found();
    const repository = createLostFoundRepository({ trx });
    const match = await repository.match(input.matchId, true);
    if (!match) throw lostFoundErrors.match_not_found();
    if (match.status !== 'suggested') throw lostFoundErrors.match_decided();
    const item = (await repository.item(match.itemId))!;
    const report = (await repository.report(match.reportId))!;
    await repository.decideMatch(match.id, input.decision, actor.id, deps.now());
    await deps.audit.append(shared(trx), {
      actor: staffAudit(actor),
      action:
        input.decision === 'confirmed' ? 'lost-and-found.match_confirmed' : 'lost-and-found.match_dismissed',
      object: { type: 'lost_found_match', id: match.id },
      summary: { item: item.number, report: report.number },
    });
    if (input.decision === 'confirmed')
      await deps.mailer.send(
        {
          tenantId,
          to: report.email,
          subject: `Fundbüro: Ihre Sache ist vermutlich bei uns (${item.number})`,
          text: [
            `Guten Tag ${report.name},`,
            '',
            `das Fundbüro hat geprüft: Die Fundsache ${item.number} passt zu Ihrer Verlustanzeige ${report.number}.`,
            'Bitte melden Sie über den Link aus unserer ersten Nachricht Ihren Anspruch an, falls noch nicht geschehen,',
            'und bringen Sie zur Abholung einen Ausweis und, wenn vorhanden, einen Eigentumsnachweis mit.',
            '',
            `Kontakt: ${settings.contact}`,
            '',
            '---',
            `The office has checked: found item ${item.number} matches your loss report ${report.number}. Please bring ID when collecting it.`,
          ].join('\n'),
        },
        trx,
      );
    return { itemId: item.id };
  });
}
