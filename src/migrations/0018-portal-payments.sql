-- Online payment of fees (E-Payment) in the citizens' portal: one row per attempt to pay something, paid
-- through a payment provider (redirect → provider's page → signed server-to-server callback).
-- What is paid for is named generically (subject_type + subject_id, e.g. 'application' + its id): the
-- payments part knows no other table, so there is no foreign key.
create table portal_payments (
  tenant_id uuid not null references tenants(id),
  id uuid primary key,
  subject_type text not null check (subject_type ~ '^[a-z][a-z0-9_]{0,39}$'),
  subject_id uuid not null,
  -- The signed-in citizen who pays; null for services that need no account. Only they see the result page.
  citizen_id uuid,
  -- Verwendungszweck: SEPA remittance information allows 140 characters.
  purpose text not null check (length(purpose) between 1 and 140),
  amount_cents integer not null check (amount_cents > 0),
  currency text not null default 'EUR' check (currency = 'EUR'),
  status text not null default 'pending' check (status in ('pending', 'paid', 'failed', 'cancelled')),
  provider text not null check (provider ~ '^[a-z][a-z0-9_-]{0,39}$'),
  provider_reference text not null check (length(provider_reference) between 1 and 200),
  -- Where the citizen continues after the result page (a local path of the portal).
  return_path text not null check (return_path ~ '^/[^/\\]' or return_path = '/'),
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  paid_at timestamptz(3),
  check ((status = 'paid') = (paid_at is not null)),
  -- A provider's callback names its reference; it must lead to exactly one payment.
  unique (provider, provider_reference)
);

create index portal_payments_subject on portal_payments (tenant_id, subject_type, subject_id, created_at desc);

select enable_tenant_isolation('portal_payments');

-- The books of the TEST payment provider (Testzahlungsanbieter): what an outside provider keeps on its own
-- side. No money moves; the rows exist so its redirect, callback and status query run for real.
create table portal_payment_test_orders (
  tenant_id uuid not null references tenants(id),
  reference text primary key check (reference ~ '^test_[A-Za-z0-9_-]{22}$'),
  payment_id uuid not null,
  amount_cents integer not null check (amount_cents > 0),
  currency text not null check (currency = 'EUR'),
  purpose text not null check (length(purpose) between 1 and 140),
  return_url text not null check (return_url ~ '^https?://'),
  callback_url text not null check (callback_url ~ '^https?://'),
  status text not null default 'pending' check (status in ('pending', 'paid', 'failed', 'cancelled')),
  created_at timestamptz(3) not null,
  decided_at timestamptz(3),
  check ((status = 'pending') = (decided_at is null))
);

select enable_tenant_isolation('portal_payment_test_orders');
