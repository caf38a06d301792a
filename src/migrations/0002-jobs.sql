-- Durable job queue: background work (mail, OCR, exports, …) as rows, claimed with FOR UPDATE SKIP LOCKED.
--
-- jobs is a platform table: the workers read and write it across all municipalities. It still carries
-- tenant_id (so a job knows its municipality) and therefore falls under the rule that every table with a
-- tenant_id is under forced row-level security (tenant-scope.test.ts). enable_platform_tenant_policies()
-- gives such tables two policies:
--   tenant_isolation  inside withTenant() (role rathaus_app) a municipality sees and adds only its own rows,
--                     so domain code can enqueue atomically with its writes, but never for another tenant;
--   platform_access   platform code, running as any other role, sees and changes every row.
-- rathaus_app may only select and insert: claiming, finishing and retrying are platform operations.

create function enable_platform_tenant_policies(target regclass) returns void
  language plpgsql
  as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  execute format(
    'create policy tenant_isolation on %s using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())',
    target
  );
  execute format('create policy platform_access on %s using (current_user <> ''rathaus_app'')', target);
  execute format('grant select, insert on %s to rathaus_app', target);
end
$$;

create table jobs (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind ~ '^[a-z][a-z0-9_.-]{0,99}$'),
  payload jsonb not null,
  tenant_id uuid references tenants(id),
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null check (max_attempts between 1 and 100),
  -- Times are written from the application's clock with millisecond precision, so that a keyset cursor
  -- that went through a JavaScript Date finds its row again.
  run_at timestamptz(3) not null,
  locked_by text,
  locked_until timestamptz(3),
  last_error text,
  progress_done integer check (progress_done >= 0),
  progress_total integer check (progress_total >= 0),
  idempotency_key text check (length(idempotency_key) between 1 and 200),
  created_at timestamptz(3) not null default now(),
  finished_at timestamptz(3),
  check ((status = 'running') = (locked_until is not null))
);

-- Enqueueing twice with the same key yields the one job.
create unique index jobs_idempotency on jobs (kind, idempotency_key) where idempotency_key is not null;
-- The claim query: due queued jobs, and running jobs whose lease ran out (their worker died).
create index jobs_due on jobs (run_at, created_at) where status = 'queued';
create index jobs_lease on jobs (locked_until) where status = 'running';
-- The admins' dead-letter list, newest failure first, paged by keyset.
create index jobs_failed on jobs (finished_at desc, id desc) where status = 'failed';

select enable_platform_tenant_policies('jobs');
