// The module's table as Kysely sees it (migration 0005-audit.sql). Only this module reads it.
import type { ColumnType } from 'kysely';

export type AuditActorType = 'staff' | 'citizen' | 'system' | 'api_client' | 'anonymous';

export interface AuditTables {
  audit_entries: {
    tenant_id: string;
    // bigint: a string from pg, a number from a PGlite without the int8 parser; read it through String().
    seq: ColumnType<string | number, string | number, never>;
    id: string;
    occurred_at: ColumnType<Date, Date, never>;
    actor_type: AuditActorType;
    actor_id: string | null;
    on_behalf_of: string | null;
    action: string;
    object_type: string;
    object_id: string | null;
    summary: ColumnType<AuditSummary, string, never>;
    prev_hash: string;
    hash: string;
  };
}

export type AuditSummary = { [key: string]: AuditJson };
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };
