// Wires the platform and the modules together: one function for `serve`, `worker` and the tests.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppConfig } from './config.ts';
import { runMigrations } from './migrations/index.ts';
import { createAuthorize } from './modules/access/index.ts';
import { createAuditRoutes, createAuditTrail } from './modules/audit/index.ts';
import { citizenLoginPathFor, createCitizens, type CitizensModule } from './modules/citizens/index.ts';
import { createIdentity, loginPathFor, type IdentityModule } from './modules/identity/index.ts';
import {
  createDogTax,
  defineDogTaxJobs,
  dogRegistrationService,
  type DogTaxModule,
} from './modules/dog-tax/index.ts';
import { createLostAndFound, type LostAndFoundModule } from './modules/lost-and-found/index.ts';
import {
  closeDefaultValidationPool,
  createInvoices,
  defineInvoicesJobs,
  mailPollSettingsFrom,
  type InvoicesModule,
} from './modules/invoices/index.ts';
import { createOperationsRoutes } from './modules/operations/index.ts';
import { createPortal, paymentsSettingsFrom, type PortalModule } from './modules/portal/index.ts';
import {
  createIntake,
  createRecords,
  defineRecordsJobs,
  defaultIngestSettings,
  ingestSettingsFrom,
  type RecordsModule,
} from './modules/records/index.ts';
import { createBlobStoreFromConfig } from './platform/blobs/create-blob-store.ts';
import type { BlobStore } from './platform/blobs/blob-store.ts';
import { loadAppSecret } from './platform/config/app-secret.ts';
import { openDatabase, type DatabaseHandle } from './platform/db/database.ts';
import type { PlatformTables } from './platform/db/platform-tables.ts';
import { createHealthRoutes } from './platform/http/health.routes.ts';
import { createMetrics } from './platform/http/metrics.ts';
import type { RouteDefinition } from './platform/http/route.ts';
import { createServer } from './platform/http/server.ts';
import { createTenantResolver } from './platform/tenancy/tenant-resolver.ts';
import { createTenantsRepository } from './platform/tenancy/tenants.repository.ts';
import { createJobQueue, type JobQueue } from './platform/jobs/index.ts';
import { createMailer, createMailTransportFromConfig, type Mailer } from './platform/mail/index.ts';
import { removeStaleTempFiles } from './platform/blobs/fs-blob-store.ts';
import { sql } from 'kysely';
import path from 'node:path';

export interface Platform {
  config: AppConfig;
  database: DatabaseHandle<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  mailer: Mailer;
  secret: string;
  /** Stops the job runner (waiting for running jobs), then closes mail transport, blobs and database. */
  close: () => Promise<void>;
}

/** Opens the database (migrating it), the blob store, the job queue and the mailer; defines every job kind. */
export async function openPlatform(
  config: AppConfig,
  options: { database?: DatabaseHandle<unknown> } = {},
): Promise<Platform> {
  const database =
    options.database ??
    (await openDatabase<unknown>({
      databaseUrl: config.db.databaseUrl,
      dataDir: config.core.dataDir,
      poolSize: config.db.poolSize,
    }));
  await runMigrations(database.db);
  const secret = await loadAppSecret(database.db as Kysely<PlatformTables>, config.http.secret);
  const blobs = createBlobStoreFromConfig(config.blobs, config.core.dataDir);
  // A crash mid-upload leaves a temp file behind; it never became a blob, so it can go.
  if (config.blobs.driver === 'fs') await removeStaleTempFiles(path.join(config.core.dataDir, 'blobs'));
  const jobs = createJobQueue({ db: database.db });
  const mailTransport = createMailTransportFromConfig(config.mail);
  // The mailer defines its job kind (mail.send) on the queue; every kind is defined before the runner starts.
  const mailer = createMailer({ db: database.db, jobs, transport: mailTransport, from: config.mail.from });
  const audit = createAuditTrail();
  defineRecordsJobs({ db: database.db, blobs, jobs, audit });
  defineDogTaxJobs({
    db: database.db,
    blobs,
    jobs,
    mailer,
    audit,
    now: () => new Date(),
    publicUrl: config.http.publicUrl,
    ingest: { ...defaultIngestSettings, ...ingestSettingsFrom(config.recordsIngest, config.core.dataDir) },
    recordsIntake: createIntake({ audit, jobs, referencePattern: config.records.referencePattern }),
  });
  // The e-mail inbox for invoices (IMAP polling), when INVOICES_IMAP_URL is set.
  await defineInvoicesJobs(
    {
      db: database.db,
      blobs,
      jobs,
      mailer,
      audit,
      now: () => new Date(),
      ingest: {
        ...defaultIngestSettings,
        ...ingestSettingsFrom(config.recordsIngest, config.core.dataDir),
        maxFileBytes: config.invoicesValidation.maxBytes,
      },
      recordsIntake: createIntake({ audit, jobs, referencePattern: config.records.referencePattern }),
    },
    mailPollSettingsFrom(config.invoicesMail, config.http.defaultTenant),
  );
  const close = async () => {
    await jobs.stop({ timeoutMs: 30_000 });
    // The invoice validation's worker threads (started on first use) would keep the process alive.
    await closeDefaultValidationPool();
    await mailTransport.close();
    await blobs.close();
    await database.close();
  };
  return { config, database, blobs, jobs, mailer, secret, close };
}

