// The open records of one side (loss reports, or items in custody) prepared once and kept by category,
// each bucket sorted by the last possible day, so that a new record on the other side is scored only against
// records of related categories whose time can fit — a binary search and a short scan instead of 10,000 pairs.
import { relatedCategories, type Category } from './lostfound.categories.ts';
import {
  DEFAULT_MATCH_OPTIONS,
  prepareRecord,
  scorePair,
  type MatchOptions,
  type MatchReason,
  type MatchRecord,
  type PreparedRecord,
  type TermMemo,
  type TermRarity,
} from './lostfound.matching.ts';

/** Below this a pair is not suggested to staff (chosen with bench/fundbuero: precision and recall). */
export const MATCH_THRESHOLD = 0.55;

export interface MatchIndex {
  /** What the index holds: 'lost' for loss reports, 'found' for items in custody. */
  readonly kind: 'found' | 'lost';
  readonly size: number;
  /** Adds the record, or replaces the one with the same id. */
  add(record: MatchRecord): void;
  /** The same with a record prepared before (the caller keeps prepared records of unchanging rows). */
  addPrepared(prepared: PreparedRecord): void;
  remove(id: string): boolean;
  get(id: string): MatchRecord | undefined;
  /** The prepared records that can pair with `query` in time and category (no scoring). */
  candidates(query: PreparedRecord, options?: MatchOptions): PreparedRecord[];
  /** Inverse document frequency of a term among the records held, scaled to (0, 1]. */
  rarity: TermRarity;
}

function lowerBound(bucket: readonly PreparedRecord[], toDay: number): number {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bucket[middle]!.toDay < toDay) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** BM25's inverse document frequency, relative to a term found once, capped at 1. */
function rarity(records: number, frequency: number): number {
  if (records === 0) return 1;
  const idf = (df: number) => Math.log(1 + (records - df + 0.5) / (df + 0.5));
  return Math.min(1, idf(frequency) / idf(1));
}

export function createMatchIndex(kind: 'found' | 'lost', records: Iterable<MatchRecord> = []): MatchIndex {
  const buckets = new Map<Category, PreparedRecord[]>();
  const byId = new Map<string, PreparedRecord>();
  const documentFrequency = new Map<string, number>();
  const count = (prepared: PreparedRecord, delta: number) => {
    for (const term of prepared.textTerms) {
      const next = (documentFrequency.get(term.key) ?? 0) + delta;
      if (next <= 0) documentFrequency.delete(term.key);
      else documentFrequency.set(term.key, next);
    }
  };

  const index: MatchIndex = {
    kind,
    get size() {
      return byId.size;
    },
    add(record) {
      index.addPrepared(prepareRecord(record));
    },
    addPrepared(prepared) {
      const record = prepared.record;
      if (record.kind !== kind) throw new Error(`this index holds "${kind}" records, not "${record.kind}"`);
      index.remove(record.id);
      const bucket = buckets.get(record.category) ?? [];
      bucket.splice(lowerBound(bucket, prepared.toDay + 1), 0, prepared);
      buckets.set(record.category, bucket);
      byId.set(record.id, prepared);
      count(prepared, 1);
    },
    remove(id) {
      const prepared = byId.get(id);
      if (!prepared) return false;
      byId.delete(id);
      count(prepared, -1);
      const bucket = buckets.get(prepared.record.category)!;
      bucket.splice(bucket.indexOf(prepared, lowerBound(bucket, prepared.toDay)), 1);
      return true;
    },
    get(id) {
      return byId.get(id)?.record;
    },
    rarity: (key) => rarity(byId.size, documentFrequency.get(key) ?? 0),
    candidates(query, options = DEFAULT_MATCH_OPTIONS) {
      if (query.record.kind === kind) throw new Error(`a "${kind}" record is matched against the other side`);
      const out: PreparedRecord[] = [];
      for (const category of relatedCategories(query.record.category)) {
        const bucket = buckets.get(category);
        if (!bucket) continue;
        if (kind === 'lost') {
          // Query found on day F: losses that ended at most maxGapDays before F and began no later than F.
          const foundDay = query.toDay;
          for (let i = lowerBound(bucket, foundDay - options.maxGapDays); i < bucket.length; i += 1) {
            const candidate = bucket[i]!;
            if (candidate.fromDay <= foundDay) out.push(candidate);
          }
        } else {
          // Query lost in [A, B]: items found from A to B + maxGapDays.
          const last = query.toDay + options.maxGapDays;
          for (
            let i = lowerBound(bucket, query.fromDay);
            i < bucket.length && bucket[i]!.toDay <= last;
            i += 1
          )
            out.push(bucket[i]!);
        }
      }
      return out;
    },
  };
  for (const record of records) index.add(record);
  return index;
}

/** The open loss reports, to match each newly registered item against. */
export function createLossReportIndex(reports: Iterable<MatchRecord> = []): MatchIndex {
  return createMatchIndex('lost', reports);
}

/** The items in custody, to match each new loss report against. */
export function createFoundItemIndex(items: Iterable<MatchRecord> = []): MatchIndex {
  return createMatchIndex('found', items);
}

export interface RankOptions extends Partial<MatchOptions> {
  /** Lowest score returned; default MATCH_THRESHOLD. */
  threshold?: number;
  /** Most candidates returned; default 10. */
  limit?: number;
}

export interface RankedCandidate {
  record: MatchRecord;
  score: number;
  reasons: MatchReason[];
}

/**
 * The records of the other side that may be `subject`, best first (ties by id, so the order is stable),
 * above the threshold. `pool` is an index (fast) or a plain list (prepared on the fly).
 */
export function rankCandidates(
  subject: MatchRecord,
  pool: MatchIndex | readonly MatchRecord[],
  options: RankOptions = {},
): RankedCandidate[] {
  const matchOptions: MatchOptions = { maxGapDays: options.maxGapDays ?? DEFAULT_MATCH_OPTIONS.maxGapDays };
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const query = prepareRecord(subject);
  const index = Array.isArray(pool)
    ? createMatchIndex(subject.kind === 'found' ? 'lost' : 'found', pool as readonly MatchRecord[])
    : (pool as MatchIndex);
  const candidates = index.candidates(query, matchOptions);
  const memo: TermMemo = new Map();
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const result = scorePair(query, candidate, matchOptions, memo, index.rarity);
    if (result && result.score >= threshold) ranked.push({ record: candidate.record, ...result });
  }
  ranked.sort(
    (x, y) => y.score - x.score || (x.record.id < y.record.id ? -1 : x.record.id > y.record.id ? 1 : 0),
  );
  return ranked.slice(0, options.limit ?? 10);
}
