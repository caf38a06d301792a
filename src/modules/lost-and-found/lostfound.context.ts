// Shared plumbing of the Fundbüro's use cases: one tenant transaction, the settings it needs, today's
// calendar day in the town, and the item's facts for the rules.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { localDay } from '../../platform/time/calendar-day.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditEvent } from '../audit/index.ts';
import { findDepartments } from '../identity/index.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { lostFoundErrors } from './lostfound.errors.ts';
import type { ItemFacts } from './lostfound.lifecycle.ts';
import { DEMO_HANDOVER_FEES } from './lostfound.fees.ts';
import { worksOffice } from './lostfound.policies.ts';
import { createLostFoundRepository, type Item, type Trx } from './lostfound.repository.ts';
import type { LostFoundTables } from './lostfound.tables.ts';

export function scoped<T>(
  deps: Pick<LostAndFoundDeps, 'db'>,
  tenantId: string,
  work: (trx: Trx) => Promise<T>,
) {
  return withTenant(deps.db as Kysely<LostFoundTables>, tenantId, work);
}

/** The same transaction for the other modules' functions (intake, audit, mail). */
export const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

export const today = (deps: Pick<LostAndFoundDeps, 'now'>) => localDay(deps.now());

export const feesOf = (deps: Pick<LostAndFoundDeps, 'fees'>) => deps.fees ?? DEMO_HANDOVER_FEES;

export async function requireSettings(trx: Trx) {
  const settings = await createLostFoundRepository({ trx }).settings();
  if (!settings) throw lostFoundErrors.not_set_up();
  return settings;
}

/** Whether the person works this town's Fundbüro (lostfound.policies.ts); false while it is not set up. */
export async function worksHere(trx: Trx, actor: StaffActor): Promise<boolean> {
  const settings = await createLostFoundRepository({ trx }).settings();
  return (
    settings !== undefined && worksOffice(actor, settings.departmentId, await findDepartments(shared(trx)))
  );
}

/**
 * Before anything is shown or done with an item: outside the office's department the item does not exist
 * for the person (404, not 403 — a refusal would confirm that the item is there).
 */
export async function requireItemAccess(trx: Trx, actor: StaffActor): Promise<void> {
  if (!(await worksHere(trx, actor))) throw lostFoundErrors.item_not_found();
}

export function staffAudit(actor: StaffActor): AuditEvent['actor'] {
  return { type: 'staff', id: actor.id };
}

export async function factsOf(trx: Trx, item: Item): Promise<ItemFacts> {
  return factsWith(item, await createLostFoundRepository({ trx }).firstClaimDay(item.id));
}

/** The item's facts when the day of the first claim is already known (firstClaimDays for a list). */
export function factsWith(item: Item, claimRegisteredOn: string | undefined): ItemFacts {
  return {
    status: item.status,
    category: item.category,
    foundOn: item.foundOn,
    reportedOn: item.reportedOn,
    valueCents: item.valueCents,
    publicFind: item.publicFind,
    finderChoice: item.finderChoice,
    claimRegisteredOn,
  };
}

export type Result<T> =
  { ok: true; value: T } | { ok: false; problems: { field: string; text: { de: string; en: string } }[] };