/** The explicit list of every route of the application; the policy test enumerates it. */
export function collectRoutes(parts: {
  checkReady: () => Promise<void>;
  metrics: ReturnType<typeof createMetrics>;
  metricsToken: string | undefined;
  identity: IdentityModule;
  citizens: CitizensModule;
  records: RecordsModule;
  portal: PortalModule;
  dogTax: DogTaxModule;
  lostAndFound: LostAndFoundModule;
  invoices: InvoicesModule;
  jobs: JobQueue;
  mailer: Mailer;
  db: Kysely<unknown>;
}): RouteDefinition[] {
  return [
    ...createHealthRoutes(parts),
    ...parts.portal.routes,
    ...parts.identity.routes,
    ...parts.citizens.routes,
    ...parts.records.routes,
    ...parts.dogTax.routes,
    ...parts.lostAndFound.routes,
    ...parts.invoices.routes,
    ...createOperationsRoutes(parts),
    ...createAuditRoutes({ db: parts.db }),
  ];
}

/** `now` replaces the clock, for tests of time rules (session timeouts). */
export async function buildHttpServer(
  platform: Platform,
  options: { now?: () => Date } = {},
): Promise<FastifyInstance> {
  const { config, database } = platform;
  const secureCookies = (config.http.publicUrl ?? '').startsWith('https:');
  const audit = createAuditTrail({ now: options.now });
  const identity = createIdentity({
    db: database.db,
    secureCookies,
    audit,
    now: options.now,
    oidc: config.oidc,
  });
  const citizens = createCitizens({
    db: database.db,
    secureCookies,
    audit,
    mailer: platform.mailer,
    publicUrl: config.http.publicUrl,
    now: options.now,
    oidc: config.citizenOidc,
  });
  const records = createRecords({
    db: database.db,
    blobs: platform.blobs,
    jobs: platform.jobs,
    audit,
    now: options.now,
    referencePattern: config.records.referencePattern,
    ingest: ingestSettingsFrom(config.recordsIngest, config.core.dataDir),
  });
  const portal = createPortal({
    db: database.db,
    blobs: platform.blobs,
    jobs: platform.jobs,
    mailer: platform.mailer,
    audit,
    now: options.now ?? (() => new Date()),
    secret: platform.secret,
    publicUrl: config.http.publicUrl,
    ingest: { ...defaultIngestSettings, ...ingestSettingsFrom(config.recordsIngest, config.core.dataDir) },
    recordsIntake: records.intake,
    payments: paymentsSettingsFrom(config.payments, config.core.nodeEnv),
    services: [dogRegistrationService],
  });
  const dogTax = createDogTax({
    db: database.db,
    blobs: platform.blobs,
    jobs: platform.jobs,
    mailer: platform.mailer,
    audit,
    now: options.now ?? (() => new Date()),
    publicUrl: config.http.publicUrl,
    ingest: { ...defaultIngestSettings, ...ingestSettingsFrom(config.recordsIngest, config.core.dataDir) },
    recordsIntake: records.intake,
  });
  const lostAndFound = createLostAndFound({
    db: database.db,
    blobs: platform.blobs,
    jobs: platform.jobs,
    mailer: platform.mailer,
    audit,
    now: options.now ?? (() => new Date()),
    publicUrl: config.http.publicUrl,
    ingest: { ...defaultIngestSettings, ...ingestSettingsFrom(config.recordsIngest, config.core.dataDir) },
    recordsIntake: records.intake,
  });
  const invoices = createInvoices({
    db: database.db,
    blobs: platform.blobs,
    jobs: platform.jobs,
    mailer: platform.mailer,
    audit,
    now: options.now ?? (() => new Date()),
    // An invoice file (XML or ZUGFeRD PDF) is at most INVOICE_XML_MAX_BYTES; a 200 MB upload is refused unread.
    ingest: {
      ...defaultIngestSettings,
      ...ingestSettingsFrom(config.recordsIngest, config.core.dataDir),
      maxFileBytes: config.invoicesValidation.maxBytes,
    },
    recordsIntake: records.intake,
  });
  const db = database.db as Kysely<PlatformTables>;
  const metrics = createMetrics();
  const tenantResolver = createTenantResolver({
    tenantsRepository: createTenantsRepository({ db }),
    defaultTenantSlug: config.http.defaultTenant,
  });
  const routes = collectRoutes({
    checkReady: async () => {
      await sql`select 1`.execute(db);
    },
    metrics,
    metricsToken: config.http.metricsToken,
    identity,
    citizens,
    records,
    portal,
    dogTax,
    lostAndFound,
    invoices,
    jobs: platform.jobs,
    mailer: platform.mailer,
    db: database.db,
  });
  return createServer({
    routes,
    tenantResolver,
    authorize: createAuthorize({
      // Staff (or an API client) first; a citizen session counts only when there is neither.
      resolveActor: async (request) =>
        (await identity.resolveActor(request)) ?? (await citizens.resolveActor(request)),
    }),
    secret: platform.secret,
    metrics,
    bodyLimit: config.http.bodyLimit,
    rateLimitPerMinute: config.http.rateLimitPerMinute,
    trustProxy: config.http.trustProxy,
    logLevel: config.http.logLevel,
    prettyLogs: process.stdout.isTTY && config.core.nodeEnv !== 'production',
    secureCookies,
    signInLocation: (path) =>
      path.startsWith('/konto') || path.startsWith('/antrag')
        ? citizenLoginPathFor(path)
        : loginPathFor(path),
  });
}
