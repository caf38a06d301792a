// Matching against the database: a newly registered item against the open loss reports (each within its
// six months), a new loss report against the items held. The SQL narrows by category and time (what the
// in-memory index does for the bench); the pure matcher scores and ranks. Each new suggestion gets a link
// token of its own; the citizen is mailed that link and the office is told — in the caller's transaction,
// so a mail goes out only when the match is stored.
import { createHash, randomBytes } from 'node:crypto';
import { relatedCategories } from './lostfound.categories.ts';
import { shared } from './lostfound.context.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import {
  DEFAULT_MATCH_OPTIONS,
  prepareRecord,
  type MatchRecord,
  type PreparedRecord,
} from './lostfound.matching.ts';
import { createLossReportIndex, rankCandidates } from './lostfound.match-index.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import {
  createLostFoundRepository,
  type Item,
  type LossReport,
  type Settings,
  type Trx,
} from './lostfound.repository.ts';
import { CATEGORIES, type Category } from './lostfound.categories.ts';

/** Suggestions kept per new item or report; more would only bury the right one. */
const MAX_SUGGESTIONS = 5;

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function foundRecord(item: Item): MatchRecord {
  return {
    id: item.id,
    kind: 'found',
    category: item.category,
    from: item.foundOn,
    to: item.foundOn,
    place: { name: item.foundPlace, ...(item.foundDistrict ? { district: item.foundDistrict } : {}) },
    description: `${item.description}\n${item.features}`,
    ...(item.colour ? { colour: item.colour } : {}),
    ...(item.brand ? { brand: item.brand } : {}),
    ...(item.serialNumber ? { serialNumber: item.serialNumber } : {}),
  };
}

export function lostRecord(
  report: Pick<
    LossReport,
    | 'id'
    | 'category'
    | 'description'
    | 'colour'
    | 'brand'
    | 'serialNumber'
    | 'lostFrom'
    | 'lostTo'
    | 'place'
    | 'district'
  >,
): MatchRecord {
  return {
    id: report.id,
    kind: 'lost',
    category: report.category,
    from: report.lostFrom,
    to: report.lostTo,
    ...(report.place || report.district
      ? {
          place: {
            ...(report.place ? { name: report.place } : {}),
            ...(report.district ? { district: report.district } : {}),
          },
        }
      : {}),
    description: report.description,
    ...(report.colour ? { colour: report.colour } : {}),
    ...(report.brand ? { brand: report.brand } : {}),
    ...(report.serialNumber ? { serialNumber: report.serialNumber } : {}),
  };
}

export interface NewMatch {
  matchId: string;
  itemId: string;
  reportId: string;
  score: number;
}

interface Context {
  deps: Pick<LostAndFoundDeps, 'mailer' | 'audit'>;
  tenantId: string;
  settings: Settings;
  baseUrl: string;
  at: Date;
}

// Loss reports do not change their words once made, so each is prepared for matching (stems, terms,
// day numbers) once per process and kept, up to a bound: a new item is then scored without re-reading
// thousands of descriptions.
const PREPARED_LIMIT = 50_000;
const prepared = new Map<string, PreparedRecord>();

function preparedReport(record: MatchRecord): PreparedRecord {
  let entry = prepared.get(record.id);
  if (!entry) {
    entry = prepareRecord(record);
    if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value!);
    prepared.set(record.id, entry);
  }
  return entry;
}

/**
 * The open loss reports a found thing may belong to, best first: the SQL narrows by related category,
 * the six months and the time window; the matcher scores the rest. Read-only (the bench times it).
 */
export async function rankOpenReports(trx: Trx, found: MatchRecord, today: string) {
  const repository = createLostFoundRepository({ trx });
  const rows = await repository.openReportRecordsFor({
    categories: relatedCategories(found.category),
    foundOn: found.to,
    today,
    maxGapDays: DEFAULT_MATCH_OPTIONS.maxGapDays,
  });
  const index = createLossReportIndex();
  for (const row of rows)
    index.addPrepared(
      preparedReport(
        lostRecord({
          id: row.id,
          category: row.category as Category,
          description: row.description,
          colour: row.colour,
          brand: row.brand,
          serialNumber: row.serial_number,
          lostFrom: row.lost_from,
          lostTo: row.lost_to,
          place: row.place,
          district: row.district,
        }),
      ),
    );
  const ranked = rankCandidates(found, index, { limit: MAX_SUGGESTIONS });
  const reports = new Map((await repository.reports(ranked.map((c) => c.record.id))).map((r) => [r.id, r]));
  return ranked.map((candidate) => ({ ...candidate, report: reports.get(candidate.record.id)! }));
}

