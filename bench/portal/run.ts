// The online services end to end, on the real app in this process (requests through Fastify's inject,
// so the figures are the server's work without sockets): submissions of the sample service with a 1 MB
// attachment — steps, upload checks, the application as PDF/A, the case in the E-Akte, the receipt — and
// the department inbox with 100 k applications. Goals: submission p95 ≤ 300 ms; inbox p95 ≤ 50 ms.
// PGlite (embedded default) always; PostgreSQL too when TEST_DATABASE_URL is set.
//
//   node --import tsx bench/portal/run.ts
//   BENCH_SUBMISSIONS=40 BENCH_INBOX_ROWS=100000 node --import tsx bench/portal/run.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { buildHttpServer, openPlatform } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { DEMO_CITIZEN } from '../../src/modules/citizens/index.ts';
import { postMultipart } from '../../src/modules/portal/index.ts';
import { imagePdf, renderPage, textPdf } from '../../src/modules/records/index.ts';
import { withTenant } from '../../src/platform/db/tenant-scope.ts';
import { seedDemo } from '../../src/seed.ts';
import { createBrowser, csrfTokenIn, DEMO_PASSWORD } from '../../src/test-app.ts';
import { createMigratedTestDatabase } from '../../src/test-database.ts';

const submissions = Number(process.env.BENCH_SUBMISSIONS ?? 30);
const inboxRows = Number(process.env.BENCH_INBOX_ROWS ?? 100_000);
const inboxRounds = Number(process.env.BENCH_INBOX_ROUNDS ?? 100);
const serverUrl = process.env.TEST_DATABASE_URL;
const goals = { submissionP95: 300, inboxP95: 50 };
const host = 'localhost';
const start = '/antrag/bewohnerparkausweis';
const step = (id: string) => `${start}/schritt/${id}`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A photographed registration certificate: a page rendered as JPEG, sized to about 1 MB. */
async function attachmentOfAboutOneMegabyte(): Promise<Buffer> {
  const lines = Array.from(
    { length: 40 },
    (_, n) => `Zulassungsbescheinigung Teil I – Zeile ${n + 1} GL-AB 123`,
  );
  for (const dpi of [300, 400, 500]) {
    const jpeg = await renderPage(textPdf([lines], { fontSize: 14 }), { format: 'jpeg', dpi });
    const width = Math.round((595 / 72) * dpi);
    const height = Math.round((842 / 72) * dpi);
    const pdf = imagePdf([{ jpeg, width, height }]);
    if (pdf.length >= 900_000 || dpi === 500) return pdf;
  }
  throw new Error('unreachable');
}

