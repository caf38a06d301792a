-- Full-text search over the E-Akte: one denormalised row per document (metadata, the file's visibility
-- facts, and two tsvectors), kept in step by triggers on the 0012 tables, so no other part of the module
-- has to call the search. German stemming, umlaut/ß spellings, and a per-municipality word list for
-- correcting typos into real words (pg_trgm). Queries: records.search.repository.ts.

-- German text search: stop words first (so "für"/"fuer" drop out), then accents folded (unaccent: é→e,
-- ä→a, ß→ss), then the Snowball stemmer ("Hunde" → "hund", "Anträge" → "antrag").
create text search dictionary records_german_stopwords (template = simple, stopwords = german, accept = false);
create text search configuration records_german (copy = german);
alter text search configuration records_german
  alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
  with records_german_stopwords, unaccent, german_stem;

-- The spellings without umlauts ("Mueller", "Koeln", "Gebuehr") become the umlaut forms before the text
-- reaches the configuration above, so they meet "Müller", "Köln", "Gebühr" (the Snowball "german2" rule).
-- Not for "ue" after a vowel or q: "Feuer", "Steuer", "Quelle" stay. Applied to indexed text and to every
-- query word alike; a word it folds wrongly ("Michael") is folded the same way on both sides.
-- Lower-casing umlauts needs a UTF-8 ctype (C.UTF-8, de_DE.UTF-8), as text search itself does.
create function records_search_fold(value text) returns text
  language sql immutable strict parallel safe
  return regexp_replace(
    regexp_replace(regexp_replace(lower(value), '(?<![aeiouyäöüq])ue', 'ü', 'g'), 'ae', 'ä', 'g'),
    'oe', 'ö', 'g');

-- The body as indexed. Capped at 500,000 characters (about 150 pages): a tsvector has a hard limit of
-- 1 MB, and a text the ingest stores must never fail to index.
create function records_search_text_vector(body text) returns tsvector
  language sql immutable parallel safe
  return to_tsvector('records_german', records_search_fold(left(coalesce(body, ''), 500000)));

-- Title (A) before sender, tags and file reference (B) before the case's and file's titles (C).
create function records_search_meta_vector(
  title text, sender text, tags text[], file_reference text, case_title text, file_title text
) returns tsvector
  language sql immutable parallel safe
  return setweight(to_tsvector('records_german', records_search_fold(coalesce(title, ''))), 'A')
    || setweight(to_tsvector('records_german',
         records_search_fold(concat_ws(' ', sender, array_to_string(tags, ' '), file_reference))), 'B')
    || setweight(to_tsvector('records_german', records_search_fold(concat_ws(' ', case_title, file_title))), 'C');

