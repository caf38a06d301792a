-- The service catalogue (Leistungskatalog) of the citizens' portal: every service of the municipality
-- with its facts (department, fees, documents, legal basis, LeiKa key) and how far it is online.
-- Read by the public pages /leistungen and, through catalogue.index.ts, by the applications part.

-- The text as indexed: name (A) before summary and keywords (B) before the description (C), with the
-- German configuration of the records search (0014: stop words, unaccent, Snowball stemmer) after the
-- same fold of "ae/oe/ue" spellings, so "Hunde" finds "Hund anmelden" and "Gebuehr" finds "Gebühr".
create function portal_services_search_vector(
  name text, summary text, keywords text[], description text
) returns tsvector
  language sql immutable parallel safe
  return setweight(to_tsvector('records_german', records_search_fold(coalesce(name, ''))), 'A')
    || setweight(to_tsvector('records_german',
         records_search_fold(concat_ws(' ', summary, array_to_string(keywords, ' ')))), 'B')
    || setweight(to_tsvector('records_german', records_search_fold(coalesce(description, ''))), 'C');

create table portal_services (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  -- The service's address in the portal: /leistungen/<slug>. "digital" is the page of online services.
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80 and slug <> 'digital'),
  -- Leistungsschlüssel of the FIM Leistungskatalog (LeiKa): 14 digits, catalogue 99 for federal/state
  -- services. Null where the municipality has not assigned one.
  leika_key text check (leika_key ~ '^[0-9]{14}$'),
  name text not null check (length(name) between 1 and 200),
  name_en text check (length(name_en) between 1 and 200),
  summary text not null check (length(summary) between 1 and 500),
  summary_en text check (length(summary_en) between 1 and 500),
  description text not null default '' check (length(description) <= 10000),
  description_en text check (length(description_en) <= 10000),
  -- The responsible department; its name is kept here as shown to citizens (the identity module owns
  -- the organisation chart and has no directory function for other modules yet).
  department_id uuid not null,
  department_name text not null check (length(department_name) between 1 and 200),
  -- [{ "label": "Ausstellung", "amountCents": 3070, "note": "je Jahr" }], in the order shown.
  fees jsonb not null default '[]' check (jsonb_typeof(fees) = 'array'),
  required_documents text[] not null default '{}',
  legal_basis text not null default '' check (length(legal_basis) <= 2000),
  -- How far the service is digital: information only (apply in person or on paper), online
  -- application (submitted online, the rest on paper or in person), fully digital (notice online too).
  online_level text not null default 'information' check (online_level in ('information', 'application', 'digital')),
  -- The code key of the online form definition; with online = true the service can be applied for.
  form_key text check (form_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(form_key) <= 80),
  -- An administrator takes a service's online access down temporarily (a broken form, a change in law).
  online boolean not null default true,
  keywords text[] not null default '{}',
  search_vector tsvector not null
    generated always as (portal_services_search_vector(name, summary, keywords, description)) stored,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, slug),
  foreign key (tenant_id, department_id) references identity_departments (tenant_id, id)
);
-- The catalogue is small (a few hundred services per town) and read under row-level security, where a
-- GIN index could not be used anyway (see ARCHITECTURE.md, "Row-level security and text indexes"):
-- searches scan the town's rows, which takes well under a millisecond at this size.
create index portal_services_department on portal_services (tenant_id, department_id);

select enable_tenant_isolation('portal_services');
