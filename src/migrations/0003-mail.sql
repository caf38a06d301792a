-- Mail outbox: every e-mail is first a row here, written in the same transaction as the domain change
-- that caused it, and sent by the job `mail.send`. Without SMTP the row is only "captured" and shown on
-- the development mail page. Like jobs, a platform table with a tenant_id under the platform policies
-- (0002): domain code may add and read its own municipality's mails, the platform handles all of them.

create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid references tenants(id),
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'captured')),
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  message_id text,
  -- Millisecond precision: the keyset cursor of the mail page round-trips through a JavaScript Date.
  created_at timestamptz(3) not null default now(),
  sent_at timestamptz(3),
  -- CR/LF would let a value end its header and start new ones; the mailer refuses them, this makes sure.
  check (to_address !~ '[\r\n]' and subject !~ '[\r\n]')
);

-- The mail page: newest first, paged by keyset.
create index mail_outbox_created on mail_outbox (created_at desc, id desc);

select enable_platform_tenant_policies('mail_outbox');
