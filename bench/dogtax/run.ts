// The dog tax annual run at a town's size: 2,000 dogs in 1,700 households (about one in twenty of a listed
// breed, 40 % with a SEPA mandate, 30 % with a citizen account whose Postfach gets the notice and an
// announcement e-mail), every notice assessed, rendered as PDF/A, filed in the E-Akte and delivered.
// Goal: ≤ 30 s on this machine. Prints notices/s and peak memory. Two runs: the first year after the
// register was taken over (every household's E-Akte case is opened on the way) and the year after (the
// steady state: the notice joins the household's case). PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set.
//
//   node --import tsx bench/dogtax/run.ts
//   BENCH_HOUSEHOLDS=1700 BENCH_DOGS=2000 node --import tsx bench/dogtax/run.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openPlatform } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createAuditTrail } from '../../src/modules/audit/index.ts';
import { insertSyntheticRegister, runAnnual, type DogTaxDeps } from '../../src/modules/dog-tax/index.ts';
import { createIntake, defaultIngestSettings } from '../../src/modules/records/index.ts';
import { withTenant } from '../../src/platform/db/tenant-scope.ts';
import { seedDemo } from '../../src/seed.ts';
import { createMigratedTestDatabase } from '../../src/test-database.ts';

const households = Number(process.env.BENCH_HOUSEHOLDS ?? 1700);
const dogs = Number(process.env.BENCH_DOGS ?? 2000);
const withAccounts = Math.round(households * 0.3);
const firstYear = 2027;
const goalSeconds = 30;

async function measure(label: string, databaseUrl: string | undefined) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-bench-dogtax-'));
  const database = databaseUrl ? await createMigratedTestDatabase<unknown>() : undefined;
  const config = loadConfig({}, { core: { dataDir, nodeEnv: 'production' }, http: { logLevel: 'warn' } });
  const platform = await openPlatform(config, database ? { database } : {});
  try {
    const db = platform.database.db;
    const { tenant } = await seedDemo(db);
    const tenantId = tenant.id;
    // Citizen accounts for 30 % of the households (the Postfach path with its announcement mail).
    const citizenIds = await withTenant(db, tenantId, async (trx) => {
      const { rows } = await sql<{ id: string }>`
        insert into citizens (tenant_id, email, password_hash, email_verified_at, given_name, family_name, created_at)
        select app_tenant_id(), 'halter' || n || '@bench.example', null, now(), 'Halter', 'Nummer ' || n, now()
        from generate_series(1, ${withAccounts}::int) as n
        returning id`.execute(trx);
      return rows.map((row) => row.id);
    });
    let started = performance.now();
    await insertSyntheticRegister(db, tenantId, {
      households,
      dogs,
      seed: 2027,
      year: firstYear,
      citizenIds,
    });
    const registerSeconds = (performance.now() - started) / 1000;
    const nina = await withTenant(
      db,
      tenantId,
      async (trx) =>
        (
          await sql<{
            id: string;
          }>`select id from identity_staff where email = 'nina.schulz@leichlingen.example'`.execute(trx)
        ).rows[0]!,
    );
    const audit = createAuditTrail();
    const deps: DogTaxDeps = {
      db,
      blobs: platform.blobs,
      jobs: platform.jobs,
      mailer: platform.mailer,
      audit,
      now: () => new Date(),
      publicUrl: 'https://rathaus.leichlingen.example',
      ingest: { ...defaultIngestSettings, stagingDirectory: path.join(dataDir, 'staging') },
      recordsIntake: createIntake({ audit, jobs: platform.jobs }),
    };
    console.log(
      `${label}: register of ${households} households / ${dogs} dogs made in ${registerSeconds.toFixed(1)} s`,
    );
    for (const [year, what] of [
      [firstYear, 'first year, cases opened'],
      [firstYear + 1, 'steady state'],
    ] as const) {
      const runId = await withTenant(
        db,
        tenantId,
        async (trx) =>
          (
            await sql<{ id: string }>`
          insert into dog_tax_runs (tenant_id, year, status, total, started_by, started_at)
          values (app_tenant_id(), ${year}, 'running', ${households}, ${nina.id}::uuid, now()) returning id`.execute(
              trx,
            )
          ).rows[0]!.id,
      );
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 50);
      started = performance.now();
      await runAnnual(deps, tenantId, runId, {
        signal: new AbortController().signal,
        reportProgress: async () => {},
      });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const [counts] = await withTenant(
        db,
        tenantId,
        async (trx) =>
          (
            await sql<{ notices: number; postfach: number }>`
          select count(*)::int as notices, count(*) filter (where delivery = 'postfach')::int as postfach
          from dog_tax_notices where run_id = ${runId}::uuid`.execute(trx)
          ).rows,
      );
      console.log(
        `${label}: annual run ${year} (${what}): ${counts!.notices} notices (${counts!.postfach} to the Postfach) in ${seconds.toFixed(1)} s ` +
          `= ${(counts!.notices / seconds).toFixed(1)} notices/s (goal ≤ ${goalSeconds} s: ${seconds <= goalSeconds ? 'met' : 'MISSED'}); ` +
          `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
      );
    }
  } finally {
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (!process.env.BENCH_ONLY_POSTGRES) await measure('PGlite', undefined);
if (process.env.TEST_DATABASE_URL) await measure('PostgreSQL', process.env.TEST_DATABASE_URL);
