// What the Fundbüro's pages show, read in one transaction each: the office's work list (matches to check,
// online find reports, open claims, periods ending this week), one item with everything the clerk needs,
// and the public's views (search, one item, the reporter's own report and match).
import type { Readable } from 'node:stream';
import type { Category } from './lostfound.categories.ts';
import type { StaffActor } from '../access/index.ts';
import { findDepartments } from '../identity/index.ts';
import {
  factsOf,
  factsWith,
  feesOf,
  requireItemAccess,
  scoped,
  shared,
  today,
  worksHere,
} from './lostfound.context.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { lostFoundErrors } from './lostfound.errors.ts';
import type { CollectionAmounts } from './lostfound.fees.ts';
import {
  collectionAmounts,
  deadlineOf,
  endsThisWeek,
  stepsOpen,
  type Deadline,
  type Step,
} from './lostfound.lifecycle.ts';
import { hashToken } from './lostfound.match.usecases.ts';
import { toPublicItem, type PublicItem } from './lostfound.presenter.ts';
import {
  createLostFoundRepository,
  type Claim,
  type Item,
  type LossReport,
  type Match,
  type Photo,
} from './lostfound.repository.ts';

const HELD = ['in_custody', 'kept_by_finder'] as const;

export interface OverviewRow {
  item: Item;
  deadline: Deadline;
}

export interface Overview {
  today: string;
  suggested: { match: Match; item: Item; report: LossReport }[];
  onlineReports: Item[];
  openClaims: { claim: Claim; item: Item }[];
  endingThisWeek: OverviewRow[];
  held: OverviewRow[];
  settingsMissing: boolean;
  /** The person holds no role in the office's department or above it: every list stays empty. */
  outsideOffice: boolean;
  /** The department that runs the office, e.g. "32.1 Bürgerbüro". */
  officeDepartment: string | undefined;
}

export async function loadOverview(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  filters: { category?: Category | undefined; q?: string | undefined },
): Promise<Overview> {
  const day = today(deps);
  return scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const settings = await repository.settings();
    const settingsMissing = settings === undefined;
    const [department] = settings ? await findDepartments(shared(trx), [settings.departmentId]) : [];
    const officeDepartment = department ? `${department.number} ${department.name}` : undefined;
    if (!(await worksHere(trx, actor)))
      return {
        today: day,
        suggested: [],
        onlineReports: [],
        openClaims: [],
        endingThisWeek: [],
        held: [],
        settingsMissing,
        outsideOffice: !settingsMissing,
        officeDepartment,
      };
    const matches = await repository.matches({ status: 'suggested' });
    const items = new Map<string, Item>();
    const itemOf = async (id: string) => {
      if (!items.has(id)) items.set(id, (await repository.item(id))!);
      return items.get(id)!;
    };
    const reports = new Map((await repository.reports(matches.map((m) => m.reportId))).map((r) => [r.id, r]));
    const suggested = [];
    for (const match of matches)
      suggested.push({ match, item: await itemOf(match.itemId), report: reports.get(match.reportId)! });
    const claims = [];
    for (const claim of await repository.claims({ status: 'open' }))
      claims.push({ claim, item: await itemOf(claim.itemId) });
    const held = await repository.items({
      statuses: [...HELD],
      ...(filters.category ? { categories: [filters.category] } : {}),
      ...(filters.q ? { place: filters.q } : {}),
      limit: 500,
    });
    const allHeld =
      filters.category || filters.q ? await repository.items({ statuses: [...HELD], limit: 2000 }) : held;
    // One query for the claim days of every item on the page (a claim stops the § 973 period).
    const claimDays = await repository.firstClaimDays([
      ...new Set([...held, ...allHeld].map((item) => item.id)),
    ]);
    const rowOf = (item: Item): OverviewRow => ({
      item,
      deadline: deadlineOf(factsWith(item, claimDays.get(item.id))),
    });
    const rows = held.map(rowOf);
    const ending = allHeld.map(rowOf).filter((row) => endsThisWeek(row.deadline, day));
    ending.sort((a, b) =>
      a.deadline.kind !== 'none' && b.deadline.kind !== 'none'
        ? a.deadline.endsOn.localeCompare(b.deadline.endsOn)
        : 0,
    );
    return {
      today: day,
      suggested,
      onlineReports: await repository.items({ statuses: ['reported'] }),
      openClaims: claims,
      endingThisWeek: ending,
      held: rows,
      settingsMissing,
      outsideOffice: false,
      officeDepartment,
    };
  });
}

export interface ItemDetail {
  item: Item;
  photos: Photo[];
  matches: { match: Match; report: LossReport }[];
  claims: Claim[];
  deadline: Deadline;
  steps: Step[];
  amounts: CollectionAmounts;
  today: string;
}

