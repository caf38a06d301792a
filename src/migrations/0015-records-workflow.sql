-- E-Akte workflow: resubmissions (Wiedervorlagen) and routings of a document version for co-signing
-- and sign-off (Geschäftsgang: Mitzeichnung, Zeichnung). Builds on 0012; every reference includes
-- tenant_id (referential checks bypass row-level security). Times that decide something (due lists,
-- who acted when) are written from the application's clock, so the rules can be tested with a fixed one.

-- A case returns to one person's desk on a day. Kept after it is done: the rows and the audit trail show
-- who was reminded of what and when it was dealt with.
create table records_resubmissions (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  -- For whom: the case appears on this person's desk (and their substitute's) from due_on on.
  staff_id uuid not null,
  -- A calendar day in the municipality's time (Europe/Berlin).
  due_on date not null,
  note text check (length(note) <= 1000),
  created_at timestamptz(3) not null,
  created_by uuid not null,
  done_at timestamptz(3),
  done_by uuid,
  -- Set when a substitute marked it done for the absent person it was meant for.
  done_on_behalf_of uuid,
  unique (tenant_id, id),
  foreign key (tenant_id, case_id) references records_cases (tenant_id, id),
  foreign key (tenant_id, staff_id) references identity_staff (tenant_id, id),
  foreign key (tenant_id, created_by) references identity_staff (tenant_id, id),
  foreign key (tenant_id, done_by) references identity_staff (tenant_id, id),
  foreign key (tenant_id, done_on_behalf_of) references identity_staff (tenant_id, id),
  check ((done_at is null) = (done_by is null)),
  check (done_on_behalf_of is null or done_by is not null)
);
-- "My resubmissions", due first: the open ones of a person by day.
create index records_resubmissions_open on records_resubmissions (tenant_id, staff_id, due_on, id)
  where done_at is null;
create index records_resubmissions_case on records_resubmissions (tenant_id, case_id);

-- One pass of one document version along an ordered chain of people or departments.
create table records_routings (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null,
  -- The version being co-signed; the final sign-off freezes exactly this one, and refuses when the
  -- document has a newer version by then.
  version integer not null,
  status text not null default 'running' check (status in ('running', 'returned', 'signed', 'cancelled')),
  initiated_by uuid not null,
  initiated_on_behalf_of uuid,
  created_at timestamptz(3) not null,
  ended_at timestamptz(3),
  ended_by uuid,
  unique (tenant_id, id),
  foreign key (tenant_id, document_id, version)
    references records_document_versions (tenant_id, document_id, version),
  foreign key (tenant_id, initiated_by) references identity_staff (tenant_id, id),
  foreign key (tenant_id, initiated_on_behalf_of) references identity_staff (tenant_id, id),
  foreign key (tenant_id, ended_by) references identity_staff (tenant_id, id),
  check ((status = 'running') = (ended_at is null)),
  check ((ended_at is null) = (ended_by is null))
);
-- At most one running routing per document: two at once would race to freeze different versions.
create unique index records_routings_one_running on records_routings (tenant_id, document_id)
  where status = 'running';
create index records_routings_document on records_routings (tenant_id, document_id, created_at desc);
create index records_routings_initiator on records_routings (tenant_id, initiated_by, created_at desc);

-- The steps of a routing in order. Each is addressed to one person or to one department (any clerk or
-- head of that department may act). Exactly one step, the last, is the sign-off (Zeichnung); the use
-- case builds the chain that way, the unique index below keeps a second sign-off out.
create table records_routing_steps (
  tenant_id uuid not null references tenants(id),
  routing_id uuid not null,
  position integer not null check (position between 1 and 50),
  kind text not null check (kind in ('co_sign', 'sign_off')),
  staff_id uuid,
  department_id uuid,
  -- waiting: not reached yet; current: it is this step's turn; done: co-signed or signed off;
  -- returned: sent back with a comment (the routing ended); cancelled: the initiator stopped the routing.
  status text not null default 'waiting' check (status in ('waiting', 'current', 'done', 'returned', 'cancelled')),
  -- When the step became current: "waiting since" and the order of the inbox.
  activated_at timestamptz(3),
  acted_by uuid,
  -- The absent person a substitute (Vertretung) acted for.
  acted_on_behalf_of uuid,
  comment text check (length(comment) <= 2000),
  acted_at timestamptz(3),
  primary key (tenant_id, routing_id, position),
  foreign key (tenant_id, routing_id) references records_routings (tenant_id, id),
  foreign key (tenant_id, staff_id) references identity_staff (tenant_id, id),
  foreign key (tenant_id, department_id) references identity_departments (tenant_id, id),
  foreign key (tenant_id, acted_by) references identity_staff (tenant_id, id),
  foreign key (tenant_id, acted_on_behalf_of) references identity_staff (tenant_id, id),
  check ((staff_id is null) <> (department_id is null)),
  check ((status in ('done', 'returned')) = (acted_by is not null)),
  check ((acted_by is null) = (acted_at is null)),
  check (acted_on_behalf_of is null or acted_by is not null),
  check (status = 'waiting' or activated_at is not null)
);
create unique index records_routing_steps_one_sign_off on records_routing_steps (tenant_id, routing_id)
  where kind = 'sign_off';
create unique index records_routing_steps_one_current on records_routing_steps (tenant_id, routing_id)
  where status = 'current';
-- "Waiting for me" and "waiting for my department".
create index records_routing_steps_current_staff on records_routing_steps (tenant_id, staff_id, activated_at)
  where status = 'current';
create index records_routing_steps_current_department on records_routing_steps (tenant_id, department_id, activated_at)
  where status = 'current';

select enable_tenant_isolation('records_resubmissions');
select enable_tenant_isolation('records_routings');
select enable_tenant_isolation('records_routing_steps');
