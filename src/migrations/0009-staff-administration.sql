-- Staff administration: substitutes (Vertretung) and an index for paging through the people list.
--
-- A substitute acts with the absent person's roles too, from from_date to until_date inclusive (calendar
-- days in the municipality's time, Europe/Berlin). Rows are kept after the range ends: together with the
-- audit trail's on_behalf_of they show who could act for whom and when.

create table identity_substitutes (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  absent_staff_id uuid not null,
  substitute_staff_id uuid not null,
  from_date date not null,
  until_date date not null,
  -- Who named the substitute: the absent person or an administrator.
  created_by uuid not null,
  created_at timestamptz(3) not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, absent_staff_id) references identity_staff (tenant_id, id),
  foreign key (tenant_id, substitute_staff_id) references identity_staff (tenant_id, id),
  foreign key (tenant_id, created_by) references identity_staff (tenant_id, id),
  check (until_date >= from_date),
  check (absent_staff_id <> substitute_staff_id)
);
-- resolveActor asks on every staff request: "for whom does this person stand in today?"
create index identity_substitutes_substitute on identity_substitutes (tenant_id, substitute_staff_id, until_date);
create index identity_substitutes_absent on identity_substitutes (tenant_id, absent_staff_id, until_date);

select enable_tenant_isolation('identity_substitutes');

-- Keyset paging of the people list: newest first by (created_at, id).
create index identity_staff_created on identity_staff (tenant_id, created_at desc, id desc);
