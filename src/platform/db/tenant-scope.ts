// The only way to read or write domain rows: inside withTenant(), which runs one transaction as the
// role rathaus_app with app.tenant_id set. Row-level security (migration 0001) does the rest, so a
// repository cannot forget the tenant: without this scope it sees nothing and can write nothing.
import { sql, type Kysely, type Transaction } from 'kysely';

declare const tenantScoped: unique symbol;

/** A transaction bound to one tenant. Repositories of domain modules take this, never a bare Kysely. */
export type TenantTransaction<DB> = Transaction<DB> & { readonly [tenantScoped]: string };

export type TenantScope<DB> = <T>(work: (trx: TenantTransaction<DB>) => Promise<T>) => Promise<T>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function withTenant<DB, T>(
  db: Kysely<DB>,
  tenantId: string,
  work: (trx: TenantTransaction<DB>) => Promise<T>,
): Promise<T> {
  if (!uuidPattern.test(tenantId)) throw new Error(`Invalid tenant id: ${tenantId}`);
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', 'rathaus_app', true)`.execute(
      trx,
    );
    return work(trx as TenantTransaction<DB>);
  });
}

/** Binds a database to one tenant, for handing to use cases: `scope(trx => repo(trx).list())`. */
export function tenantScope<DB>(db: Kysely<DB>, tenantId: string): TenantScope<DB> {
  return (work) => withTenant(db, tenantId, work);
}
