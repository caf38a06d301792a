-- Incoming e-invoices (Rechnungseingang): the invoices as received (XRechnung/EN 16931 in UBL or CII, or
-- ZUGFeRD/Factur-X), their validation report, the approval steps (sachlich richtig, rechnerisch richtig,
-- Anordnung), routing to departments, signing limits, and the payment runs with their pain.001 files.
-- The originals live in the E-Akte (one case per invoice in the Kämmerei's file of the year).

-- Per municipality: where invoices are filed and the account the town pays from.
create table invoices_settings (
  tenant_id uuid primary key references tenants(id),
  department_id uuid not null,
  plan_code text not null,
  debtor_name text not null check (length(debtor_name) between 1 and 70),
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  bic text check (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
  updated_at timestamptz(3) not null
);
select enable_tenant_isolation('invoices_settings');

-- Routing: an invoice goes to the department of the first rule that matches its Leitweg-ID (BT-10),
-- order reference (BT-13) or the buyer's accounting reference / cost centre (BT-19); else to the
-- manual queue (department_id null on the invoice).
create table invoices_routing_rules (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('leitweg', 'order', 'cost_centre')),
  -- Exact value, or a prefix ending in "*".
  pattern text not null check (length(pattern) between 1 and 200),
  department_id uuid not null,
  unique (tenant_id, kind, pattern)
);
select enable_tenant_isolation('invoices_routing_rules');

-- Who may sign which step up to which gross amount (Feststellungs- und Anordnungsbefugnis).
create table invoices_signing_limits (
  tenant_id uuid not null references tenants(id),
  staff_id uuid not null,
  step text not null check (step in ('factual', 'arithmetic', 'order')),
  max_cents bigint not null check (max_cents > 0),
  primary key (tenant_id, staff_id, step)
);
select enable_tenant_isolation('invoices_signing_limits');

create table invoices_payment_runs (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  message_id text not null check (length(message_id) between 1 and 35),
  execution_date date not null,
  transactions integer not null check (transactions > 0),
  total_cents bigint not null check (total_cents > 0),
  xml text not null,
  created_by uuid not null,
  created_at timestamptz(3) not null,
  unique (tenant_id, message_id)
);
select enable_tenant_isolation('invoices_payment_runs');

create sequence invoices_numbers;
grant usage on sequence invoices_numbers to rathaus_app;

create table invoices (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- Our receipt number, e.g. "ER-2026-000012".
  reference text not null check (reference ~ '^ER-[0-9]{4}-[0-9]{6,}$'),
  -- The same bytes twice are one invoice (intake is idempotent by content hash).
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  source text not null check (source in ('upload', 'api', 'email')),
  container text not null check (container in ('xml', 'pdf')),
  syntax text not null check (syntax in ('ubl', 'cii')),
  invoice_number text not null check (length(invoice_number) between 1 and 200),
  seller_name text not null check (length(seller_name) between 1 and 500),
  issue_date date,
  due_date date,
  skonto_until date,
  skonto_percent numeric(5, 2),
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  payable_cents bigint not null,
  iban text,
  leitweg_id text,
  order_reference text,
  cost_centre text,
  -- The readable view of the invoice (parsed once at intake) and the KoSIT-equivalent validation report.
  document jsonb not null,
  report jsonb not null,
  department_id uuid,
  status text not null check (status in ('in_approval', 'approved', 'paid', 'rejected')),
  current_step text check (current_step in ('factual', 'arithmetic', 'order')),
  -- Another invoice of the same seller with the same number and amount: flagged, not refused.
  duplicate_of uuid references invoices(id),
  budget_item text check (length(budget_item) <= 100),
  booking_cost_centre text check (length(booking_cost_centre) <= 100),
  rejection_reason text check (length(rejection_reason) <= 4000),
  case_id uuid not null,
  file_reference text not null,
  payment_run_id uuid references invoices_payment_runs(id),
  received_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  unique (tenant_id, reference),
  unique (tenant_id, sha256),
  check ((status = 'in_approval') = (current_step is not null)),
  check ((status = 'paid') = (payment_run_id is not null))
);
create index invoices_inbox on invoices (tenant_id, status, department_id, received_at);
create index invoices_duplicates on invoices (tenant_id, seller_name, invoice_number, payable_cents);
select enable_tenant_isolation('invoices');

-- What happened to an invoice: signatures of the steps (voided when the invoice is returned to an
-- earlier step), returns, rejection, comments, routing, booking fields and payment.
create table invoices_history (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  invoice_id uuid not null references invoices(id),
  kind text not null check (kind in ('received', 'routed', 'signed', 'returned', 'rejected', 'comment', 'booking', 'paid')),
  step text check (step in ('factual', 'arithmetic', 'order')),
  staff_id uuid,
  -- A substitute (Vertretung) signing with the absent person's authority.
  on_behalf_of uuid,
  text text not null default '' check (length(text) <= 4000),
  at timestamptz(3) not null,
  voided_at timestamptz(3)
);
create index invoices_history_of on invoices_history (tenant_id, invoice_id, at);
select enable_tenant_isolation('invoices_history');
