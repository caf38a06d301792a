-- E-Akte core: file plan (Aktenplan), files (Akten), cases (Vorgänge), documents with immutable versions.
-- Structure follows the Organisationskonzept elektronische Verwaltungsarbeit: plan node → file → case →
-- document → version. Every reference includes tenant_id (see 0004: referential checks bypass RLS).
--
-- Confidentiality (who may read), from least to most restricted:
--   'open'         every staff member of the municipality
--   'internal'     the responsible department (any role), records managers — the default
--   'confidential' heads of the responsible department, the responsible person, records managers

-- Trigram matching (typos, prefixes) and accent folding for search; both are trusted extensions, so the
-- database owner may create them without superuser rights. PGlite loads them from its contrib bundle.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table records_plan_nodes (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  parent_id uuid,
  -- The full code of the subject group as it appears in file references, e.g. "32.11.05".
  code text not null check (code ~ '^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$' and length(code) <= 40),
  title text not null check (length(title) between 1 and 300),
  description text check (length(description) <= 2000),
  -- Defaults for files created under this node; null = take the parent's.
  retention_years integer check (retention_years between 0 and 200),
  -- What happens when the retention period ends (Aussonderung): destroy, offer to the archive, or decide.
  disposal text check (disposal in ('destroy', 'archive', 'review')),
  confidentiality text check (confidentiality in ('open', 'internal', 'confidential')),
  -- A node no longer used for new files is closed, not deleted: old files keep pointing at it.
  active boolean not null default true,
  created_at timestamptz(3) not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, parent_id) references records_plan_nodes (tenant_id, id),
  check (parent_id <> id)
);
create index records_plan_nodes_parent on records_plan_nodes (tenant_id, parent_id);

-- The running number of file references per plan node and year ("-0012/2026"), taken under a row lock.
create table records_reference_counters (
  tenant_id uuid not null references tenants(id),
  plan_node_id uuid not null,
  year integer not null check (year between 1900 and 9999),
  last_number integer not null check (last_number >= 0),
  primary key (tenant_id, plan_node_id, year),
  foreign key (tenant_id, plan_node_id) references records_plan_nodes (tenant_id, id)
);

create table records_files (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  plan_node_id uuid not null,
  -- Aktenzeichen, generated from the municipality's pattern, e.g. "32.11.05-0012/2026". Never reused.
  reference text not null check (length(reference) between 1 and 100),
  title text not null check (length(title) between 1 and 300),
  department_id uuid not null,
  -- The person mainly in charge (federführend); may be null for department-wide files.
  responsible_staff_id uuid,
  confidentiality text not null default 'internal' check (confidentiality in ('open', 'internal', 'confidential')),
  status text not null default 'open' check (status in ('open', 'closed')),
  retention_years integer not null check (retention_years between 0 and 200),
  disposal text not null check (disposal in ('destroy', 'archive', 'review')),
  created_at timestamptz(3) not null default now(),
  created_by uuid,
  closed_at timestamptz(3),
  -- Retention runs from the end of the year in which the file was closed (common practice, e.g. § 7 RegR NRW).
  retention_until date,
  -- Optimistic concurrency: an edit names the version it read.
  row_version integer not null default 1,
  unique (tenant_id, id),
  unique (tenant_id, reference),
  foreign key (tenant_id, plan_node_id) references records_plan_nodes (tenant_id, id),
  foreign key (tenant_id, department_id) references identity_departments (tenant_id, id),
  foreign key (tenant_id, responsible_staff_id) references identity_staff (tenant_id, id),
  check ((status = 'closed') = (closed_at is not null))
);
-- Server-side paging: newest first, keyset on (created_at, id), per department.
create index records_files_department on records_files (tenant_id, department_id, created_at desc, id desc);
create index records_files_plan on records_files (tenant_id, plan_node_id, created_at desc, id desc);
-- The unfiltered list ("all files I may see", newest first) walks this one and filters by visibility.
create index records_files_recent on records_files (tenant_id, created_at desc, id desc);
create index records_files_title_trgm on records_files using gin (title gin_trgm_ops);
create index records_files_reference_trgm on records_files using gin (reference gin_trgm_ops);

