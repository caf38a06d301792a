-- Staff sign-in security: lockout after repeated failures, and TOTP (RFC 6238) as a second factor.
--
-- Failures are counted per typed e-mail address (as SHA-256 of the normalised address), not per staff
-- row: an address without an account is locked just like one with an account, so the "too many
-- attempts" message tells no one which addresses exist.
create table identity_login_failures (
  tenant_id uuid not null references tenants(id),
  email_hash text not null check (email_hash ~ '^[0-9a-f]{64}$'),
  failed_count integer not null check (failed_count between 0 and 1000),
  -- Failures count within 15 minutes from the first one; an older window starts again at 1.
  window_started_at timestamptz(3) not null,
  locked_until timestamptz(3),
  primary key (tenant_id, email_hash)
);

-- TOTP secret in base32 (RFC 4648, no padding). totp_pending_secret: shown on the enrolment page
-- until the person confirms it with a code. totp_last_step: the last 30-second step accepted, so a
-- code cannot be used twice.
alter table identity_staff
  add column totp_secret text check (totp_secret ~ '^[A-Z2-7]{32}$'),
  add column totp_pending_secret text check (totp_pending_secret ~ '^[A-Z2-7]{32}$'),
  add column totp_last_step bigint;

-- A sign-in whose password was right and whose second factor is still due: 5 minutes, then gone.
create table identity_pending_logins (
  tenant_id uuid not null references tenants(id),
  -- SHA-256 (hex) of the random token in the cookie, as for sessions.
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  staff_id uuid not null,
  return_to text check (length(return_to) <= 2000),
  created_at timestamptz(3) not null,
  expires_at timestamptz(3) not null,
  foreign key (tenant_id, staff_id) references identity_staff (tenant_id, id) on delete cascade,
  check (expires_at > created_at)
);
create index identity_pending_logins_staff on identity_pending_logins (tenant_id, staff_id);

select enable_tenant_isolation('identity_login_failures');
select enable_tenant_isolation('identity_pending_logins');
