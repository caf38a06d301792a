// The module's tables as Kysely sees them (migration 0008-citizens.sql). Only this module reads them.
import type { ColumnType, Generated } from 'kysely';
import type { TrustLevel } from '../access/index.ts';

export type CitizenTokenPurpose = 'verify_email' | 'reset_password';

export interface CitizenTables {
  citizens: {
    tenant_id: string;
    id: Generated<string>;
    email: string;
    password_hash: string | null;
    email_verified_at: Date | null;
    given_name: string;
    family_name: string;
    street: string | null;
    postal_code: string | null;
    city: string | null;
    phone: string | null;
    created_at: ColumnType<Date, Date, never>;
  };
  citizen_sessions: {
    tenant_id: string;
    id: string;
    citizen_id: string;
    trust_level: TrustLevel;
    created_at: ColumnType<Date, Date, never>;
    last_seen_at: Date;
    expires_at: ColumnType<Date, Date, never>;
    user_agent: string | null;
  };
  citizen_tokens: {
    tenant_id: string;
    id: Generated<string>;
    citizen_id: string;
    purpose: CitizenTokenPurpose;
    token_hash: string;
    created_at: ColumnType<Date, Date, never>;
    expires_at: ColumnType<Date, Date, never>;
    used_at: Date | null;
  };
}
