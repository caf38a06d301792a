// The SQL of loss reports, the matches suggested between them and found items, and owners' claims.
import { sql } from 'kysely';
import type { Category } from './lostfound.categories.ts';
import type { Trx } from './lostfound.items.repository.ts';
import type { ClaimStatus, MatchStatus, ReportStatus } from './lostfound.tables.ts';

export interface LossReport {
  id: string;
  number: string;
  citizenId: string | null;
  name: string;
  email: string;
  tokenHash: string;
  category: Category;
  description: string;
  colour: string;
  brand: string;
  serialNumber: string;
  lostFrom: string;
  lostTo: string;
  place: string;
  district: string;
  status: ReportStatus;
  openUntil: string;
  createdAt: Date;
}

export interface Match {
  id: string;
  itemId: string;
  reportId: string;
  score: number;
  reasons: { code: string; value: number; de: string }[];
  tokenHash: string;
  status: MatchStatus;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface Claim {
  id: string;
  itemId: string;
  reportId: string | null;
  citizenId: string | null;
  name: string;
  email: string;
  statement: string;
  status: ClaimStatus;
  createdAt: Date;
}

const reportColumns = [
  'id',
  'number',
  'citizen_id',
  'name',
  'email',
  'token_hash',
  'category',
  'description',
  'colour',
  'brand',
  'serial_number',
  sql<string>`lost_from::text`.as('lost_from'),
  sql<string>`lost_to::text`.as('lost_to'),
  'place',
  'district',
  'status',
  sql<string>`open_until::text`.as('open_until'),
  'created_at',
] as const;

function toReport(row: {
  id: string;
  number: string;
  citizen_id: string | null;
  name: string;
  email: string;
  token_hash: string;
  category: string;
  description: string;
  colour: string;
  brand: string;
  serial_number: string;
  lost_from: string;
  lost_to: string;
  place: string;
  district: string;
  status: ReportStatus;
  open_until: string;
  created_at: Date;
}): LossReport {
  return {
    id: row.id,
    number: row.number,
    citizenId: row.citizen_id,
    name: row.name,
    email: row.email,
    tokenHash: row.token_hash,
    category: row.category as Category,
    description: row.description,
    colour: row.colour,
    brand: row.brand,
    serialNumber: row.serial_number,
    lostFrom: row.lost_from,
    lostTo: row.lost_to,
    place: row.place,
    district: row.district,
    status: row.status,
    openUntil: row.open_until,
    createdAt: row.created_at,
  };
}

function toMatch(row: {
  id: string;
  item_id: string;
  report_id: string;
  score: number;
  reasons: unknown;
  token_hash: string;
  status: MatchStatus;
  created_at: Date;
  decided_at: Date | null;
}): Match {
  return {
    id: row.id,
    itemId: row.item_id,
    reportId: row.report_id,
    score: Number(row.score),
    reasons: (typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons) as Match['reasons'],
    tokenHash: row.token_hash,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export function createReportsRepository({ trx }: { trx: Trx }) {
  /** The first day an entitled person registered a right (a claim or a confirmed match) for each of the
   *  items, in one query: item id → day; items without one are absent. */
  async function firstClaimDays(itemIds: readonly string[]): Promise<Map<string, string>> {
    if (itemIds.length === 0) return new Map();
    const ids = sql.join(itemIds.map((id) => sql`${id}::uuid`));
    const result = await sql<{ item_id: string; day: string }>`
      select item_id, min(day)::text as day from (
        select item_id, (created_at at time zone 'Europe/Berlin')::date as day from lost_found_claims
          where item_id in (${ids}) and status <> 'rejected'
        union all
        select item_id, (decided_at at time zone 'Europe/Berlin')::date from lost_found_matches
          where item_id in (${ids}) and status = 'confirmed'
      ) days group by item_id`.execute(trx);
    return new Map(result.rows.map((row) => [row.item_id, row.day]));
  }

  return {
    async insertReport(
      report: Omit<LossReport, 'id' | 'number' | 'status' | 'createdAt'>,
      at: Date,
    ): Promise<{ id: string; number: string }> {
      return trx
        .insertInto('lost_found_reports')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          number: sql<string>`'VA-' || lpad(nextval('lost_found_report_numbers')::text, 6, '0')`,
          citizen_id: report.citizenId,
          name: report.name,
          email: report.email,
          token_hash: report.tokenHash,
          category: report.category,
          description: report.description,
          colour: report.colour,
          brand: report.brand,
          serial_number: report.serialNumber,
          lost_from: report.lostFrom,
          lost_to: report.lostTo,
          place: report.place,
          district: report.district,
          status: 'open',
          open_until: report.openUntil,
          created_at: at,
        })
        .returning(['id', 'number'])
        .executeTakeFirstOrThrow();
    },
    async report(id: string): Promise<LossReport | undefined> {
      const row = await trx
        .selectFrom('lost_found_reports')
        .select(reportColumns)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toReport(row) : undefined;
    },
    async reports(ids: string[]): Promise<LossReport[]> {
      if (ids.length === 0) return [];
      const rows = await trx
        .selectFrom('lost_found_reports')
        .select(reportColumns)
        .where('id', 'in', ids)
        .execute();
      return rows.map(toReport);
    },
    /** The same reports with only what matching reads (the bench's hot path: no names, no tokens). */
    async openReportRecordsFor(input: {
      categories: Category[];
      foundOn: string;
      today: string;
      maxGapDays: number;
    }) {
      return trx
        .selectFrom('lost_found_reports')
        .select([
          'id',
          'category',
          'description',
          'colour',
          'brand',
          'serial_number',
          sql<string>`lost_from::text`.as('lost_from'),
          sql<string>`lost_to::text`.as('lost_to'),
          'place',
          'district',
        ])
        .where('status', '=', 'open')
        .where('category', 'in', input.categories)
        .where('open_until', '>=', input.today)
        .where('lost_from', '<=', input.foundOn)
        .where('lost_to', '>=', sql<string>`${input.foundOn}::date - ${input.maxGapDays}::int`)
        .execute();
    },
    async setReportStatus(id: string, status: ReportStatus): Promise<void> {
      await trx.updateTable('lost_found_reports').set({ status }).where('id', '=', id).execute();
    },
    /** Adds the suggestion unless the pair is known already; undefined when it was. */
    async insertMatch(match: {
      itemId: string;
      reportId: string;
      score: number;
      reasons: Match['reasons'];
      tokenHash: string;
      at: Date;
    }): Promise<string | undefined> {
      const row = await trx
        .insertInto('lost_found_matches')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          item_id: match.itemId,
          report_id: match.reportId,
          score: Math.round(match.score * 1000) / 1000,
          reasons: JSON.stringify(match.reasons),
          token_hash: match.tokenHash,
          status: 'suggested',
          created_at: match.at,
          decided_at: null,
          decided_by: null,
        })
        .onConflict((conflict) => conflict.columns(['item_id', 'report_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },
    async match(id: string, lock = false): Promise<Match | undefined> {
      let query = trx.selectFrom('lost_found_matches').selectAll().where('id', '=', id);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toMatch(row) : undefined;
    },
    async matches(filter: { itemId?: string; reportId?: string; status?: MatchStatus }): Promise<Match[]> {
      let query = trx.selectFrom('lost_found_matches').selectAll();
      if (filter.itemId) query = query.where('item_id', '=', filter.itemId);
      if (filter.reportId) query = query.where('report_id', '=', filter.reportId);
      if (filter.status) query = query.where('status', '=', filter.status);
      const rows = await query.orderBy('score', 'desc').orderBy('created_at').limit(200).execute();
      return rows.map(toMatch);
    },
    async decideMatch(id: string, status: MatchStatus, staffId: string, at: Date): Promise<void> {
      await trx
        .updateTable('lost_found_matches')
        .set({ status, decided_at: at, decided_by: staffId })
        .where('id', '=', id)
        .execute();
    },
    async insertClaim(claim: Omit<Claim, 'id' | 'status' | 'createdAt'>, at: Date): Promise<string> {
      const row = await trx
        .insertInto('lost_found_claims')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          item_id: claim.itemId,
          report_id: claim.reportId,
          citizen_id: claim.citizenId,
          name: claim.name,
          email: claim.email,
          statement: claim.statement,
          status: 'open',
          created_at: at,
          decided_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async claims(filter: { itemId?: string; status?: ClaimStatus }): Promise<Claim[]> {
      let query = trx.selectFrom('lost_found_claims').selectAll();
      if (filter.itemId) query = query.where('item_id', '=', filter.itemId);
      if (filter.status) query = query.where('status', '=', filter.status);
      const rows = await query.orderBy('created_at').limit(200).execute();
      return rows.map((row) => ({
        id: row.id,
        itemId: row.item_id,
        reportId: row.report_id,
        citizenId: row.citizen_id,
        name: row.name,
        email: row.email,
        statement: row.statement,
        status: row.status,
        createdAt: row.created_at,
      }));
    },
    /** The first day an entitled person registered a right to the item (a claim or a confirmed match). */
    async firstClaimDay(itemId: string): Promise<string | undefined> {
      return (await firstClaimDays([itemId])).get(itemId);
    },
    firstClaimDays,
    async decideClaims(itemId: string, acceptedId: string | null, at: Date): Promise<void> {
      await trx
        .updateTable('lost_found_claims')
        .set((eb) => ({
          status: eb
            .case()
            .when('id', '=', acceptedId ?? '00000000-0000-0000-0000-000000000000')
            .then('accepted' as ClaimStatus)
            .else('rejected' as ClaimStatus)
            .end(),
          decided_at: at,
        }))
        .where('item_id', '=', itemId)
        .where('status', '=', 'open')
        .execute();
    },
  };
}