-- Related files (Bezugsakten), stored once per pair with the smaller id first.
create table records_file_links (
  tenant_id uuid not null references tenants(id),
  file_id uuid not null,
  other_file_id uuid not null,
  created_at timestamptz(3) not null default now(),
  created_by uuid,
  primary key (tenant_id, file_id, other_file_id),
  foreign key (tenant_id, file_id) references records_files (tenant_id, id),
  foreign key (tenant_id, other_file_id) references records_files (tenant_id, id),
  check (file_id < other_file_id)
);
create index records_file_links_other on records_file_links (tenant_id, other_file_id);

create table records_cases (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  file_id uuid not null,
  -- Running number within the file at creation; the case keeps it when moved (its reference is shown
  -- with the current file's reference).
  number integer not null check (number > 0),
  title text not null check (length(title) between 1 and 300),
  status text not null default 'open' check (status in ('open', 'closed')),
  -- Denormalised from the file for list queries and visibility checks; kept in step on move.
  department_id uuid not null,
  responsible_staff_id uuid,
  created_at timestamptz(3) not null default now(),
  created_by uuid,
  closed_at timestamptz(3),
  row_version integer not null default 1,
  unique (tenant_id, id),
  foreign key (tenant_id, file_id) references records_files (tenant_id, id),
  foreign key (tenant_id, department_id) references identity_departments (tenant_id, id),
  foreign key (tenant_id, responsible_staff_id) references identity_staff (tenant_id, id),
  check ((status = 'closed') = (closed_at is not null))
);
create index records_cases_file on records_cases (tenant_id, file_id, created_at desc, id desc);
create index records_cases_department on records_cases (tenant_id, department_id, created_at desc, id desc);
create index records_cases_recent on records_cases (tenant_id, created_at desc, id desc);
create index records_cases_responsible on records_cases (tenant_id, responsible_staff_id, created_at desc, id desc)
  where status = 'open';

-- The next case number of a file.
create table records_case_counters (
  tenant_id uuid not null references tenants(id),
  file_id uuid not null,
  last_number integer not null check (last_number >= 0),
  primary key (tenant_id, file_id),
  foreign key (tenant_id, file_id) references records_files (tenant_id, id)
);

create table records_documents (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  title text not null check (length(title) between 1 and 300),
  -- e.g. 'letter', 'application', 'notice', 'note', 'invoice', 'minutes', 'other' (list in the module).
  document_type text not null check (document_type ~ '^[a-z_]{1,40}$'),
  direction text not null default 'internal' check (direction in ('incoming', 'outgoing', 'internal')),
  received_on date,
  sent_on date,
  sender text check (length(sender) <= 300),
  tags text[] not null default '{}' check (cardinality(tags) <= 30),
  current_version integer not null default 1 check (current_version > 0),
  created_at timestamptz(3) not null default now(),
  created_by uuid,
  row_version integer not null default 1,
  unique (tenant_id, id),
  foreign key (tenant_id, case_id) references records_cases (tenant_id, id)
);
create index records_documents_case on records_documents (tenant_id, case_id, created_at, id);

-- Versions are immutable: content never changes, a change is a new version. Only the text status and
-- the OCR rendition are filled in later by the background job, and `frozen_at` by the final sign-off.
create table records_document_versions (
  tenant_id uuid not null references tenants(id),
  document_id uuid not null,
  version integer not null check (version > 0),
  -- Content address in the blob store (SHA-256 hex): the same content uploaded twice is one blob.
  content_sha256 text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
  byte_size bigint not null check (byte_size > 0),
  -- Detected from the content, never taken from the name.
  media_type text not null check (length(media_type) <= 100),
  -- The name as uploaded, cleaned: no path separators or control characters.
  file_name text not null check (length(file_name) between 1 and 255 and file_name !~ '[/\\[:cntrl:]]'),
  created_at timestamptz(3) not null default now(),
  created_by uuid,
  -- none: no text expected (e.g. a spreadsheet); extracted: text layer read; ocr_pending/ocr_running:
  -- waiting for or in OCR; ocr_done; ocr_failed: the document stays usable, marked.
  text_status text not null default 'pending' check (
    text_status in ('pending', 'none', 'extracted', 'ocr_pending', 'ocr_running', 'ocr_done', 'ocr_failed')),
  text_error text check (length(text_error) <= 1000),
  -- Searchable PDF/A made by OCR, as a rendition beside the original.
  rendition_sha256 text check (rendition_sha256 ~ '^[0-9a-f]{64}$'),
  page_count integer check (page_count >= 0),
  -- Set by the final sign-off (Zeichnung): this version is the signed one.
  frozen_at timestamptz(3),
  primary key (tenant_id, document_id, version),
  foreign key (tenant_id, document_id) references records_documents (tenant_id, id)
);
create index records_document_versions_content on records_document_versions (tenant_id, content_sha256);

-- The text of a version, for search: its PDF text layer, or the OCR result. One row per version that has
-- text; the search index (0014) is kept in step with it by triggers.
create table records_document_texts (
  tenant_id uuid not null references tenants(id),
  document_id uuid not null,
  version integer not null,
  source text not null check (source in ('text_layer', 'ocr', 'plain')),
  -- Capped by the extractor (a few MB of text); longer bodies are cut, never refused.
  body text not null,
  extracted_at timestamptz(3) not null default now(),
  primary key (tenant_id, document_id, version),
  foreign key (tenant_id, document_id, version) references records_document_versions (tenant_id, document_id, version)
);

select enable_tenant_isolation('records_plan_nodes');
select enable_tenant_isolation('records_reference_counters');
select enable_tenant_isolation('records_files');
select enable_tenant_isolation('records_file_links');
select enable_tenant_isolation('records_cases');
select enable_tenant_isolation('records_case_counters');
select enable_tenant_isolation('records_documents');
select enable_tenant_isolation('records_document_versions');
select enable_tenant_isolation('records_document_texts');

-- Searching files by a part of their title or reference ("Gaststätte", "0012/2026"). Under the tenant policy
-- PostgreSQL evaluates a non-leakproof condition such as ILIKE only after the policy, so the trigram
-- indexes above could never be used and every search would read all of a town's files. The file list
-- therefore searches through this view, owned by the role rathaus_search, for which a second select policy
-- admits all rows; the view filters the municipality itself (app_tenant_id() is null outside withTenant,
-- so the view is empty there). The same arrangement as the document search (0014). Where the roles cannot
-- be set up (no CREATEROLE), the view stays with the migration's owner: same results, without the index.
create view records_files_search_view as
  select tenant_id, id, plan_node_id, reference, title, department_id, responsible_staff_id, confidentiality,
    status, created_at
  from records_files where tenant_id = app_tenant_id();
grant select on records_files_search_view to rathaus_app;

-- Hands a tenant-filtering view to the role rathaus_search, whose own select policy on the base table lets
-- the view's text conditions use the base table's indexes. The connecting account acts as that role only
-- for this step (granted and revoked again), so it never sees other municipalities' rows through the
-- policy. Used for file titles here and for the document search (0014).
create function records_hand_view_to_search_role(view_name regclass, base_table regclass, policy_name text)
  returns void language plpgsql as $fn$
declare
  is_superuser boolean := (select rolsuper from pg_roles where rolname = current_user);
begin
  begin
    if not exists (select 1 from pg_roles where rolname = 'rathaus_search') then
      create role rathaus_search nologin;
    end if;
  exception when duplicate_object or unique_violation then
    null; -- another database on the same server created it at the same moment
  end;
  execute format('grant select on %s to rathaus_search', base_table);
  execute format('create policy %I on %s for select to rathaus_search using (true)', policy_name, base_table);
  if not is_superuser then
    execute format('grant rathaus_search to %I', current_user);
    grant create on schema public to rathaus_search;
  end if;
  execute format('alter view %s owner to rathaus_search', view_name);
  if not is_superuser then
    revoke create on schema public from rathaus_search;
    execute format('revoke rathaus_search from %I', current_user);
  end if;
exception when insufficient_privilege or undefined_object then
  raise notice '%: role rathaus_search not set up (%); searching works without the index', view_name, sqlerrm;
end
$fn$;

select records_hand_view_to_search_role(
  'records_files_search_view', 'records_files', 'records_files_search_view_owner');
