// Saved inbox filters: a person names the filter they use often and finds it as a link above the inbox.
// Only the three filter fields are kept (as a query string), never a cursor or anything else posted.
import { sql, type Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { PortalDeps } from '../portal.deps.ts';
import type { ApplicationsTables } from './applications.tables.ts';

export interface InboxFilterValues {
  stand: string;
  bearbeitung: string;
  amt: string;
}

export const MAX_SAVED_FILTERS = 20;

export function filterQuery(values: InboxFilterValues): string {
  return new URLSearchParams({
    stand: values.stand,
    bearbeitung: values.bearbeitung,
    amt: values.amt,
  }).toString();
}

const scoped = <T>(
  deps: PortalDeps,
  tenantId: string,
  work: (trx: TenantTransaction<ApplicationsTables>) => Promise<T>,
) => withTenant(deps.db as Kysely<ApplicationsTables>, tenantId, work);

export async function listSavedFilters(deps: PortalDeps, tenantId: string, staffId: string) {
  return scoped(deps, tenantId, (trx) =>
    trx
      .selectFrom('portal_saved_inbox_filters')
      .select(['id', 'name', 'query'])
      .where('staff_id', '=', staffId)
      .orderBy('name')
      .execute(),
  );
}

/** Saves (or replaces, by name) a filter; false when the person has the maximum already. */
export async function saveFilter(
  deps: PortalDeps,
  tenantId: string,
  staffId: string,
  name: string,
  values: InboxFilterValues,
): Promise<boolean> {
  return scoped(deps, tenantId, async (trx) => {
    const { count } = await trx
      .selectFrom('portal_saved_inbox_filters')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('staff_id', '=', staffId)
      .where('name', '<>', name)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_SAVED_FILTERS) return false;
    await trx
      .insertInto('portal_saved_inbox_filters')
      .values({
        tenant_id: sql<string>`app_tenant_id()`,
        staff_id: staffId,
        name,
        query: filterQuery(values),
        created_at: deps.now(),
      })
      .onConflict((conflict) =>
        conflict.columns(['tenant_id', 'staff_id', 'name']).doUpdateSet({ query: filterQuery(values) }),
      )
      .execute();
    return true;
  });
}

export async function deleteFilter(deps: PortalDeps, tenantId: string, staffId: string, id: string) {
  await scoped(deps, tenantId, (trx) =>
    trx
      .deleteFrom('portal_saved_inbox_filters')
      .where('id', '=', id)
      .where('staff_id', '=', staffId)
      .execute(),
  );
}