-- The date a document is listed under: received, else sent, else filed (in the town's time zone).
create function records_search_document_date(received_on date, sent_on date, created_at timestamptz)
  returns date
  language sql immutable parallel safe
  return coalesce(received_on, sent_on, (created_at at time zone 'Europe/Berlin')::date);

create table records_search_entries (
  tenant_id uuid not null references tenants(id),
  document_id uuid not null,
  case_id uuid not null,
  file_id uuid not null,
  -- The file's visibility facts (records.policies.ts visibleWhere runs on these columns).
  department_id uuid not null,
  confidentiality text not null,
  responsible_staff_id uuid,
  plan_node_id uuid not null,
  file_status text not null,
  case_status text not null,
  document_type text not null,
  document_date date not null,
  title text not null,
  sender text,
  tags text[] not null,
  file_reference text not null,
  file_title text not null,
  case_number integer not null,
  case_title text not null,
  -- The version whose text is in text_vector; the text itself stays in records_document_texts.
  current_version integer not null,
  meta_vector tsvector not null,
  text_vector tsvector not null default ''::tsvector,
  primary key (tenant_id, document_id),
  foreign key (tenant_id, document_id) references records_documents (tenant_id, id) on delete cascade
);
-- What a search matches: metadata and text together (exact for plain and prefix queries, so a match never
-- reads the toasted text vector).
create index records_search_entries_match on records_search_entries using gin ((meta_vector || text_vector));
-- Hits are listed newest first (keyset on date, id); the search combines these with the GIN index as
-- bitmaps (a date window, a department filter), lists without words walk them in order.
create index records_search_entries_date on records_search_entries (tenant_id, document_date desc, document_id desc);
create index records_search_entries_department
  on records_search_entries (tenant_id, department_id, document_date desc, document_id desc);
create index records_search_entries_case on records_search_entries (tenant_id, case_id);
create index records_search_entries_file on records_search_entries (tenant_id, file_id);

-- Every indexed word (lexeme) of the municipality, once: a query word that is in no document is replaced
-- by its nearest neighbours here (trigram distance), e.g. "bauantarg" → "bauantrag"; byte order ("C") so a
-- prefix is a range scan on the key. Words are only added;
-- one whose documents are gone just finds nothing.
create table records_search_words (
  tenant_id uuid not null references tenants(id),
  word text collate "C" not null check (word ~ '^[a-z]{3,40}$'),
  primary key (tenant_id, word)
);
create index records_search_words_trgm on records_search_words using gist (word gist_trgm_ops);

select enable_tenant_isolation('records_search_entries');
select enable_tenant_isolation('records_search_words');

-- Row-level security and GIN: under the tenant policy, PostgreSQL evaluates a non-leakproof condition
-- such as `tsvector @@ tsquery` only after the policy, so it can never be an index condition and every
-- search would read all rows. The search therefore reads through this view: it is owned by the role
-- rathaus_search, for which a second select policy admits all rows, and filters the municipality itself
-- (app_tenant_id() is null outside withTenant, so the view is empty there). Not a security_barrier view,
-- for the same reason. Where the roles cannot be set up (no CREATEROLE), the view stays with the
-- migration's owner: results are the same, only without the index.
create view records_search_view as
  select * from records_search_entries where tenant_id = app_tenant_id();
grant select on records_search_view to rathaus_app;

select records_hand_view_to_search_role(
  'records_search_view', 'records_search_entries', 'records_search_view_owner');

-- Adds the words of the given vectors to the word list. In word order, so two transactions adding the
-- same new words wait for each other instead of deadlocking.
create function records_search_remember_words(tenant uuid, vectors tsvector[]) returns void
  language sql
  begin atomic
    insert into records_search_words (tenant_id, word)
    select distinct tenant, word
    from unnest(vectors) as vector, unnest(tsvector_to_array(vector)) as word
    where word ~ '^[a-z]{3,40}$'
    order by word
    on conflict do nothing;
  end;

-- Triggers. Statement-level with transition tables, so a bulk insert (an import, the benchmark's
-- generator) costs one set-based statement, not one per row. They run with the rights of whoever changes
-- the records (rathaus_app inside withTenant), so row-level security applies to them as well.

create function records_search_documents_inserted() returns trigger
  language plpgsql
  as $$
begin
  insert into records_search_entries (
    tenant_id, document_id, case_id, file_id, department_id, confidentiality, responsible_staff_id,
    plan_node_id, file_status, case_status, document_type, document_date, title, sender, tags,
    file_reference, file_title, case_number, case_title, current_version, meta_vector)
  select d.tenant_id, d.id, c.id, f.id, f.department_id, f.confidentiality, f.responsible_staff_id,
    f.plan_node_id, f.status, c.status, d.document_type,
    records_search_document_date(d.received_on, d.sent_on, d.created_at), d.title, d.sender, d.tags,
    f.reference, f.title, c.number, c.title, d.current_version,
    records_search_meta_vector(d.title, d.sender, d.tags, f.reference, c.title, f.title)
  from new_documents d
  join records_cases c on c.tenant_id = d.tenant_id and c.id = d.case_id
  join records_files f on f.tenant_id = c.tenant_id and f.id = c.file_id;
  perform records_search_remember_words(d.tenant_id, array_agg(e.meta_vector))
  from new_documents d
  join records_search_entries e on e.tenant_id = d.tenant_id and e.document_id = d.id
  group by d.tenant_id;
  return null;
end
$$;
create trigger records_search_documents_inserted after insert on records_documents
  referencing new table as new_documents
  for each statement execute function records_search_documents_inserted();

-- Metadata edits, moves to another case, a new current version (its text, if already extracted).
create function records_search_documents_updated() returns trigger
  language plpgsql
  as $$
begin
  update records_search_entries e set
    case_id = c.id, file_id = f.id, department_id = f.department_id, confidentiality = f.confidentiality,
    responsible_staff_id = f.responsible_staff_id, plan_node_id = f.plan_node_id, file_status = f.status,
    case_status = c.status, document_type = d.document_type,
    document_date = records_search_document_date(d.received_on, d.sent_on, d.created_at),
    title = d.title, sender = d.sender, tags = d.tags, file_reference = f.reference, file_title = f.title,
    case_number = c.number, case_title = c.title, current_version = d.current_version,
    meta_vector = records_search_meta_vector(d.title, d.sender, d.tags, f.reference, c.title, f.title),
    text_vector = case when e.current_version = d.current_version then e.text_vector
                       else coalesce(records_search_text_vector(t.body), ''::tsvector) end
  from new_documents d
  join records_cases c on c.tenant_id = d.tenant_id and c.id = d.case_id
  join records_files f on f.tenant_id = c.tenant_id and f.id = c.file_id
  left join records_document_texts t
    on t.tenant_id = d.tenant_id and t.document_id = d.id and t.version = d.current_version
  where e.tenant_id = d.tenant_id and e.document_id = d.id;
  perform records_search_remember_words(d.tenant_id, array_agg(e.meta_vector || e.text_vector))
  from new_documents d
  join old_documents o on o.tenant_id = d.tenant_id and o.id = d.id
  join records_search_entries e on e.tenant_id = d.tenant_id and e.document_id = d.id
  where (o.title, o.sender, o.tags, o.current_version) is distinct from (d.title, d.sender, d.tags, d.current_version)
  group by d.tenant_id;
  return null;
end
$$;
create trigger records_search_documents_updated after update on records_documents
  referencing old table as old_documents new table as new_documents
  for each statement execute function records_search_documents_updated();

-- A version's text arrives (text layer or OCR), is replaced or removed; only the current version's counts.
create function records_search_texts_changed() returns trigger
  language plpgsql
  as $$
begin
  if tg_op = 'DELETE' then
    update records_search_entries e set text_vector = ''::tsvector
    from old_texts t
    where e.tenant_id = t.tenant_id and e.document_id = t.document_id and e.current_version = t.version;
    return null;
  end if;
  update records_search_entries e set text_vector = records_search_text_vector(t.body)
  from new_texts t
  where e.tenant_id = t.tenant_id and e.document_id = t.document_id and e.current_version = t.version;
  perform records_search_remember_words(t.tenant_id, array_agg(e.text_vector))
  from new_texts t
  join records_search_entries e
    on e.tenant_id = t.tenant_id and e.document_id = t.document_id and e.current_version = t.version
  group by t.tenant_id;
  return null;
end
$$;
create trigger records_search_texts_inserted after insert on records_document_texts
  referencing new table as new_texts
  for each statement execute function records_search_texts_changed();
create trigger records_search_texts_updated after update on records_document_texts
  referencing new table as new_texts
  for each statement execute function records_search_texts_changed();
create trigger records_search_texts_deleted after delete on records_document_texts
  referencing old table as old_texts
  for each statement execute function records_search_texts_changed();

-- A case renamed, closed or reopened, or moved to another file (which may change department and
-- visibility): all its documents follow.
create function records_search_cases_updated() returns trigger
  language plpgsql
  as $$
begin
  update records_search_entries e set
    file_id = f.id, department_id = f.department_id, confidentiality = f.confidentiality,
    responsible_staff_id = f.responsible_staff_id, plan_node_id = f.plan_node_id, file_status = f.status,
    case_status = c.status, file_reference = f.reference, file_title = f.title, case_number = c.number,
    case_title = c.title,
    meta_vector = records_search_meta_vector(e.title, e.sender, e.tags, f.reference, c.title, f.title)
  from new_cases c
  join old_cases o on o.tenant_id = c.tenant_id and o.id = c.id
  join records_files f on f.tenant_id = c.tenant_id and f.id = c.file_id
  where e.tenant_id = c.tenant_id and e.case_id = c.id
    and (o.file_id, o.number, o.title, o.status) is distinct from (c.file_id, c.number, c.title, c.status);
  return null;
end
$$;
create trigger records_search_cases_updated after update on records_cases
  referencing old table as old_cases new table as new_cases
  for each statement execute function records_search_cases_updated();

-- A file's department, confidentiality, responsible person, plan node, status, reference or title change.
create function records_search_files_updated() returns trigger
  language plpgsql
  as $$
begin
  update records_search_entries e set
    department_id = f.department_id, confidentiality = f.confidentiality,
    responsible_staff_id = f.responsible_staff_id, plan_node_id = f.plan_node_id, file_status = f.status,
    file_reference = f.reference, file_title = f.title,
    meta_vector = records_search_meta_vector(e.title, e.sender, e.tags, f.reference, e.case_title, f.title)
  from new_files f
  join old_files o on o.tenant_id = f.tenant_id and o.id = f.id
  where e.tenant_id = f.tenant_id and e.file_id = f.id
    and (o.department_id, o.confidentiality, o.responsible_staff_id, o.plan_node_id, o.status, o.reference, o.title)
      is distinct from
        (f.department_id, f.confidentiality, f.responsible_staff_id, f.plan_node_id, f.status, f.reference, f.title);
  return null;
end
$$;
create trigger records_search_files_updated after update on records_files
  referencing old table as old_files new table as new_files
  for each statement execute function records_search_files_updated();
