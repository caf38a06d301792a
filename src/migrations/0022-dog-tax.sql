-- Dog tax (Hundesteuer): the register of households and their dogs, tax marks, SEPA mandates, reliefs,
-- the notices (Steuerbescheide) with their installments, payments, the annual runs and the direct-debit
-- files. The rates are not here: they are the statute in code (modules/dog-tax/dogtax.statute.ts).

-- The treasury's settings per municipality: which statute applies, where notices are filed, the account
-- the tax is paid to and the SEPA creditor identifier for direct debits.
create table dog_tax_settings (
  tenant_id uuid primary key references tenants(id),
  statute_key text not null check (statute_key ~ '^[a-z][a-z0-9-]{0,39}$'),
  department_id uuid not null,
  plan_code text not null,
  bank_name text not null,
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  bic text not null check (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
  creditor_id text not null check (creditor_id ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$'),
  -- As the notice prints them: who to ask, and the court competent for actions against the notice.
  contact text not null check (length(contact) between 1 and 200),
  administrative_court text not null check (length(administrative_court) between 1 and 200),
  updated_at timestamptz(3) not null
);
select enable_tenant_isolation('dog_tax_settings');

create sequence dog_tax_household_numbers;
grant usage on sequence dog_tax_household_numbers to rathaus_app;
create sequence dog_tax_mark_numbers;
grant usage on sequence dog_tax_mark_numbers to rathaus_app;

-- A household: the keepers living together (all dogs of a household count together for the rate).
-- citizen_id links the citizen account whose Postfach receives the notices; without it notices are printed.
create table dog_tax_households (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- The Kassenzeichen the keeper quotes when paying, e.g. "HU-000123".
  number text not null check (number ~ '^HU-[0-9]{6,}$'),
  citizen_id uuid,
  keeper_name text not null check (length(keeper_name) between 1 and 200),
  co_keepers text not null default '' check (length(co_keepers) <= 500),
  street text not null check (length(street) between 1 and 200),
  postal_code text not null check (postal_code ~ '^[0-9]{5}$'),
  city text not null check (length(city) between 1 and 100),
  email text,
  annual_payment boolean not null default false,
  -- The E-Akte case that holds this household's dog tax papers (opened at the first notice).
  case_id uuid,
  file_reference text,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  unique (tenant_id, number)
);
create unique index dog_tax_households_citizen on dog_tax_households (tenant_id, citizen_id) where citizen_id is not null;
select enable_tenant_isolation('dog_tax_households');

create table dog_tax_dogs (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references dog_tax_households(id),
  -- The online registration it came from (absent for dogs registered at the counter or imported).
  application_id uuid,
  name text not null check (length(name) between 1 and 100),
  breed text not null check (length(breed) between 1 and 200),
  -- The LHundG NRW list the breed entry matched (§ 3 Abs. 2 or § 10 Abs. 1), as the clerk confirmed it.
  listed text check (listed in ('section3', 'section10')),
  dangerous boolean not null,
  sex text not null check (sex in ('female', 'male')),
  birth_date date not null,
  colour text not null check (length(colour) between 1 and 100),
  -- ISO 11784 transponder code: 15 digits.
  chip_number text check (chip_number ~ '^[0-9]{15}$'),
  kept_from date not null,
  arrival text not null check (arrival in ('taken-in', 'born', 'moved-in')),
  previous_municipality text,
  kept_until date,
  leave_reason text check (leave_reason in ('died', 'given-away', 'moved-away', 'lost')),
  new_keeper text check (length(new_keeper) <= 500),
  status text not null check (status in ('registered', 'deregistered')),
  tax_mark text,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  check ((status = 'deregistered') = (kept_until is not null)),
  check (kept_until is null or kept_until >= kept_from)
);
create index dog_tax_dogs_household on dog_tax_dogs (household_id, kept_from);
-- A chip identifies a dog: it cannot be kept in two households of the town at once.
create unique index dog_tax_dogs_chip on dog_tax_dogs (tenant_id, chip_number) where status = 'registered' and chip_number is not null;
create unique index dog_tax_dogs_mark on dog_tax_dogs (tenant_id, tax_mark) where tax_mark is not null;
create index dog_tax_dogs_breed on dog_tax_dogs (tenant_id, status, listed, breed);
select enable_tenant_isolation('dog_tax_dogs');

-- Tax marks handed out (Hundesteuermarken); a lost one is ended and a replacement issued.
create table dog_tax_marks (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  dog_id uuid not null references dog_tax_dogs(id),
  number text not null,
  issued_on date not null,
  ended_on date,
  end_reason text check (end_reason in ('lost', 'returned')),
  unique (tenant_id, number)
);
create index dog_tax_marks_dog on dog_tax_marks (dog_id, issued_on);
select enable_tenant_isolation('dog_tax_marks');

-- Exemptions and reductions: requested by the keeper (with evidence in the household's case), decided by
-- the treasury. Only granted ones count in the assessment.
create table dog_tax_reliefs (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  dog_id uuid not null references dog_tax_dogs(id),
  rule_id text not null,
  kind text not null check (kind in ('exemption', 'reduction')),
  percent integer not null check (percent between 0 and 100),
  reference text not null,
  valid_from date not null,
  valid_until date,
  status text not null check (status in ('requested', 'granted', 'refused')),
  reason text not null default '' check (length(reason) <= 2000),
  requested_at timestamptz(3) not null,
  decided_by uuid,
  decided_at timestamptz(3),
  check (valid_until is null or valid_until >= valid_from)
);
create index dog_tax_reliefs_dog on dog_tax_reliefs (dog_id, valid_from);
create index dog_tax_reliefs_requested on dog_tax_reliefs (tenant_id, requested_at) where status = 'requested';
select enable_tenant_isolation('dog_tax_reliefs');

-- SEPA direct-debit mandates; at most one active per household.
create table dog_tax_mandates (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references dog_tax_households(id),
  reference text not null check (length(reference) between 1 and 35),
  account_holder text not null check (length(account_holder) between 1 and 70),
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  signed_on date not null,
  revoked_on date,
  created_at timestamptz(3) not null,
  unique (tenant_id, reference)
);
create unique index dog_tax_mandates_active on dog_tax_mandates (tenant_id, household_id) where revoked_on is null;
select enable_tenant_isolation('dog_tax_mandates');

-- The annual run: notices for every taxable household for a year, as a background job.
create table dog_tax_runs (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  year integer not null check (year between 2000 and 2100),
  status text not null check (status in ('running', 'done', 'failed')),
  total integer not null default 0 check (total >= 0),
  done integer not null default 0 check (done >= 0),
  error text,
  started_by uuid not null,
  started_at timestamptz(3) not null,
  finished_at timestamptz(3)
);
create unique index dog_tax_runs_running on dog_tax_runs (tenant_id) where status = 'running';
create index dog_tax_runs_year on dog_tax_runs (tenant_id, year, started_at desc);
select enable_tenant_isolation('dog_tax_runs');

-- A notice (Steuerbescheid) of a household for a year. The newest one of a household and year is in force;
-- its installments are what is owed. A run makes at most one notice per household (unique run_id, household).
create table dog_tax_notices (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- Order of issue: the newest notice of a household and year is in force (timestamps can tie).
  seq bigint generated always as identity,
  household_id uuid not null references dog_tax_households(id),
  year integer not null check (year between 2000 and 2100),
  kind text not null check (kind in ('first', 'annual', 'change')),
  run_id uuid references dog_tax_runs(id),
  assessment jsonb not null,
  total_cents integer not null check (total_cents >= 0),
  document_id uuid not null,
  file_name text not null,
  delivery text not null check (delivery in ('postfach', 'print')),
  created_by uuid,
  created_at timestamptz(3) not null,
  unique (tenant_id, run_id, household_id)
);
create index dog_tax_notices_household on dog_tax_notices (household_id, year, seq desc);
create index dog_tax_notices_print on dog_tax_notices (tenant_id, created_at) where delivery = 'print';
select enable_tenant_isolation('dog_tax_notices');

create table dog_tax_installments (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references dog_tax_notices(id),
  household_id uuid not null,
  year integer not null,
  due_on date not null,
  amount_cents integer not null check (amount_cents > 0)
);
create index dog_tax_installments_notice on dog_tax_installments (notice_id, due_on);
create index dog_tax_installments_due on dog_tax_installments (tenant_id, due_on);
select enable_tenant_isolation('dog_tax_installments');

-- A direct-debit file (pain.008) for one collection date; its transactions are booked as payments.
create table dog_tax_collections (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  collection_date date not null,
  message_id text not null,
  transactions integer not null check (transactions > 0),
  sum_cents bigint not null check (sum_cents > 0),
  xml text not null,
  created_by uuid not null,
  created_at timestamptz(3) not null,
  unique (tenant_id, message_id)
);
select enable_tenant_isolation('dog_tax_collections');

-- Money received for a household's year (a transfer booked by the treasury, a direct debit) or returned
-- (a returned debit is a negative amount). The balance of a year = installments due − payments.
create table dog_tax_payments (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references dog_tax_households(id),
  year integer not null,
  amount_cents integer not null check (amount_cents <> 0),
  booked_on date not null,
  source text not null check (source in ('transfer', 'direct-debit', 'return')),
  collection_id uuid references dog_tax_collections(id),
  note text not null default '' check (length(note) <= 500),
  booked_by uuid,
  created_at timestamptz(3) not null
);
create index dog_tax_payments_household on dog_tax_payments (household_id, year);
select enable_tenant_isolation('dog_tax_payments');
