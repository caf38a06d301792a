// All SQL of the audit module. It runs inside a tenant scope, so row-level security limits every read
// to the scope's municipality and inserts are checked against it.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { AuditTables } from './audit.tables.ts';

// First key of the two-key advisory lock, so the audit's per-tenant locks cannot collide with other
// advisory locks of the application (e.g. the migrator's).
const AUDIT_LOCK_CLASS = 0x41554454; // "AUDT"

export function createAuditRepository({ trx }: { trx: TenantTransaction<AuditTables> }) {
  return {
    /**
     * Serialises appends per municipality until the transaction ends; concurrent writers queue here.
     * Returns the scope's tenant id (it is part of every entry's hash).
     */
    async lockChain(): Promise<string> {
      const { rows } = await sql<{ tenantId: string }>`
        select app_tenant_id()::text as "tenantId",
               pg_advisory_xact_lock(${AUDIT_LOCK_CLASS}::int, hashtext(app_tenant_id()::text))
      `.execute(trx);
      const tenantId = rows[0]?.tenantId;
      if (!tenantId) throw new Error('audit append outside a tenant scope');
      return tenantId;
    },

    async lastEntry() {
      return trx
        .selectFrom('audit_entries')
        .select(['seq', 'hash'])
        .where('tenant_id', '=', sql<string>`app_tenant_id()`)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async insertEntry(entry: {
      tenantId: string;
      seq: string;
      id: string;
      occurredAt: Date;
      actorType: AuditTables['audit_entries']['actor_type'];
      actorId: string | null;
      onBehalfOf: string | null;
      action: string;
      objectType: string;
      objectId: string | null;
      summaryJson: string;
      prevHash: string;
      hash: string;
    }) {
      await trx
        .insertInto('audit_entries')
        .values({
          tenant_id: entry.tenantId,
          seq: entry.seq,
          id: entry.id,
          occurred_at: entry.occurredAt,
          actor_type: entry.actorType,
          actor_id: entry.actorId,
          on_behalf_of: entry.onBehalfOf,
          action: entry.action,
          object_type: entry.objectType,
          object_id: entry.objectId,
          summary: sql<string>`${entry.summaryJson}::jsonb`,
          prev_hash: entry.prevHash,
          hash: entry.hash,
        })
        .execute();
    },

    /** The next `limit` entries after `afterSeq`, in chain order (keyset on the unique (tenant_id, seq)). */
    async listAfter(afterSeq: string, limit: number) {
      return trx
        .selectFrom('audit_entries')
        .select([
          'tenant_id as tenantId',
          'seq',
          'id',
          'occurred_at as occurredAt',
          'actor_type as actorType',
          'actor_id as actorId',
          'on_behalf_of as onBehalfOf',
          'action',
          'object_type as objectType',
          'object_id as objectId',
          'summary',
          'prev_hash as prevHash',
          'hash',
        ])
        .where('tenant_id', '=', sql<string>`app_tenant_id()`)
        .where('seq', '>', sql<string>`${afterSeq}::bigint`)
        .orderBy('seq')
        .limit(limit)
        .execute();
    },

    /** Newest first, optionally for one object or one action; keyset on seq (the chain's own order). */
    async listNewest(
      filter: { objectType?: string; objectId?: string; action?: string; beforeSeq?: string },
      limit: number,
    ) {
      let query = trx
        .selectFrom('audit_entries')
        .select([
          'seq',
          'id',
          'occurred_at as occurredAt',
          'actor_type as actorType',
          'actor_id as actorId',
          'on_behalf_of as onBehalfOf',
          'action',
          'object_type as objectType',
          'object_id as objectId',
          'summary',
        ])
        .where('tenant_id', '=', sql<string>`app_tenant_id()`)
        .orderBy('seq', 'desc')
        .limit(limit);
      if (filter.objectType) query = query.where('object_type', '=', filter.objectType);
      if (filter.objectId) query = query.where('object_id', '=', filter.objectId);
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.beforeSeq) query = query.where('seq', '<', sql<string>`${filter.beforeSeq}::bigint`);
      return query.execute();
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
