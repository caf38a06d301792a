-- API clients (service accounts): other systems of the municipality call the JSON API with a bearer
-- token. The token is shown once when the client is created; only its SHA-256 is stored, so a copy of
-- this table (a backup, a read replica) holds nothing that could be replayed. The prefix lets an
-- administrator recognise a token without seeing it.

create table identity_api_clients (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  -- Which permissions the client holds; the names and what they grant are in access.policies.ts.
  scopes text[] not null default '{}',
  token_prefix text not null check (length(token_prefix) = 8),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  -- The administrator who created it; kept even if that person is deactivated later.
  created_by uuid not null,
  created_at timestamptz(3) not null,
  -- Written at most once a minute per client, so busy clients don't write on every request.
  last_used_at timestamptz(3),
  -- Revoked instead of deleted: the list shows it, and audit entries keep pointing at it.
  revoked_at timestamptz(3),
  unique (tenant_id, id),
  foreign key (tenant_id, created_by) references identity_staff (tenant_id, id)
);
create index identity_api_clients_list on identity_api_clients (tenant_id, created_at desc);

select enable_tenant_isolation('identity_api_clients');
