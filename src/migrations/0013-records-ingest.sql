-- Document ingest: bookkeeping that keeps the blob store free of content no record points at.
--
-- An upload is streamed to the blob store first (its key is the SHA-256 of its bytes), then one
-- transaction inserts the document/version rows and the audit entry. If that transaction fails, or the
-- process dies in between, the blob stays behind without a reference. Blobs are content addressed and
-- may be shared (the same scan uploaded twice, in two towns, or later by another module), so "delete it
-- again" is only safe when nobody references it. Two tables make that decidable:
--
--   records_blob_claims  a claim is committed BEFORE the blob is written and deleted in the transaction
--                        that records the reference; a claim older than the upload grace period marks a
--                        blob whose upload never committed (a crash, a failed transaction).
--   records_blob_refs    every blob a document version references (content and OCR rendition), across all
--                        municipalities, kept by a trigger on records_document_versions, so the sweep can
--                        see a reference from another town that row-level security would hide from it.
--
-- Both are platform tables in the sense of 0002 (enable_platform_tenant_policies): inside withTenant a
-- municipality sees and adds only its own rows; the sweep, running as platform code, sees all.

create table records_blob_claims (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants(id),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  claimed_at timestamptz(3) not null default now()
);
create index records_blob_claims_sha on records_blob_claims (sha256);
create index records_blob_claims_age on records_blob_claims (claimed_at);
select enable_platform_tenant_policies('records_blob_claims');
-- The transaction that records the reference removes its own claim (the policy limits it to its town).
grant delete on records_blob_claims to rathaus_app;

create table records_blob_refs (
  tenant_id uuid not null references tenants(id),
  document_id uuid not null,
  version integer not null,
  kind text not null check (kind in ('content', 'rendition')),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  primary key (tenant_id, document_id, version, kind)
);
create index records_blob_refs_sha on records_blob_refs (sha256);
select enable_platform_tenant_policies('records_blob_refs');

-- Runs as the migration's owner (security definer), so it may write refs whatever role inserted the
-- version; the search path is pinned so a caller cannot slip in its own tables.
create function records_blob_refs_sync() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public
  as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from records_blob_refs
      where tenant_id = old.tenant_id and document_id = old.document_id and version = old.version;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into records_blob_refs (tenant_id, document_id, version, kind, sha256)
      values (new.tenant_id, new.document_id, new.version, 'content', new.content_sha256);
    if new.rendition_sha256 is not null then
      insert into records_blob_refs (tenant_id, document_id, version, kind, sha256)
        values (new.tenant_id, new.document_id, new.version, 'rendition', new.rendition_sha256);
    end if;
  end if;
  return null;
end
$$;

create trigger records_blob_refs_sync
  after insert or delete or update of content_sha256, rendition_sha256 on records_document_versions
  for each row execute function records_blob_refs_sync();
