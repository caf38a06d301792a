import type { ColumnType, Generated, Selectable } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobsTables {
  jobs: {
    id: Generated<string>;
    kind: string;
    // jsonb: written as JSON text (a JS array would otherwise become a PostgreSQL array), read parsed.
    payload: ColumnType<unknown, string, string>;
    tenant_id: string | null;
    status: Generated<JobStatus>;
    attempts: Generated<number>;
    max_attempts: number;
    run_at: Date;
    locked_by: string | null;
    locked_until: Date | null;
    last_error: string | null;
    progress_done: number | null;
    progress_total: number | null;
    idempotency_key: string | null;
    created_at: ColumnType<Date, never, never>;
    finished_at: Date | null;
  };
}

export type JobRow = Selectable<JobsTables['jobs']>;
