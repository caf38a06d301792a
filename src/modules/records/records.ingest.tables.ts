// The ingest bookkeeping tables (migration 0013-records-ingest.sql) as Kysely sees them.
import type { ColumnType, Generated } from 'kysely';
import type { RecordsDb } from './records.tables.ts';

export interface IngestTables {
  records_blob_claims: {
    id: Generated<string>;
    tenant_id: string;
    sha256: string;
    claimed_at: ColumnType<Date, Date | string | undefined, never>;
  };
  records_blob_refs: {
    tenant_id: string;
    document_id: string;
    version: number;
    kind: 'content' | 'rendition';
    sha256: string;
  };
}

export type DocumentsDb = RecordsDb & IngestTables;
