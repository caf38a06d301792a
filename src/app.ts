// Wires the platform and the modules together: one function for `serve`, `worker` and the tests.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppConfig } from './config.ts';
import { runMigrations } from './migrations/index.ts';
import { createAuthorize } from './modules/access/index.ts';
import { createPortalRoutes } from './modules/portal/index.ts';
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
import { sql } from 'kysely';

export interface Platform {
  config: AppConfig;
  database: DatabaseHandle<unknown>;
  blobs: BlobStore;
  secret: string;
}

/** Opens the database (migrating it) and the blob store. */
export async function openPlatform(config: AppConfig, options: { database?: DatabaseHandle<unknown> } = {}): Promise<Platform> {
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
  return { config, database, blobs, secret };
}

/** The explicit list of every route of the application; the policy test enumerates it. */
export function collectRoutes(parts: { checkReady: () => Promise<void>; metrics: ReturnType<typeof createMetrics>; metricsToken: string | undefined }): RouteDefinition[] {
  return [...createHealthRoutes(parts), ...createPortalRoutes()];
}

export async function buildHttpServer(platform: Platform): Promise<FastifyInstance> {
  const { config, database } = platform;
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
  });
  return createServer({
    routes,
    tenantResolver,
    authorize: createAuthorize({ resolveActor: async () => undefined }),
    secret: platform.secret,
    metrics,
    bodyLimit: config.http.bodyLimit,
    rateLimitPerMinute: config.http.rateLimitPerMinute,
    trustProxy: config.http.trustProxy,
    logLevel: config.http.logLevel,
    prettyLogs: process.stdout.isTTY && config.core.nodeEnv !== 'production',
    secureCookies: (config.http.publicUrl ?? '').startsWith('https:'),
  });
}