/** The open loss reports a newly registered item may belong to, stored as suggestions and notified. */
export async function matchNewItem(trx: Trx, context: Context, item: Item, today: string) {
  const created: NewMatch[] = [];
  for (const candidate of await rankOpenReports(trx, foundRecord(item), today)) {
    const match = await store(trx, context, item, candidate.report, candidate.score, candidate.reasons);
    if (match) created.push(match);
  }
  return created;
}

/** The held items a new loss report may be, stored as suggestions and notified. */
export async function matchNewReport(trx: Trx, context: Context, report: LossReport) {
  const repository = createLostFoundRepository({ trx });
  const items = await repository.heldItemsFor({
    categories: relatedCategories(report.category),
    lostFrom: report.lostFrom,
    lostTo: report.lostTo,
    maxGapDays: DEFAULT_MATCH_OPTIONS.maxGapDays,
  });
  const ranked = rankCandidates(lostRecord(report), items.map(foundRecord), { limit: MAX_SUGGESTIONS });
  const byId = new Map(items.map((item) => [item.id, item]));
  const created: NewMatch[] = [];
  for (const candidate of ranked) {
    const item = byId.get(candidate.record.id)!;
    const match = await store(trx, context, item, report, candidate.score, candidate.reasons);
    if (match) created.push(match);
  }
  return created;
}

async function store(
  trx: Trx,
  context: Context,
  item: Item,
  report: LossReport,
  score: number,
  reasons: { code: string; value: number; de: string }[],
): Promise<NewMatch | undefined> {
  const { token, hash } = newToken();
  const matchId = await createLostFoundRepository({ trx }).insertMatch({
    itemId: item.id,
    reportId: report.id,
    score,
    reasons: reasons.map((reason) => ({ code: reason.code, value: reason.value, de: reason.de })),
    tokenHash: hash,
    at: context.at,
  });
  if (!matchId) return undefined;
  await context.deps.audit.append(shared(trx), {
    actor: { type: 'system' },
    action: 'lost-and-found.match_suggested',
    object: { type: 'lost_found_match', id: matchId },
    summary: { item: item.number, report: report.number, score: Math.round(score * 100) / 100 },
  });
  const link = `${context.baseUrl}${LOST_FOUND_PATHS.publicMatch(matchId)}?token=${token}`;
  await context.deps.mailer.send(
    {
      tenantId: context.tenantId,
      to: report.email,
      subject: `Fundbüro: Möglicher Treffer zu Ihrer Verlustanzeige ${report.number}`,
      text: [
        `Guten Tag ${report.name},`,
        '',
        `zu Ihrer Verlustanzeige ${report.number} (${CATEGORIES[report.category]}) ist eine Fundsache eingegangen, die passen könnte: ${item.number}, ${CATEGORIES[item.category]}, gefunden am ${item.foundOn.split('-').reverse().join('.')}.`,
        '',
        'Ansehen und, wenn es Ihre Sache ist, Anspruch anmelden:',
        link,
        '',
        'Das Fundbüro prüft den Treffer ebenfalls und meldet sich bei Ihnen.',
        '',
        `Kontakt: ${context.settings.contact}`,
        '',
        '---',
        `A found item that may match your loss report ${report.number} has come in. View it and claim it here: ${link}`,
      ].join('\n'),
    },
    trx,
  );
  if (context.settings.notifyEmail)
    await context.deps.mailer.send(
      {
        tenantId: context.tenantId,
        to: context.settings.notifyEmail,
        subject: `Fundbüro: Treffer ${item.number} ↔ ${report.number} prüfen`,
        text: [
          `Der Abgleich schlägt vor: Fundsache ${item.number} passt zur Verlustanzeige ${report.number} (Übereinstimmung ${Math.round(score * 100)} %).`,
          '',
          `Bitte bestätigen oder verwerfen: ${context.baseUrl}${LOST_FOUND_PATHS.item(item.id)}`,
        ].join('\n'),
      },
      trx,
    );
  return { matchId, itemId: item.id, reportId: report.id, score };
}
