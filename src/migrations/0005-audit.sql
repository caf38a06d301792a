-- Audit trail: append-only and hash-chained per municipality.
--
-- Each entry carries its number within the municipality's chain (seq 1, 2, 3, …), the hash of the entry
-- before it (prev_hash; 64 zeros for the first) and its own hash: SHA-256 over a canonical serialisation
-- of its fields and prev_hash (modules/audit/audit.hash.ts). A changed, removed or inserted entry breaks
-- the chain, and `rathaus audit verify` names the first entry where it breaks.
--
-- The database refuses UPDATE, DELETE and TRUNCATE: the application role only gets SELECT and INSERT, and
-- a trigger raises for everybody, the owner and superusers included. (A superuser can still disable the
-- trigger; that is what the hash chain is for.)

create table audit_entries (
  tenant_id uuid not null references tenants(id),
  seq bigint not null check (seq >= 1),
  id uuid not null primary key,
  -- Written from the application's clock with millisecond precision, so the hash can be recomputed.
  occurred_at timestamptz(3) not null,
  actor_type text not null check (actor_type in ('staff', 'citizen', 'system', 'api_client', 'anonymous')),
  actor_id text check (length(actor_id) <= 200),
  -- The person a substitute (Vertretung) or a system acted for.
  on_behalf_of text check (length(on_behalf_of) <= 200),
  action text not null check (action ~ '^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_]*)+$'),
  object_type text not null check (length(object_type) between 1 and 100),
  object_id text check (length(object_id) <= 200),
  summary jsonb not null default '{}',
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  unique (tenant_id, seq),
  check (actor_type in ('system', 'anonymous') or actor_id is not null)
);
create index audit_entries_object on audit_entries (tenant_id, object_type, object_id);

select enable_tenant_isolation('audit_entries');
revoke update, delete, truncate on audit_entries from rathaus_app;

create function audit_entries_refuse_change() returns trigger
  language plpgsql
  as $$
begin
  raise exception 'audit_entries is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entries_append_only
  before update or delete or truncate on audit_entries
  for each statement execute function audit_entries_refuse_change();
