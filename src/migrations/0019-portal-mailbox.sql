-- The citizen's Postfach (secure mailbox) of the online services: messages from the office (plain
-- messages, queries with a reply deadline, notices) and the citizen's replies, with their attachments
-- (content in the blob store). New messages are announced by e-mail without their content.
--
-- Notification by retrieval: an electronic administrative act made available for retrieval counts as
-- notified on the day after it was retrieved (§ 41 Abs. 2a Satz 3 VwVfG, likewise § 41 Abs. 2a VwVfG NRW);
-- under § 9 Abs. 1 OZG it counts as notified on the third day after being made available, and a
-- retrieval before a renewed notification keeps the day of the first retrieval decisive. So both dates
-- are kept: created_at (made available) and first_opened_at (first retrieval by the citizen), the latter
-- written once and never changed (trigger below).
--
-- References include tenant_id (see 0004: referential checks bypass row-level security). case_id and
-- application_id link to other modules' records by id only, without a foreign key (a module owns its tables).

create table portal_mailbox_messages (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  citizen_id uuid not null,
  direction text not null check (direction in ('to_citizen', 'from_citizen')),
  -- 'query': the office asks and expects an answer by reply_by; 'notice': a decision (Bescheid).
  kind text not null check (kind in ('message', 'query', 'notice')),
  subject text not null check (length(subject) between 1 and 200),
  body text not null check (length(body) <= 20000),
  reply_to_message_id uuid,
  -- The E-Akte case (records_cases.id) and the application the message belongs to.
  case_id uuid,
  application_id uuid,
  reply_by date,
  sent_by_staff_id uuid,
  created_at timestamptz(3) not null,
  first_opened_at timestamptz(3),
  first_opened_by uuid,
  -- A reply with a case: when it was handed to the E-Akte (null while not filed).
  filed_at timestamptz(3),
  unique (tenant_id, id),
  foreign key (tenant_id, citizen_id) references citizens (tenant_id, id),
  foreign key (tenant_id, reply_to_message_id) references portal_mailbox_messages (tenant_id, id),
  foreign key (tenant_id, sent_by_staff_id) references identity_staff (tenant_id, id),
  check (reply_by is null or kind = 'query'),
  -- A citizen writes plain messages, and nobody on the staff sends them.
  check (direction = 'to_citizen' or (kind = 'message' and sent_by_staff_id is null)),
  -- Only what the office sends is "received" by the citizen.
  check (first_opened_at is null or direction = 'to_citizen'),
  check ((first_opened_at is null) = (first_opened_by is null)),
  check (filed_at is null or direction = 'from_citizen')
);
-- The citizen's list: newest first, keyset on (created_at, id).
create index portal_mailbox_messages_citizen
  on portal_mailbox_messages (tenant_id, citizen_id, created_at desc, id desc);
create index portal_mailbox_messages_case
  on portal_mailbox_messages (tenant_id, case_id, created_at) where case_id is not null;
create index portal_mailbox_messages_application
  on portal_mailbox_messages (tenant_id, application_id, created_at) where application_id is not null;
create index portal_mailbox_messages_reply_to
  on portal_mailbox_messages (tenant_id, reply_to_message_id) where reply_to_message_id is not null;

create table portal_mailbox_attachments (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  message_id uuid not null,
  -- The order in which they were attached.
  position integer not null check (position >= 0),
  blob_sha256 text not null check (blob_sha256 ~ '^[0-9a-f]{64}$'),
  file_name text not null check (length(file_name) between 1 and 255),
  media_type text not null check (length(media_type) between 1 and 200),
  byte_size bigint not null check (byte_size >= 0),
  -- The records document this content is filed as (records_documents.id), when filed.
  document_id uuid,
  unique (tenant_id, id),
  unique (tenant_id, message_id, position),
  foreign key (tenant_id, message_id) references portal_mailbox_messages (tenant_id, id)
);

select enable_tenant_isolation('portal_mailbox_messages');
select enable_tenant_isolation('portal_mailbox_attachments');
-- What was delivered is evidence of delivery: no one deletes it through the application.
revoke delete on portal_mailbox_messages from rathaus_app;
revoke delete on portal_mailbox_attachments from rathaus_app;

-- A message never changes once sent. Only three facts are added later, each once: the first opening
-- (date of receipt), the filing of a reply in the E-Akte, and the document an attachment is filed as.
create function portal_mailbox_messages_guard() returns trigger
  language plpgsql
  as $$
begin
  if (new.tenant_id, new.id, new.citizen_id, new.direction, new.kind, new.subject, new.body,
      new.reply_to_message_id, new.case_id, new.application_id, new.reply_by, new.sent_by_staff_id,
      new.created_at)
     is distinct from
     (old.tenant_id, old.id, old.citizen_id, old.direction, old.kind, old.subject, old.body,
      old.reply_to_message_id, old.case_id, old.application_id, old.reply_by, old.sent_by_staff_id,
      old.created_at) then
    raise exception 'a mailbox message cannot be changed once sent';
  end if;
  if old.first_opened_at is not null
     and (new.first_opened_at, new.first_opened_by) is distinct from (old.first_opened_at, old.first_opened_by) then
    raise exception 'the first opening of a mailbox message is recorded once';
  end if;
  if old.filed_at is not null and new.filed_at is distinct from old.filed_at then
    raise exception 'the filing of a mailbox reply is recorded once';
  end if;
  return new;
end
$$;

create trigger portal_mailbox_messages_guard
  before update on portal_mailbox_messages
  for each row execute function portal_mailbox_messages_guard();

create function portal_mailbox_attachments_guard() returns trigger
  language plpgsql
  as $$
begin
  if (new.tenant_id, new.id, new.message_id, new.position, new.blob_sha256, new.file_name, new.media_type,
      new.byte_size)
     is distinct from
     (old.tenant_id, old.id, old.message_id, old.position, old.blob_sha256, old.file_name, old.media_type,
      old.byte_size)
     or (old.document_id is not null and new.document_id is distinct from old.document_id) then
    raise exception 'a mailbox attachment cannot be changed once sent';
  end if;
  return new;
end
$$;

create trigger portal_mailbox_attachments_guard
  before update on portal_mailbox_attachments
  for each row execute function portal_mailbox_attachments_guard();