export async function loadItem(
  deps: LostAndFoundDeps,
  tenantId: string,
  actor: StaffActor,
  itemId: string,
): Promise<ItemDetail> {
  return scoped(deps, tenantId, async (trx) => {
    await requireItemAccess(trx, actor);
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(itemId);
    if (!item) throw lostFoundErrors.item_not_found();
    const matches = await repository.matches({ itemId });
    const reports = new Map((await repository.reports(matches.map((m) => m.reportId))).map((r) => [r.id, r]));
    const facts = await factsOf(trx, item);
    const day = today(deps);
    return {
      item,
      photos: await repository.photos([item.id]),
      matches: matches.map((match) => ({ match, report: reports.get(match.reportId)! })),
      claims: await repository.claims({ itemId }),
      deadline: deadlineOf(facts),
      steps: stepsOpen(facts, day),
      amounts: collectionAmounts(facts, feesOf(deps)),
      today: day,
    };
  });
}

export interface SearchFilters {
  category?: Category | undefined;
  from?: string | undefined;
  to?: string | undefined;
  place?: string | undefined;
}

/** The public search: items held, newest find first; only the presenter's fields leave. */
export async function searchPublic(
  deps: LostAndFoundDeps,
  tenantId: string,
  filters: SearchFilters,
): Promise<PublicItem[]> {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const items = await repository.items({
      statuses: [...HELD],
      ...(filters.category ? { categories: [filters.category] } : {}),
      ...(filters.from ? { foundFrom: filters.from } : {}),
      ...(filters.to ? { foundTo: filters.to } : {}),
      ...(filters.place ? { place: filters.place } : {}),
      limit: 100,
    });
    const photos = await repository.photos(items.filter((item) => item.photosPublic).map((item) => item.id));
    return items.map((item) => toPublicItem(item, photos));
  });
}

export async function loadPublicItem(
  deps: LostAndFoundDeps,
  tenantId: string,
  itemId: string,
): Promise<PublicItem> {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(itemId);
    if (!item || !(HELD as readonly string[]).includes(item.status)) throw lostFoundErrors.item_not_found();
    return toPublicItem(item, await repository.photos([item.id]));
  });
}

export interface ReporterView {
  report: LossReport;
  matches: { match: Match; item: PublicItem | undefined }[];
}

/** The reporter's own report: by its link's token, or for the signed-in citizen who made it. */
export async function loadOwnReport(
  deps: LostAndFoundDeps,
  tenantId: string,
  input: { reportId: string; token: string | undefined; citizenId: string | undefined },
): Promise<ReporterView> {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const report = await repository.report(input.reportId);
    const allowed =
      report &&
      ((input.token !== undefined && report.tokenHash === hashToken(input.token)) ||
        (input.citizenId !== undefined && report.citizenId === input.citizenId));
    if (!report || !allowed) throw lostFoundErrors.report_not_found();
    const matches = (await repository.matches({ reportId: report.id })).filter(
      (m) => m.status !== 'dismissed',
    );
    const out = [];
    for (const match of matches) {
      const item = await repository.item(match.itemId);
      const held = item && (HELD as readonly string[]).includes(item.status);
      out.push({ match, item: held ? toPublicItem(item, await repository.photos([item.id])) : undefined });
    }
    return { report, matches: out };
  });
}

export interface MatchView {
  match: Match;
  report: LossReport;
  item: PublicItem;
}

/** The page a match mail links to: the item as the public sees it, and the claim form. */
export async function loadOwnMatch(
  deps: LostAndFoundDeps,
  tenantId: string,
  input: { matchId: string; token: string },
): Promise<MatchView> {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createLostFoundRepository({ trx });
    const match = await repository.match(input.matchId);
    if (!match || match.tokenHash !== hashToken(input.token) || match.status === 'dismissed')
      throw lostFoundErrors.match_not_found();
    const item = await repository.item(match.itemId);
    if (!item || !(HELD as readonly string[]).includes(item.status)) throw lostFoundErrors.item_not_found();
    return {
      match,
      report: (await repository.report(match.reportId))!,
      item: toPublicItem(item, await repository.photos([item.id])),
    };
  });
}

/** A photo's bytes; for the public only where staff allowed it and the item is still held. */
export async function openPhoto(
  deps: LostAndFoundDeps,
  tenantId: string,
  input: { itemId: string; photoId: string } & (
    { publicOnly: true } | { publicOnly: false; actor: StaffActor }
  ),
): Promise<{ stream: Readable; mediaType: string }> {
  const photo = await scoped(deps, tenantId, async (trx) => {
    if (!input.publicOnly && !(await worksHere(trx, input.actor))) return undefined;
    const repository = createLostFoundRepository({ trx });
    const item = await repository.item(input.itemId);
    if (!item) return undefined;
    if (input.publicOnly && (!item.photosPublic || !(HELD as readonly string[]).includes(item.status)))
      return undefined;
    return (await repository.photos([item.id])).find((candidate) => candidate.id === input.photoId);
  });
  if (!photo) throw lostFoundErrors.photo_not_found();
  return { stream: await deps.blobs.get(photo.sha256), mediaType: photo.mediaType };
}
