-- Identity, first slice: departments (Ämter), staff accounts with local passwords, role grants per
-- department, and login sessions. Later slices (lockout, TOTP, OpenID Connect, substitutes, citizens)
-- add columns and tables beside these; nothing here assumes that a person has a local password.
--
-- References between these tables include tenant_id: referential checks bypass row-level security,
-- so only a composite key guarantees that a row points at rows of its own municipality.
-- Times that decide about sessions are written from the application's clock (millisecond precision),
-- not by now(), so the timeout rules can be tested with a fixed clock.

create table identity_departments (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- The organisation chart is a tree: Bürgerbüro 32.1 sits under Ordnungsamt 32.
  parent_id uuid,
  -- The short number the town uses in file references and letters, e.g. "32" or "32.1".
  number text not null check (length(number) between 1 and 20 and number !~ '\s'),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz(3) not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, parent_id) references identity_departments (tenant_id, id),
  check (parent_id <> id)
);
create index identity_departments_parent on identity_departments (tenant_id, parent_id);

create table identity_staff (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- Stored lower-cased, so "Anna.Schmidt@…" and "anna.schmidt@…" are one account.
  email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 320),
  display_name text not null check (length(display_name) between 1 and 200),
  -- argon2id in PHC string format. Null: no local password (such staff will sign in via OpenID Connect).
  password_hash text check (password_hash like '$argon2id$%'),
  -- Deactivated instead of deleted: the audit trail and the files keep pointing at the person.
  active boolean not null default true,
  created_at timestamptz(3) not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, email)
);

create table identity_staff_roles (
  tenant_id uuid not null references tenants(id),
  staff_id uuid not null,
  department_id uuid not null,
  role text not null check (role in ('clerk', 'head_of_department', 'records_manager', 'treasury', 'council_office', 'admin')),
  primary key (tenant_id, staff_id, department_id, role),
  foreign key (tenant_id, staff_id) references identity_staff (tenant_id, id) on delete cascade,
  foreign key (tenant_id, department_id) references identity_departments (tenant_id, id)
);
create index identity_staff_roles_department on identity_staff_roles (tenant_id, department_id);

create table identity_sessions (
  tenant_id uuid not null references tenants(id),
  -- SHA-256 (hex) of the random token in the cookie. The token itself is never stored, so a copy of
  -- this table (a backup, a read replica) cannot be replayed as logins.
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  staff_id uuid not null,
  created_at timestamptz(3) not null,
  -- Slides with activity (idle timeout); written at most once a minute per session.
  last_seen_at timestamptz(3) not null,
  -- Absolute end, however active the session is.
  expires_at timestamptz(3) not null,
  user_agent text check (length(user_agent) <= 500),
  foreign key (tenant_id, staff_id) references identity_staff (tenant_id, id) on delete cascade,
  check (expires_at > created_at and last_seen_at >= created_at)
);
create index identity_sessions_staff on identity_sessions (tenant_id, staff_id);
-- For the clean-up of expired sessions.
create index identity_sessions_expires on identity_sessions (expires_at);

select enable_tenant_isolation('identity_departments');
select enable_tenant_isolation('identity_staff');
select enable_tenant_isolation('identity_staff_roles');
select enable_tenant_isolation('identity_sessions');
