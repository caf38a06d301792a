// The municipality's facts for its legal pages (migration 0016-portal-site.sql): read per request from
// the tenant's row, written by the seed (and later by an administration page).
import { sql, type Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';

export interface SiteInfo {
  authority: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  representative: string;
  contentResponsible: string;
  supervisoryAuthority: string;
  vatId: string | null;
  dataProtectionOfficer: string;
  dataProtectionAuthority: string;
  accessibilityStatus: 'full' | 'partial' | 'none';
  accessibilityKnownBarriers: string;
  accessibilityContact: string;
  accessibilityEnforcement: string;
  /** YYYY-MM-DD */
  accessibilityReviewedOn: string;
}

export interface PortalTables {
  portal_site_info: {
    tenant_id: string;
    authority: string;
    street: string;
    postal_code: string;
    city: string;
    phone: string;
    email: string;
    representative: string;
    content_responsible: string;
    supervisory_authority: string;
    vat_id: string | null;
    data_protection_officer: string;
    data_protection_authority: string;
    accessibility_status: SiteInfo['accessibilityStatus'];
    accessibility_known_barriers: string;
    accessibility_contact: string;
    accessibility_enforcement: string;
    accessibility_reviewed_on: string;
  };
}

export async function loadSiteInfo(db: Kysely<unknown>, tenantId: string): Promise<SiteInfo | undefined> {
  return withTenant(db, tenantId, (trx) => siteInfoIn(trx));
}

/** The same inside the caller's tenant transaction (PGlite has one connection: never open a second). */
export async function siteInfoIn(trx: TenantTransaction<unknown>): Promise<SiteInfo | undefined> {
  return (trx as unknown as TenantTransaction<PortalTables>)
    .selectFrom('portal_site_info')
    .select([
      'authority',
      'street',
      'postal_code as postalCode',
      'city',
      'phone',
      'email',
      'representative',
      'content_responsible as contentResponsible',
      'supervisory_authority as supervisoryAuthority',
      'vat_id as vatId',
      'data_protection_officer as dataProtectionOfficer',
      'data_protection_authority as dataProtectionAuthority',
      'accessibility_status as accessibilityStatus',
      'accessibility_known_barriers as accessibilityKnownBarriers',
      'accessibility_contact as accessibilityContact',
      'accessibility_enforcement as accessibilityEnforcement',
      sql<string>`accessibility_reviewed_on::text`.as('accessibilityReviewedOn'),
    ])
    .executeTakeFirst();
}

/** Writes the municipality's facts (insert or replace). */
export async function saveSiteInfo(trx: TenantTransaction<PortalTables>, info: SiteInfo): Promise<void> {
  const row = {
    tenant_id: sql<string>`app_tenant_id()`,
    authority: info.authority,
    street: info.street,
    postal_code: info.postalCode,
    city: info.city,
    phone: info.phone,
    email: info.email,
    representative: info.representative,
    content_responsible: info.contentResponsible,
    supervisory_authority: info.supervisoryAuthority,
    vat_id: info.vatId,
    data_protection_officer: info.dataProtectionOfficer,
    data_protection_authority: info.dataProtectionAuthority,
    accessibility_status: info.accessibilityStatus,
    accessibility_known_barriers: info.accessibilityKnownBarriers,
    accessibility_contact: info.accessibilityContact,
    accessibility_enforcement: info.accessibilityEnforcement,
    accessibility_reviewed_on: info.accessibilityReviewedOn,
  };
  const { tenant_id: _tenant, ...changes } = row;
  await trx
    .insertInto('portal_site_info')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('tenant_id').doUpdateSet({ ...changes, updated_at: sql`now()` } as never),
    )
    .execute();
}
