// The module's tables as Kysely sees them (migrations 0008-citizens.sql and
// 0011-citizens-identity-providers.sql). Only this module reads them.
import type { ColumnType, Generated } from 'kysely';
import type { TrustLevel } from '../access/index.ts';

export type CitizenTokenPurpose = 'verify_email' | 'reset_password';
/** How a session was opened: a local password, or a state identity service (BundID) over OpenID Connect. */
export type CitizenAuthMethod = 'password' | 'oidc';
/** 'admin': represents the company and manages its data and members; 'member': acts for it. */
export type CompanyRole = 'admin' | 'member';

export interface CitizenTables {
  citizens: {
    tenant_id: string;
    id: Generated<string>;
    /** Null only for an account from BundID that came without an address (and so has no password). */
    email: string | null;
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
    auth_method: ColumnType<CitizenAuthMethod, CitizenAuthMethod | undefined, never>;
    issuer: ColumnType<string | null, string | null | undefined, never>;
    business_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  citizen_oidc_links: {
    tenant_id: string;
    citizen_id: string;
    issuer: string;
    subject: string;
    created_at: ColumnType<Date, Date, never>;
    last_login_at: Date | null;
  };
  citizen_companies: {
    tenant_id: string;
    id: Generated<string>;
    name: string;
    legal_form: string;
    register_court: string | null;
    register_number: string | null;
    tax_number: string | null;
    street: string | null;
    postal_code: string | null;
    city: string | null;
    created_at: ColumnType<Date, Date, never>;
  };
  citizen_company_members: {
    tenant_id: string;
    company_id: string;
    citizen_id: string;
    role: CompanyRole;
    created_at: ColumnType<Date, Date, never>;
  };
  citizen_company_invitations: {
    tenant_id: string;
    id: Generated<string>;
    company_id: string;
    email: string;
    role: CompanyRole;
    token_hash: string;
    invited_by: string;
    created_at: ColumnType<Date, Date, never>;
    expires_at: ColumnType<Date, Date, never>;
    used_at: Date | null;
    accepted_by: string | null;
  };
}
