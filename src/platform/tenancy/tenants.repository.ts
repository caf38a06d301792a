// Tenants are the municipalities served by one installation. This table is the platform's own and is
// read without a tenant scope (to find the tenant in the first place).
import type { Kysely, Selectable } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';

export type Tenant = Selectable<PlatformTables['tenants']>;

export function createTenantsRepository({ db }: { db: Kysely<PlatformTables> }) {
  return {
    async findByHost(host: string): Promise<Tenant | undefined> {
      return db
        .selectFrom('tenants')
        .selectAll()
        .where((eb) => eb(eb.val(host), '=', eb.fn.any('hosts')))
        .executeTakeFirst();
    },
    async findBySlug(slug: string): Promise<Tenant | undefined> {
      return db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
    },
    async list(): Promise<Tenant[]> {
      return db.selectFrom('tenants').selectAll().orderBy('slug').execute();
    },
    async upsert(tenant: { slug: string; name: string; hosts: string[] }): Promise<Tenant> {
      return db
        .insertInto('tenants')
        .values(tenant)
        .onConflict((oc) => oc.column('slug').doUpdateSet({ name: tenant.name, hosts: tenant.hosts }))
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}

export type TenantsRepository = ReturnType<typeof createTenantsRepository>;
