-- What a municipality's public site must say about itself: the legal notice (Impressum, § 5 DDG and
-- § 18 MStV), the privacy notice (Art. 13 DSGVO) and the accessibility statement (Erklärung zur
-- Barrierefreiheit, Art. 7 Richtlinie (EU) 2016/2102, § 12b BGG / BITV 2.0 and the state rules).
-- One row per municipality; every text is plain text (rendered escaped, paragraphs at blank lines).
create table portal_site_info (
  tenant_id uuid primary key references tenants(id),
  -- The authority as it signs: "Stadt Leichlingen (Rheinland) – Der Bürgermeister".
  authority text not null check (length(authority) between 1 and 300),
  street text not null check (length(street) between 1 and 200),
  postal_code text not null check (postal_code ~ '^[0-9]{5}$'),
  city text not null check (length(city) between 1 and 200),
  phone text not null check (length(phone) between 1 and 50),
  email text not null check (email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 320),
  -- Who represents the authority (Bürgermeister/in) and who is responsible for content (§ 18 Abs. 2 MStV).
  representative text not null check (length(representative) between 1 and 300),
  content_responsible text not null check (length(content_responsible) between 1 and 300),
  supervisory_authority text not null check (length(supervisory_authority) between 1 and 500),
  vat_id text check (vat_id ~ '^DE[0-9]{9}$'),
  -- Data protection officer (Art. 37 DSGVO): contact published, Art. 13 (1) b DSGVO.
  data_protection_officer text not null check (length(data_protection_officer) between 1 and 500),
  data_protection_authority text not null check (length(data_protection_authority) between 1 and 500),
  -- Accessibility statement: state of compliance, known barriers, feedback contact, enforcement body.
  accessibility_status text not null check (accessibility_status in ('full', 'partial', 'none')),
  accessibility_known_barriers text not null default '' check (length(accessibility_known_barriers) <= 5000),
  accessibility_contact text not null check (length(accessibility_contact) between 1 and 500),
  accessibility_enforcement text not null check (length(accessibility_enforcement) between 1 and 1000),
  accessibility_reviewed_on date not null,
  updated_at timestamptz(3) not null default now()
);

select enable_tenant_isolation('portal_site_info');
