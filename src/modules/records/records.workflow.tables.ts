// The workflow part's own tables (0015-records-workflow.sql) as Kysely sees them, together with the core
// tables and the read-only view of the organisation (records.tables.ts) it joins for names and roles.
import type { Generated } from 'kysely';
import type { RecordsDb } from './records.tables.ts';

export type RoutingStatus = 'running' | 'returned' | 'signed' | 'cancelled';
export type StepKind = 'co_sign' | 'sign_off';
export type StepStatus = 'waiting' | 'current' | 'done' | 'returned' | 'cancelled';

export interface WorkflowOwnTables {
  records_resubmissions: {
    tenant_id: string;
    id: Generated<string>;
    case_id: string;
    staff_id: string;
    // A calendar day: written as 'YYYY-MM-DD', read back as text (`due_on::text`), never as a Date.
    due_on: string;
    note: string | null;
    created_at: Date;
    created_by: string;
    done_at: Date | null;
    done_by: string | null;
    done_on_behalf_of: string | null;
  };
  records_routings: {
    tenant_id: string;
    id: Generated<string>;
    document_id: string;
    version: number;
    status: RoutingStatus;
    initiated_by: string;
    initiated_on_behalf_of: string | null;
    created_at: Date;
    ended_at: Date | null;
    ended_by: string | null;
  };
  records_routing_steps: {
    tenant_id: string;
    routing_id: string;
    position: number;
    kind: StepKind;
    staff_id: string | null;
    department_id: string | null;
    status: StepStatus;
    activated_at: Date | null;
    acted_by: string | null;
    acted_on_behalf_of: string | null;
    comment: string | null;
    acted_at: Date | null;
  };
}

export type WorkflowTables = RecordsDb & WorkflowOwnTables;
