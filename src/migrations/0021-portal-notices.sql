-- Notice templates (Bescheidvorlagen) of the online services: per service, what a notice says when a
-- clerk decides an application (approval, partial approval, rejection, other). Administrators edit them;
-- the decide action fills one with the case's data and files the notice as PDF/A.
--
-- The texts are plain text with placeholders ({{antragsteller.name}}, {{angaben.licencePlate}}, ...),
-- checked when saved (notices.placeholders.ts): no code, no markup; the PDF writer escapes whatever text
-- ends up in the document.
create table portal_notice_templates (
  tenant_id uuid not null references tenants(id),
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null,
  kind text not null check (kind in ('approval', 'partial', 'rejection', 'other')),
  -- How the clerk picks it, e.g. "Bewilligung"; one name once per service.
  name text not null check (length(name) between 1 and 100),
  -- The heading of the notice (Betreff), with placeholders.
  subject text not null check (length(subject) between 1 and 300),
  -- Paragraphs at blank lines; a line starting with "- " is a list item.
  body text not null check (length(body) between 1 and 20000),
  -- Rechtsbehelfsbelehrung (§ 58 VwGO); empty only for a letter that is no administrative act.
  legal_remedy text not null default '' check (length(legal_remedy) <= 5000),
  -- An inactive template is kept (notices made from it refer to it) but not offered any more.
  active boolean not null default true,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  -- The staff member who saved it last; null for the demo seed.
  updated_by uuid,
  unique (tenant_id, id),
  unique (tenant_id, service_id, name),
  foreign key (tenant_id, service_id) references portal_services (tenant_id, id)
);

select enable_tenant_isolation('portal_notice_templates');
