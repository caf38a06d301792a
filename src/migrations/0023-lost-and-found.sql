-- Fundbüro (lost and found, BGB §§ 965–984): found items with their photos, loss reports, the matches the
-- matcher suggests between them, owners' claims, and the office's settings. The rules (reward, periods,
-- fee) are code (modules/lost-and-found/lostfound.rules.ts, lostfound.fees.ts); the rows keep the facts.

-- Where the Fundbüro files its items (E-Akte: plan code and department) and whom it tells about matches.
create table lost_found_settings (
  tenant_id uuid primary key references tenants(id),
  department_id uuid not null,
  plan_code text not null check (length(plan_code) between 1 and 50),
  -- The office's mailbox that hears of new matches, claims and online find reports (none: pages only).
  notify_email text check (notify_email is null or length(notify_email) between 3 and 254),
  contact text not null check (length(contact) between 1 and 300),
  updated_at timestamptz(3) not null
);
select enable_tenant_isolation('lost_found_settings');

create sequence lost_found_item_numbers;
grant usage on sequence lost_found_item_numbers to rathaus_app;
create sequence lost_found_report_numbers;
grant usage on sequence lost_found_report_numbers to rathaus_app;

-- A found item. status: reported (a finder's online report, not yet in the register) → in_custody (handed
-- in) | kept_by_finder (reported, the finder keeps it) → returned (to the owner) | handed_to_finder (§ 973)
-- | municipal (§ 976, or a § 978 find after notice) → auctioned | donated | destroyed.
create table lost_found_items (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- Quoted by owners and finders, e.g. "FU-000123".
  number text not null check (number ~ '^FU-[0-9]{6,}$'),
  status text not null check (status in ('reported', 'in_custody', 'kept_by_finder', 'returned',
    'handed_to_finder', 'municipal', 'auctioned', 'donated', 'destroyed')),
  source text not null check (source in ('counter', 'online')),
  category text not null check (category ~ '^[a-z_]{2,30}$'),
  -- Shown publicly: staff write it without names, document or serial numbers.
  description text not null check (length(description) between 1 and 1000),
  -- Distinguishing features for matching and for checking a claim; never shown publicly.
  features text not null default '' check (length(features) <= 2000),
  colour text not null default '' check (length(colour) <= 100),
  brand text not null default '' check (length(brand) <= 100),
  serial_number text not null default '' check (length(serial_number) <= 100),
  found_on date not null,
  found_place text not null check (length(found_place) between 1 and 300),
  found_district text not null default '' check (length(found_district) <= 100),
  value_cents bigint not null check (value_cents between 0 and 100000000000),
  storage_place text not null default '' check (length(storage_place) <= 200),
  finder_name text not null default '' check (length(finder_name) <= 200),
  finder_contact text not null default '' check (length(finder_contact) <= 300),
  -- ownership: claims ownership (§ 973) and the reward (§ 971); reward: the reward only, waives ownership
  -- (§ 976 Abs. 1: the right passes to the municipality); waive: neither.
  finder_choice text not null check (finder_choice in ('ownership', 'reward', 'waive')),
  -- § 978: found in the premises or vehicles of an authority or public transport.
  public_find boolean not null default false,
  photos_public boolean not null default false,
  -- The day the find was reported to the Fundbehörde (§ 973 Abs. 1: the six months run from here).
  reported_on date,
  case_id uuid,
  file_reference text,
  -- Handover to the owner: how ownership was proved, what was charged.
  handed_over_on date,
  owner_name text check (length(owner_name) <= 200),
  proof_method text check (proof_method in ('description', 'serial_number', 'receipt', 'key_test', 'id_document', 'other')),
  proof_details text check (length(proof_details) <= 2000),
  fee_cents bigint check (fee_cents >= 0),
  reward_cents bigint check (reward_cents >= 0),
  reward_note text check (length(reward_note) <= 300),
  closed_on date,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  unique (tenant_id, number),
  check (found_on <= created_at::date + 1),
  check ((status = 'returned') = (handed_over_on is not null))
);
create index lost_found_items_status on lost_found_items (tenant_id, status, category, found_on);
select enable_tenant_isolation('lost_found_items');

-- Photos of an item: each is also a document in the item's E-Akte case (which keeps the blob referenced).
create table lost_found_photos (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references lost_found_items(id),
  document_id uuid not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text not null check (media_type like 'image/%'),
  file_name text not null check (length(file_name) between 1 and 255),
  position integer not null check (position >= 0),
  unique (item_id, position)
);
select enable_tenant_isolation('lost_found_photos');

-- A loss report (Verlustanzeige), by a signed-in citizen or with an e-mail address. It is matched at once
-- against the items in custody and, until open_until (six months), against every newly registered item.
create table lost_found_reports (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  number text not null check (number ~ '^VA-[0-9]{6,}$'),
  citizen_id uuid,
  name text not null check (length(name) between 1 and 200),
  email text not null check (length(email) between 3 and 254),
  -- The reporter's link to the report (the token is mailed, only its SHA-256 is kept).
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  category text not null check (category ~ '^[a-z_]{2,30}$'),
  description text not null check (length(description) between 1 and 2000),
  colour text not null default '' check (length(colour) <= 100),
  brand text not null default '' check (length(brand) <= 100),
  serial_number text not null default '' check (length(serial_number) <= 100),
  lost_from date not null,
  lost_to date not null,
  place text not null default '' check (length(place) <= 300),
  district text not null default '' check (length(district) <= 100),
  status text not null check (status in ('open', 'resolved', 'withdrawn')),
  open_until date not null,
  created_at timestamptz(3) not null,
  unique (tenant_id, number),
  check (lost_from <= lost_to)
);
create index lost_found_reports_open on lost_found_reports (tenant_id, category, lost_to) where status = 'open';
select enable_tenant_isolation('lost_found_reports');

-- A match the matcher suggested; staff confirm or dismiss it. The citizen's link to it carries a token
-- of its own (only the hash is kept), so a mail never exposes the report's link.
create table lost_found_matches (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references lost_found_items(id),
  report_id uuid not null references lost_found_reports(id),
  score real not null check (score between 0 and 1),
  reasons jsonb not null,
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  status text not null check (status in ('suggested', 'confirmed', 'dismissed')),
  created_at timestamptz(3) not null,
  decided_at timestamptz(3),
  decided_by uuid,
  unique (item_id, report_id)
);
create index lost_found_matches_status on lost_found_matches (tenant_id, status, created_at);
select enable_tenant_isolation('lost_found_matches');

-- An owner's claim to an item: who, how to reach them, and what they say proves it is theirs.
create table lost_found_claims (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references lost_found_items(id),
  report_id uuid references lost_found_reports(id),
  citizen_id uuid,
  name text not null check (length(name) between 1 and 200),
  email text not null check (length(email) between 3 and 254),
  statement text not null check (length(statement) between 1 and 2000),
  status text not null check (status in ('open', 'accepted', 'rejected')),
  created_at timestamptz(3) not null,
  decided_at timestamptz(3)
);
create index lost_found_claims_item on lost_found_claims (item_id, created_at);
select enable_tenant_isolation('lost_found_claims');
