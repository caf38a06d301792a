-- OpenID Connect: which account at an identity provider (Keycloak, AD FS, Entra ID, …) belongs to which
-- staff member. The pair (issuer, subject) is the provider's stable identifier of a person; the e-mail
-- address can change, so it is only used once, to find an existing account, and then the link decides.

create table identity_oidc_links (
  tenant_id uuid not null references tenants(id),
  staff_id uuid not null,
  issuer text not null check (length(issuer) between 1 and 500),
  subject text not null check (length(subject) between 1 and 255),
  created_at timestamptz(3) not null default now(),
  last_login_at timestamptz(3),
  primary key (tenant_id, issuer, subject),
  foreign key (tenant_id, staff_id) references identity_staff (tenant_id, id) on delete cascade
);
create index identity_oidc_links_staff on identity_oidc_links (tenant_id, staff_id);

select enable_tenant_isolation('identity_oidc_links');
