// The module's tables as Kysely sees them (migration 0004-identity.sql). Only this module reads them.
import type { ColumnType, Generated } from 'kysely';
import type { StaffRole } from '../access/index.ts';

export interface IdentityTables {
  identity_departments: {
    tenant_id: string;
    id: Generated<string>;
    parent_id: string | null;
    number: string;
    name: string;
    created_at: ColumnType<Date, never, never>;
  };
  identity_staff: {
    tenant_id: string;
    id: Generated<string>;
    email: string;
    display_name: string;
    password_hash: string | null;
    active: Generated<boolean>;
    created_at: ColumnType<Date, never, never>;
  };
  identity_staff_roles: {
    tenant_id: string;
    staff_id: string;
    department_id: string;
    role: StaffRole;
  };
  identity_sessions: {
    tenant_id: string;
    id: string;
    staff_id: string;
    created_at: ColumnType<Date, Date, never>;
    last_seen_at: Date;
    expires_at: ColumnType<Date, Date, never>;
    user_agent: string | null;
  };
}
