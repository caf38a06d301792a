// Reading the trail. Only records managers and administrators get here (see access.policies.ts).
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import { createAuditRepository } from './audit.repository.ts';
import type { AuditActorType, AuditSummary, AuditTables } from './audit.tables.ts';

export interface AuditFilter {
  objectType?: string | undefined;
  objectId?: string | undefined;
  action?: string | undefined;
}

export interface AuditEntryView {
  seq: string;
  id: string;
  occurredAt: Date;
  actorType: AuditActorType;
  actorId: string | null;
  onBehalfOf: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: AuditSummary;
}

export async function listAuditEntries({
  scope,
  filter,
  beforeSeq,
  limit = 50,
}: {
  scope: TenantScope<AuditTables>;
  filter: AuditFilter;
  beforeSeq?: string | undefined;
  limit?: number;
}): Promise<{ entries: AuditEntryView[]; nextBeforeSeq: string | null }> {
  const rows = await scope((trx) =>
    createAuditRepository({ trx }).listNewest({ ...filter, ...(beforeSeq ? { beforeSeq } : {}) }, limit + 1),
  );
  const entries = rows.slice(0, limit).map((row) => ({ ...row, seq: String(row.seq) }));
  const last = entries.at(-1);
  return { entries, nextBeforeSeq: rows.length > limit && last ? last.seq : null };
}
