-- Citizen sign-in through a state identity service (BundID-style OpenID Connect) and business accounts
-- (Unternehmenskonto): a citizen acts for a company they are a member of.
--
-- References include tenant_id (see 0004): referential checks bypass row-level security.

-- An account created from a BundID identity may come without an e-mail address; it then has no local
-- password either (signing in with a password needs the address). Local accounts keep both.
alter table citizens alter column email drop not null;
alter table citizens add constraint citizens_password_needs_email check (email is not null or password_hash is null);

-- Which person at a state identity service is which citizen account. (issuer, subject) is the service's
-- stable identifier of the person (for BundID: the bPK2 or a pseudonym); it decides, never the e-mail.
create table citizen_oidc_links (
  tenant_id uuid not null references tenants(id),
  citizen_id uuid not null,
  issuer text not null check (length(issuer) between 1 and 500),
  subject text not null check (length(subject) between 1 and 255),
  created_at timestamptz(3) not null,
  last_login_at timestamptz(3),
  primary key (tenant_id, issuer, subject),
  -- One identity per service and account: a second one would make "who is this" ambiguous.
  unique (tenant_id, citizen_id, issuer),
  foreign key (tenant_id, citizen_id) references citizens (tenant_id, id) on delete cascade
);

-- A company, association or sole trader that citizens act for. Identified by its register entry
-- (court + number, e.g. "Amtsgericht Köln" / "HRB 12345") or, without one, by its tax number.
-- The entries are declared by the person who creates the company; they are not checked against a register.
create table citizen_companies (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  legal_form text not null check (length(legal_form) between 1 and 100),
  register_court text check (length(register_court) between 1 and 100),
  register_number text check (length(register_number) between 1 and 40),
  tax_number text check (length(tax_number) between 1 and 40),
  street text check (length(street) between 1 and 200),
  postal_code text check (postal_code ~ '^[0-9]{5}$'),
  city text check (length(city) between 1 and 100),
  created_at timestamptz(3) not null,
  unique (tenant_id, id),
  check ((register_court is null) = (register_number is null)),
  check (register_number is not null or tax_number is not null)
);

-- Who may act for a company: 'admin' (representative: manages the company's data and members) or 'member'.
create table citizen_company_members (
  tenant_id uuid not null references tenants(id),
  company_id uuid not null,
  citizen_id uuid not null,
  role text not null check (role in ('admin', 'member')),
  created_at timestamptz(3) not null,
  primary key (tenant_id, company_id, citizen_id),
  foreign key (tenant_id, company_id) references citizen_companies (tenant_id, id) on delete cascade,
  foreign key (tenant_id, citizen_id) references citizens (tenant_id, id) on delete cascade
);
create index citizen_company_members_citizen on citizen_company_members (tenant_id, citizen_id);

-- An invitation to join a company, mailed with a single-use token (only its SHA-256 is stored). It is
-- accepted by the signed-in citizen whose account has the invited address.
create table citizen_company_invitations (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null,
  email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 320),
  role text not null check (role in ('admin', 'member')),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by uuid not null,
  created_at timestamptz(3) not null,
  expires_at timestamptz(3) not null,
  -- Set when accepted, or when a newer invitation to the same address replaced this one.
  used_at timestamptz(3),
  accepted_by uuid,
  foreign key (tenant_id, company_id) references citizen_companies (tenant_id, id) on delete cascade,
  foreign key (tenant_id, invited_by) references citizens (tenant_id, id) on delete cascade,
  check (expires_at > created_at),
  check (accepted_by is null or used_at is not null)
);
create index citizen_company_invitations_company on citizen_company_invitations (tenant_id, company_id, email);

-- How a session was opened, and for whom its citizen acts right now (null: for themselves).
alter table citizen_sessions
  add column auth_method text not null default 'password' check (auth_method in ('password', 'oidc')),
  add column issuer text check (length(issuer) between 1 and 500),
  add column business_id uuid,
  add constraint citizen_sessions_oidc_issuer check ((auth_method = 'oidc') = (issuer is not null)),
  add constraint citizen_sessions_business
    foreign key (tenant_id, business_id) references citizen_companies (tenant_id, id) on delete set null (business_id);

select enable_tenant_isolation('citizen_oidc_links');
select enable_tenant_isolation('citizen_companies');
select enable_tenant_isolation('citizen_company_members');
select enable_tenant_isolation('citizen_company_invitations');
