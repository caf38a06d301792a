-- Platform ground: tenants (municipalities) and row-level tenant isolation.
--
-- Every domain table carries tenant_id and is put under enable_tenant_isolation(): its rows are visible
-- and writable only inside withTenant(), which sets app.tenant_id and switches to the role rathaus_app
-- for one transaction. A query outside it sees no domain rows at all, so no code path can forget the tenant.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'rathaus_app') then
    create role rathaus_app nologin;
  end if;
exception when duplicate_object or unique_violation then
  null; -- another database on the same server created it at the same moment
end
$$;

-- The connecting user must be allowed to switch to the role (superusers always may).
do $$
begin
  execute format('grant rathaus_app to %I', current_user);
exception when others then
  null;
end
$$;

grant usage on schema public to rathaus_app;

create table tenants (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9-]{2,63}$'),
  name text not null,
  hosts text[] not null default '{}',
  created_at timestamptz not null default now()
);
grant select on tenants to rathaus_app;

create function app_tenant_id() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create function enable_tenant_isolation(target regclass) returns void
  language plpgsql
  as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  execute format(
    'create policy tenant_isolation on %s using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())',
    target
  );
  execute format('grant select, insert, update, delete on %s to rathaus_app', target);
end
$$;

-- Installation-wide settings, e.g. the generated application secret shared by all server processes.
create table platform_settings (
  key text primary key,
  value text not null,
  updated_at timestamptz not null default now()
);
