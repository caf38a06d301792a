-- Citizen accounts (Bürgerkonto), local slice: people who sign in to the portal with a verified e-mail
-- address and a password. Separate from staff (identity_*): a citizen never holds a staff role, and the
-- two kinds of session live in different tables behind different cookies. The OpenID Connect / BundID
-- connector will add accounts without a local password and sessions with a higher trust level.
--
-- References include tenant_id (see 0004): referential checks bypass row-level security.
-- Times that decide about sessions and tokens are written from the application's clock.

create table citizens (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- Stored lower-cased, so one address is one account per municipality.
  email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 320),
  -- argon2id in PHC string format. Null: no local password (accounts from BundID, later).
  password_hash text check (password_hash like '$argon2id$%'),
  -- Null until the person followed the link in the verification mail; only verified accounts sign in.
  email_verified_at timestamptz(3),
  given_name text not null check (length(given_name) between 1 and 100),
  family_name text not null check (length(family_name) between 1 and 100),
  street text check (length(street) between 1 and 200),
  postal_code text check (postal_code ~ '^[0-9]{5}$'),
  city text check (length(city) between 1 and 100),
  phone text check (length(phone) between 1 and 40),
  created_at timestamptz(3) not null,
  unique (tenant_id, id),
  unique (tenant_id, email)
);

create table citizen_sessions (
  tenant_id uuid not null references tenants(id),
  -- SHA-256 (hex) of the random token in the cookie, as for staff sessions.
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  citizen_id uuid not null,
  -- How sure we are who this is: 'basic' for a local account (e-mail and password), 'substantial' and
  -- 'high' (eIDAS levels) only from an identity provider such as BundID.
  trust_level text not null check (trust_level in ('basic', 'substantial', 'high')),
  created_at timestamptz(3) not null,
  last_seen_at timestamptz(3) not null,
  expires_at timestamptz(3) not null,
  user_agent text check (length(user_agent) <= 500),
  foreign key (tenant_id, citizen_id) references citizens (tenant_id, id) on delete cascade,
  check (expires_at > created_at and last_seen_at >= created_at)
);
create index citizen_sessions_citizen on citizen_sessions (tenant_id, citizen_id);
create index citizen_sessions_expires on citizen_sessions (expires_at);

-- Single-use links sent by e-mail. Only the SHA-256 of the token is stored.
create table citizen_tokens (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  citizen_id uuid not null,
  purpose text not null check (purpose in ('verify_email', 'reset_password')),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz(3) not null,
  expires_at timestamptz(3) not null,
  used_at timestamptz(3),
  foreign key (tenant_id, citizen_id) references citizens (tenant_id, id) on delete cascade,
  check (expires_at > created_at)
);
create index citizen_tokens_citizen on citizen_tokens (tenant_id, citizen_id, purpose);

select enable_tenant_isolation('citizens');
select enable_tenant_isolation('citizen_sessions');
select enable_tenant_isolation('citizen_tokens');
