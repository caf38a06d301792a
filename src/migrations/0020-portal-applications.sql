-- Applications of the online services (Anträge): drafts a signed-in citizen resumes, the files uploaded
-- into a draft, and the submitted applications with their status and the E-Akte case they became.
--
-- A draft is one per citizen and service. Its id is the idempotency key of the submission: the unique
-- draft_id of portal_applications makes a double click or a retried POST one application, one case.

create table portal_application_drafts (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  citizen_id uuid not null,
  service_id uuid not null,
  form_key text not null check (form_key ~ '^[a-z][a-z0-9-]{0,79}$'),
  form_version integer not null check (form_version > 0),
  -- Typed values of the visible fields only (the forms engine drops hidden ones).
  answers jsonb not null default '{}'::jsonb,
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  unique (tenant_id, citizen_id, service_id)
);
select enable_tenant_isolation('portal_application_drafts');

-- Content is in the blob store; the row keeps what the E-Akte needs to file it later without
-- inspecting the bytes again (type sniffed from the content, text layer, pages).
create table portal_application_files (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  draft_id uuid not null references portal_application_drafts(id) on delete cascade,
  field text not null check (length(field) between 1 and 200),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  file_name text not null check (length(file_name) between 1 and 255),
  media_type text not null,
  byte_size bigint not null check (byte_size > 0),
  page_count integer,
  text_status text not null check (text_status in ('none', 'extracted', 'ocr_pending')),
  text_body text,
  created_at timestamptz(3) not null
);
create index portal_application_files_draft on portal_application_files (draft_id, created_at);
select enable_tenant_isolation('portal_application_files');

create sequence portal_application_numbers;
grant usage on sequence portal_application_numbers to rathaus_app;

create table portal_applications (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- What the citizen quotes on the phone: "A-2026-000123".
  reference text not null,
  draft_id uuid not null,
  citizen_id uuid not null,
  service_id uuid not null,
  service_name text not null,
  form_key text not null,
  form_version integer not null,
  answers jsonb not null,
  status text not null default 'submitted'
    check (status in ('submitted', 'in_progress', 'query', 'decided', 'closed')),
  department_id uuid not null,
  case_id uuid not null,
  file_reference text not null,
  fee_cents integer not null default 0 check (fee_cents >= 0),
  -- Who works it now (a claim), so two clerks do not work the same application.
  claimed_by uuid,
  claimed_at timestamptz(3),
  submitted_at timestamptz(3) not null,
  updated_at timestamptz(3) not null,
  unique (tenant_id, draft_id),
  unique (tenant_id, reference)
);
-- The department inbox, newest first with keyset on (submitted_at, id): the default view (everything not yet
-- decided) has its own partial index, so a page is read in index order without sorting the department's rows;
-- one status, or all of them, use the other two.
create index portal_applications_open on portal_applications (tenant_id, department_id, submitted_at desc, id desc)
  where status in ('submitted', 'in_progress', 'query');
-- A head of department's inbox spans several departments: newest first over the town, filtered by department.
create index portal_applications_open_newest on portal_applications (tenant_id, submitted_at desc, id desc)
  where status in ('submitted', 'in_progress', 'query');
create index portal_applications_inbox on portal_applications (tenant_id, department_id, status, submitted_at desc, id desc);
create index portal_applications_department on portal_applications (tenant_id, department_id, submitted_at desc, id desc);
create index portal_applications_citizen on portal_applications (tenant_id, citizen_id, submitted_at desc);
select enable_tenant_isolation('portal_applications');

-- Notes of the office on an application (internal; never shown to the citizen).
create table portal_application_notes (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references portal_applications(id),
  staff_id uuid not null,
  body text not null check (length(body) between 1 and 5000),
  created_at timestamptz(3) not null
);
create index portal_application_notes_application on portal_application_notes (application_id, created_at);
select enable_tenant_isolation('portal_application_notes');

-- A person's saved inbox filters ("Meine offenen Anträge im Bürgerbüro"): a name and the filter's query.
create table portal_saved_inbox_filters (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null,
  name text not null check (length(name) between 1 and 80),
  query text not null check (length(query) <= 500),
  created_at timestamptz(3) not null,
  unique (tenant_id, staff_id, name)
);
select enable_tenant_isolation('portal_saved_inbox_filters');
