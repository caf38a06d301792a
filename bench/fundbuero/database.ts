// The same figure with the loss reports in the database: 10,000 open reports in lost_found_reports (PGlite,
// or PostgreSQL when TEST_DATABASE_URL is set), and each new item matched the way registering one does it
// (rankOpenReports: the SQL narrows by category, six months and time window; the matcher scores the rest),
// timed from the query to the ranked list. Precision and recall on the labelled set are measured the same
// way, through the database.
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import {
  rankOpenReports,
  type LostFoundTables,
  type MatchRecord,
} from '../../src/modules/lost-and-found/index.ts';
import { withTenant } from '../../src/platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../src/platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../src/platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../src/test-database.ts';
import { createRandom, labelledSet, newItems, openLossReports } from './generate.ts';

const HASH = '0'.repeat(64);

async function insertReports(
  db: Kysely<LostFoundTables>,
  tenantId: string,
  reports: MatchRecord[],
  today: string,
) {
  const ids = new Map<string, string>();
  for (let start = 0; start < reports.length; start += 500) {
    const chunk = reports.slice(start, start + 500);
    const rows = await withTenant(db, tenantId, (trx) =>
      trx
        .insertInto('lost_found_reports')
        .values(
          chunk.map((report, n) => ({
            tenant_id: sql<string>`app_tenant_id()`,
            number: `VA-${String(start + n + 1).padStart(6, '0')}`,
            citizen_id: null,
            name: 'Bench',
            email: 'bench@example.org',
            token_hash: HASH,
            category: report.category,
            description: report.description,
            colour: report.colour ?? '',
            brand: report.brand ?? '',
            serial_number: report.serialNumber ?? '',
            lost_from: report.from,
            lost_to: report.to,
            place: report.place?.name ?? '',
            district: report.place?.district ?? '',
            status: 'open' as const,
            // Open for six months from today: every report counts.
            open_until: sql<string>`${today}::date + 180`,
            created_at: new Date(),
          })),
        )
        .returning('id')
        .execute(),
    );
    chunk.forEach((report, n) => ids.set(rows[n]!.id, report.id));
  }
  return ids;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const ms = (value: number) => `${value.toFixed(2)} ms`;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

export async function databaseFigures(options: {
  seed: number;
  pairs: number;
  openReports: number;
  rounds: number;
  today: string;
  goalP95: number;
}) {
  const database = await createMigratedTestDatabase<unknown>();
  try {
    const tenants = createTenantsRepository({ db: database.db as Kysely<PlatformTables> });
    const db = database.db as Kysely<LostFoundTables>;
    const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

    // Quality through the database: the labelled set's reports stored, each item matched by the query.
    const quality = await tenants.upsert({ slug: 'bench-fundbuero-quality', name: 'Bench', hosts: [] });
    const set = labelledSet(createRandom(options.seed), {
      pairs: options.pairs,
      distractorItems: options.pairs,
      distractorReports: options.pairs * 3,
      firstDay: '2025-03-01',
      days: 90,
    });
    const qualityIds = await insertReports(db, quality.id, set.reports, '2025-05-30');
    let suggested = 0;
    let correct = 0;
    for (const item of set.items) {
      const ranked = await withTenant(db, quality.id, (trx) => rankOpenReports(trx, item, '2025-05-30'));
      suggested += ranked.length;
      const expected = set.truth.get(item.id);
      if (
        expected !== undefined &&
        ranked.some((candidate) => qualityIds.get(candidate.report.id) === expected)
      )
        correct += 1;
    }
    console.log(`\nAus der Datenbank (${engine}), gleiche Paare: ${options.pairs} Paare`);
    console.log(
      `  Precision ${pct(suggested === 0 ? 1 : correct / suggested)} (${correct} von ${suggested} Vorschlägen)`,
    );
    console.log(`  Recall    ${pct(correct / options.pairs)} (${correct} von ${options.pairs} Paaren)`);

    // Timing: 10,000 open loss reports in the table, new items matched against them.
    const load = await tenants.upsert({ slug: 'bench-fundbuero-load', name: 'Bench', hosts: [] });
    const random = createRandom(options.seed + 1);
    const t0 = performance.now();
    await insertReports(
      db,
      load.id,
      openLossReports(random, options.openReports, options.today),
      options.today,
    );
    const stored = performance.now() - t0;
    await sql`analyze lost_found_reports`.execute(database.db);
    const queries = newItems(random, options.rounds, options.today);
    for (const item of queries.slice(0, 20))
      await withTenant(db, load.id, (trx) => rankOpenReports(trx, item, options.today));
    const times: number[] = [];
    for (const item of queries) {
      const start = performance.now();
      await withTenant(db, load.id, (trx) => rankOpenReports(trx, item, options.today));
      times.push(performance.now() - start);
    }
    const p95 = percentile(times, 95);
    console.log(
      `${options.openReports.toLocaleString('de-DE')} offene Verlustanzeigen in der Datenbank (${engine}), gespeichert in ${ms(stored)}`,
    );
    console.log(
      `  Neue Fundsache abgleichen inkl. Abfrage (${options.rounds} Fundsachen): p50 ${ms(percentile(times, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...times))}`,
    );
    console.log(`  Ziel p95 ≤ ${options.goalP95} ms: ${p95 <= options.goalP95 ? 'erreicht' : 'VERFEHLT'}`);
  } finally {
    await database.close();
  }
}
