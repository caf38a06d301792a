// The direct-debit file (pain.008) for a collection date: for every household with an active mandate,
// what is due up to that date under the notices in force and not yet paid, per tax year. Making the file
// books those amounts as paid by direct debit (a returned debit is booked back by the treasury as a
// 'return'), so the next file never collects the same amount twice.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { buildPain008 } from '../../platform/sepa/index.ts';
import type { StaffActor } from '../access/index.ts';
import { createBillingRepository } from './dogtax.billing.repository.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import { loadNoticeContext } from './dogtax.notices.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

/** One file holds at most this many debits (banks accept far more; a town's run stays well below). */
const MAX_DEBITS = 50_000;

export async function createCollection(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  collectionDate: string,
): Promise<{ collectionId: string; transactions: number; sumCents: number }> {
  return withTenant(deps.db as Kysely<DogTaxTables>, tenantId, async (trx) => {
    // One file at a time per municipality: two clicks must not collect twice.
    await trx.selectFrom('dog_tax_settings').select('tenant_id').forUpdate().execute();
    const context = await loadNoticeContext(trx);
    const billing = createBillingRepository({ trx });
    const open = await billing.openBalances(collectionDate, { mandate: 'with', limit: MAX_DEBITS });
    if (open.length === 0) throw dogTaxErrors.nothing_to_collect();
    const at = deps.now();
    const stamp = at
      .toISOString()
      .replace(/[-:T.Z]/g, '')
      .slice(0, 14);
    const messageId = `HUNDESTEUER-${stamp}`;
    const xml = buildPain008({
      messageId,
      createdAt: at,
      initiatingPartyName: context.municipality.authority,
      creditor: {
        name: context.municipality.authority,
        iban: context.settings.iban,
        bic: context.settings.bic,
        creditorId: context.settings.creditorId,
      },
      transactions: open.map((row, index) => ({
        endToEndId: `${row.number}-${row.year}-${stamp}-${index}`.slice(0, 35),
        amountCents: row.openCents,
        collectionDate,
        // Since the SEPA rulebook 2016 a first debit may be sent as RCUR; one sequence type keeps one batch.
        sequenceType: 'RCUR' as const,
        mandate: { reference: row.mandateReference!, signedOn: row.mandateSignedOn! },
        debtor: { name: row.mandateHolder!, iban: row.mandateIban! },
        remittanceInformation: `Hundesteuer ${row.year} Kassenzeichen ${row.number}`,
      })),
    });
    const sumCents = open.reduce((sum, row) => sum + row.openCents, 0);
    const collectionId = await billing.insertCollection({
      collectionDate,
      messageId,
      transactions: open.length,
      sumCents,
      xml,
      createdBy: actor.id,
      at,
    });
    for (const row of open) {
      await billing.insertPayment({
        householdId: row.householdId,
        year: row.year,
        amountCents: row.openCents,
        bookedOn: collectionDate,
        source: 'direct-debit',
        collectionId,
        note: messageId,
        bookedBy: actor.id,
        at,
      });
    }
    await deps.audit.append(shared(trx), {
      actor: { type: 'staff', id: actor.id },
      action: 'dog-tax.collection_created',
      object: { type: 'dog_tax_collection', id: collectionId },
      summary: { collectionDate, messageId, transactions: open.length, sumCents },
    });
    return { collectionId, transactions: open.length, sumCents };
  });
}
