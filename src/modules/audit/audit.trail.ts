// Appending to the audit trail. An entry is written in the caller's tenant transaction, so it commits
// or rolls back together with the change it records.
import { randomUUID } from 'node:crypto';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { GENESIS_HASH, hashEntry } from './audit.hash.ts';
import { createAuditRepository } from './audit.repository.ts';
import type { AuditActorType, AuditSummary, AuditTables } from './audit.tables.ts';

export interface AuditEvent {
  actor: { type: AuditActorType; id?: string | null; onBehalfOf?: string | null };
  /** `module.verb`, e.g. `identity.login`. */
  action: string;
  object: { type: string; id?: string | null };
  /** What a reader of the trail needs to understand the event. Never secrets (passwords, tokens). */
  summary?: Record<string, unknown>;
}

export interface AppendedEntry {
  id: string;
  seq: string;
  hash: string;
}

export interface AuditTrail {
  append: <DB>(trx: TenantTransaction<DB>, event: AuditEvent) => Promise<AppendedEntry>;
}

/**
 * The chain's head as this transaction left it. The first append in a transaction locks the chain (held to
 * commit) and reads the last entry; later appends in the same transaction know the head already, which
 * saves two round trips per entry in work that appends many (the dog tax annual run). Shared by every
 * AuditTrail instance, keyed by the transaction object, gone with it; the code base uses no savepoints, so
 * nothing can roll back an entry without rolling back the whole transaction.
 */
const headsByTransaction = new WeakMap<object, { tenantId: string; seq: string; hash: string }>();

export function createAuditTrail({ now = () => new Date() }: { now?: () => Date } = {}): AuditTrail {
  return {
    async append(trx, event) {
      const repository = createAuditRepository({ trx: trx as unknown as TenantTransaction<AuditTables> });
      // Round-trip through JSON first: what gets hashed is exactly what jsonb stores and gives back
      // (no undefined, no Date objects, no class instances).
      const summaryJson = JSON.stringify(event.summary ?? {});
      const summary = JSON.parse(summaryJson) as AuditSummary;
      const occurredAt = new Date(now().getTime());
      const head = headsByTransaction.get(trx);
      const tenantId = head?.tenantId ?? (await repository.lockChain());
      const last = head ?? (await repository.lastEntry());
      const entry = {
        tenantId,
        seq: last ? (BigInt(last.seq) + 1n).toString() : '1',
        id: randomUUID(),
        occurredAt,
        actorType: event.actor.type,
        actorId: event.actor.id ?? null,
        onBehalfOf: event.actor.onBehalfOf ?? null,
        action: event.action,
        objectType: event.object.type,
        objectId: event.object.id ?? null,
        summary,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      const hash = hashEntry(entry);
      await repository.insertEntry({ ...entry, summaryJson, hash });
      headsByTransaction.set(trx, { tenantId, seq: entry.seq, hash });
      return { id: entry.id, seq: entry.seq, hash };
    },
  };
}
