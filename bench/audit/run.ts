// Audit trail throughput and cost: appends per second with 1, 4 and 16 concurrent writers (all into one
// municipality's chain, so they queue on its lock), the time to verify the chain, and the latency an
// append adds to a small transaction (p50/p99, with vs without). PGlite in memory; PostgreSQL too when
// DATABASE_URL is set (a throwaway database is created on that server and dropped afterwards).
//
//   node --import tsx bench/audit/run.ts
//   BENCH_SECONDS=5 DATABASE_URL=postgres://… node --import tsx bench/audit/run.ts
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { runMigrations } from '../../src/migrations/index.ts';
import { createAuditTrail, verifyAuditChain } from '../../src/modules/audit/index.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.ts';
import type { PlatformTables } from '../../src/platform/db/platform-tables.ts';
import { withTenant } from '../../src/platform/db/tenant-scope.ts';
import { createTenantsRepository } from '../../src/platform/tenancy/tenants.repository.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const writerCounts = [1, 4, 16];

async function openBenchDatabase(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle<unknown>> {
  if (kind === 'pglite') return openDatabase<unknown>({ dataDir: null });
  const serverUrl = process.env.DATABASE_URL!;
  const name = `rathaus_bench_${randomUUID().replaceAll('-', '')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  await sql.raw(`create database ${name}`).execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase<unknown>({ databaseUrl: url.toString(), poolSize: 20 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const event = (n: number) => ({
  actor: { type: 'staff' as const, id: randomUUID() },
  action: 'records.document_filed',
  object: { type: 'document', id: randomUUID() },
  summary: { n, title: 'Bescheid über die Hundesteuer 2026', fileReference: '32.1-123/2026' },
});

async function benchKind(kind: 'pglite' | 'postgres') {
  const handle = await openBenchDatabase(kind);
  const db = handle.db;
  try {
    await runMigrations(db);
    await sql`create table bench_notes (tenant_id uuid not null references tenants(id), id bigserial primary key, text text not null)`.execute(
      db,
    );
    await sql`select enable_tenant_isolation('bench_notes')`.execute(db);
    await sql`grant usage on sequence bench_notes_id_seq to rathaus_app`.execute(db);
    const tenants = createTenantsRepository({ db: db as Kysely<PlatformTables> });
    const audit = createAuditTrail();

    console.log(`\n${kind}: appends per second (one municipality's chain, ${seconds} s each)`);
    for (const writers of writerCounts) {
      const tenant = await tenants.upsert({ slug: `bench-${writers}`, name: `Bench ${writers}`, hosts: [] });
      const deadline = performance.now() + seconds * 1000;
      let appended = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: writers }, async () => {
          while (performance.now() < deadline) {
            await withTenant(db, tenant.id, (trx) => audit.append(trx, event(appended)));
            appended += 1;
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const verifyStarted = performance.now();
      const verification = await verifyAuditChain({ db, tenantId: tenant.id });
      const verifySeconds = (performance.now() - verifyStarted) / 1000;
      if (!verification.ok || verification.entries !== appended)
        throw new Error(`chain broken after ${writers} writers: ${JSON.stringify(verification)}`);
      console.log(
        `  ${String(writers).padStart(2)} writers: ${Math.round(appended / elapsed)
          .toString()
          .padStart(
            6,
          )} appends/s (${appended} entries; chain verified in ${verifySeconds.toFixed(2)} s = ${Math.round(
          appended / verifySeconds,
        )} entries/s)`,
      );
    }

    // Latency: the same small transaction (insert one row), alternating with and without an append.
    const tenant = await tenants.upsert({ slug: 'bench-latency', name: 'Bench latency', hosts: [] });
    const plain: number[] = [];
    const audited: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    for (let n = 0; performance.now() < deadline; n++) {
      for (const withAudit of n % 2 === 0 ? [false, true] : [true, false]) {
        const start = performance.now();
        await withTenant(db, tenant.id, async (trx) => {
          await sql`insert into bench_notes (tenant_id, text) values (app_tenant_id(), ${`note ${n}`})`.execute(
            trx,
          );
          if (withAudit) await audit.append(trx, event(n));
        });
        (withAudit ? audited : plain).push(performance.now() - start);
      }
    }
    plain.sort((a, b) => a - b);
    audited.sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(`${kind}: small transaction latency, ${plain.length} of each, one writer`);
    console.log(`  without append: p50 ${fmt(percentile(plain, 50))}, p99 ${fmt(percentile(plain, 99))}`);
    console.log(`  with append:    p50 ${fmt(percentile(audited, 50))}, p99 ${fmt(percentile(audited, 99))}`);
    console.log(
      `  added:          p50 ${fmt(percentile(audited, 50) - percentile(plain, 50))}, p99 ${fmt(
        percentile(audited, 99) - percentile(plain, 99),
      )}`,
    );
  } finally {
    await handle.close();
  }
}

await benchKind('pglite');
if (process.env.DATABASE_URL) await benchKind('postgres');
else console.log('\n(PostgreSQL skipped: set DATABASE_URL to measure it too)');