async function openApp(label: string, databaseUrl: string | undefined) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-bench-portal-'));
  // PostgreSQL: a fresh database on TEST_DATABASE_URL's server, dropped at the end; PGlite: in DATA_DIR.
  const database = databaseUrl ? await createMigratedTestDatabase<unknown>() : undefined;
  const config = loadConfig(
    {},
    {
      core: { dataDir, nodeEnv: 'production' },
      http: { host: '127.0.0.1', port: 0, logLevel: 'warn', rateLimitPerMinute: 10_000_000 },
    },
  );
  const platform = await openPlatform(config, database ? { database } : {});
  const seed = await seedDemo(platform.database.db);
  const server = await buildHttpServer(platform);
  return {
    label,
    server,
    db: platform.database.db,
    tenantId: seed.tenant.id,
    close: async () => {
      await server.close();
      await platform.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

type App = Awaited<ReturnType<typeof openApp>>;

let citizensMade = 0;

/** `count` new citizens with verified accounts, each signed in (one draft per citizen and service). */
async function citizens(app: App, count: number) {
  const [erika] = (
    await withTenant(app.db, app.tenantId, (trx) =>
      sql<{
        hash: string;
      }>`select password_hash as hash from citizens where email = ${DEMO_CITIZEN.email}`.execute(trx),
    )
  ).rows;
  const browsers = [];
  for (let i = 0; i < count; i += 1) {
    const n = (citizensMade += 1);
    const email = `buerger${n}@bench.example`;
    await withTenant(app.db, app.tenantId, (trx) =>
      sql`insert into citizens (tenant_id, email, password_hash, email_verified_at, given_name, family_name, created_at)
          values (app_tenant_id(), ${email}, ${erika!.hash}, now(), 'Bürger', ${`Nummer ${n}`}, now())`.execute(
        trx,
      ),
    );
    const browser = createBrowser(app.server, host);
    const login = await browser.submit('/konto/anmelden', '/konto/anmelden', {
      email,
      password: DEMO_CITIZEN.password,
    });
    if (login.statusCode !== 303) throw new Error(`citizen ${n} could not sign in`);
    browsers.push(browser);
  }
  return browsers;
}

async function submitOnce(app: App, browser: ReturnType<typeof createBrowser>, attachment: Buffer) {
  const expect = (status: number, response: { statusCode: number; body: string }, what: string) => {
    if (response.statusCode !== status)
      throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  };
  const began = performance.now();
  expect(
    303,
    await browser.submit(step('antragsteller'), step('antragsteller'), {
      firstName: 'Erika',
      lastName: 'Mustermann',
      birthDate: '1984-08-12',
      'address.street': 'Am Büscherhof',
      'address.houseNumber': '1',
      'address.postalCode': '42799',
      'address.city': 'Leichlingen',
      email: 'erika@example.org',
    }),
    'step 1',
  );
  expect(
    303,
    await postMultipart(
      app.server,
      host,
      browser,
      step('fahrzeug'),
      [
        { name: 'licencePlate', value: 'GL-AB 123' },
        { name: 'vehicleHolder', value: 'self' },
        {
          name: 'registrationCertificate',
          file: { fileName: 'Fahrzeugschein.pdf', content: attachment, contentType: 'application/pdf' },
        },
      ],
      step('fahrzeug'),
    ),
    'step 2 (upload)',
  );
  expect(303, await browser.submit(step('zahlung'), step('zahlung'), { validityYears: '1' }), 'step 3');
  const summary = await browser.get(`${start}/pruefen`);
  const entwurf = /name="entwurf" value="([0-9a-f-]{36})"/.exec(summary.body)?.[1] ?? '';
  const submitStarted = performance.now();
  const submitted = await browser.post(`${start}/absenden`, {
    erklaerung: 'ja',
    entwurf,
    _csrf: csrfTokenIn(summary.body),
  });
  expect(303, submitted, 'submit');
  const submitMs = performance.now() - submitStarted;
  const id = /antraege\/([0-9a-f-]{36})/.exec(String(submitted.headers.location))![1]!;
  expect(200, await browser.get(`/konto/antraege/${id}/eingangsbestaetigung.pdf`), 'receipt');
  return { totalMs: performance.now() - began, submitMs };
}

async function benchSubmissions(app: App) {
  const attachment = await attachmentOfAboutOneMegabyte();
  console.log(
    `  Anlage: ${(attachment.length / 1024 / 1024).toFixed(2)} MB (gescannter Fahrzeugschein, PDF)`,
  );
  for (const parallel of [1, 4]) {
    const browsers = await citizens(app, parallel);
    await submitOnce(app, browsers[0]!, attachment); // warm-up (gs, qpdf, caches)
    const totals: number[] = [];
    const submits: number[] = [];
    let next = 0;
    const began = performance.now();
    await Promise.all(
      browsers.map(async (browser) => {
        while (next < submissions) {
          next += 1;
          const figures = await submitOnce(app, browser, attachment);
          totals.push(figures.totalMs);
          submits.push(figures.submitMs);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    console.log(
      `  ${parallel} gleichzeitig: ${(totals.length / seconds).toFixed(2)} Anträge/s; je Antrag (4 Schritte + Absenden + Quittung) ` +
        `p50 ${ms(percentile(totals, 50))}, p95 ${ms(percentile(totals, 95))}; davon Absenden (PDF/A, E-Akte) ` +
        `p50 ${ms(percentile(submits, 50))}, p95 ${ms(percentile(submits, 95))}`,
    );
    if (parallel === 1)
      console.log(
        `  Ziel Absenden p95 ≤ ${goals.submissionP95} ms: ${percentile(submits, 95) <= goals.submissionP95 ? 'erreicht' : 'VERFEHLT'}`,
      );
  }
}

/** 100 k applications spread over the demo town's departments, a third in the Bürgerbüro. */
async function fillInbox(app: App) {
  await withTenant(app.db as Kysely<unknown>, app.tenantId, async (trx) => {
    await sql`
      with departments as (select array_agg(id order by number) as ids from identity_departments),
           buergerbuero as (select id from identity_departments where number = '32.1'),
           staff as (select array_agg(s.id) as ids from identity_staff s
                     join identity_staff_roles r on r.staff_id = s.id
                     join identity_departments d on d.id = r.department_id and d.number = '32.1')
      insert into portal_applications (tenant_id, reference, draft_id, citizen_id, service_id, service_name,
        form_key, form_version, answers, status, department_id, case_id, file_reference, claimed_by,
        submitted_at, updated_at)
      select app_tenant_id(), 'B-' || lpad(g::text, 7, '0'), gen_random_uuid(), gen_random_uuid(),
        gen_random_uuid(), 'Bewohnerparkausweis beantragen', 'residents-parking-permit', 1, '{}'::jsonb,
        (array['submitted','in_progress','query','decided','closed','closed','closed'])[1 + g % 7],
        case when g % 3 = 0 then (select id from buergerbuero)
             else (select ids[1 + g % cardinality(ids)] from departments) end,
        gen_random_uuid(), '32.12.02-0001/2026',
        case when g % 5 = 0 then (select ids[1] from staff) end,
        timestamptz '2024-01-01' + (g * interval '10 minutes'), now()
      from generate_series(1, ${inboxRows}::int) g`.execute(trx);
  });
  await sql`analyze portal_applications`.execute(app.db);
}

async function benchInbox(app: App) {
  const began = performance.now();
  await fillInbox(app);
  console.log(
    `  ${inboxRows.toLocaleString('de-DE')} Anträge erzeugt (${((performance.now() - began) / 1000).toFixed(0)} s)`,
  );
  const clerk = createBrowser(app.server, host);
  await clerk.signIn('jonas.becker@leichlingen.example', DEMO_PASSWORD);
  const head = createBrowser(app.server, host);
  await head.signIn('michael.braun@leichlingen.example', DEMO_PASSWORD);
  // A deep page: the cursor after following "Ältere Anträge" 20 times.
  let deep = '/intern/antraege';
  for (let n = 0; n < 20; n += 1) {
    const page = await clerk.get(deep);
    const next = /href="(\/intern\/antraege\?[^"]*weiter=[^"]+)"/.exec(page.body)?.[1];
    if (!next) break;
    deep = next.replaceAll('&amp;', '&');
  }
  const cases: [string, ReturnType<typeof createBrowser>, string][] = [
    ['Sachbearbeitung, offene', clerk, '/intern/antraege'],
    ['Sachbearbeitung, meine', clerk, '/intern/antraege?bearbeitung=meine'],
    ['Sachbearbeitung, noch niemand', clerk, '/intern/antraege?bearbeitung=niemand'],
    ['Sachbearbeitung, alle Stände', clerk, '/intern/antraege?stand=alle'],
    ['Sachbearbeitung, Seite 21', clerk, deep],
    ['Amtsleitung (Amt 32 mit 32.1), offene', head, '/intern/antraege'],
  ];
  const all: number[] = [];
  for (const [name, browser, url] of cases) {
    const times: number[] = [];
    for (let round = 0; round < inboxRounds; round += 1) {
      const t0 = performance.now();
      const response = await browser.get(url);
      times.push(performance.now() - t0);
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
    }
    all.push(...times);
    console.log(`  Posteingang ${name}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
  }
  console.log(
    `  Ziel Posteingang p95 ≤ ${goals.inboxP95} ms: ${percentile(all, 95) <= goals.inboxP95 ? 'erreicht' : 'VERFEHLT'}`,
  );
}

for (const [label, url] of [['PGlite', undefined], ...(serverUrl ? [['PostgreSQL', serverUrl]] : [])] as [
  string,
  string | undefined,
][]) {
  console.log(`\n${label}`);
  const app = await openApp(label, url);
  try {
    await benchSubmissions(app);
    await benchInbox(app);
  } finally {
    await app.close();
  }
}
