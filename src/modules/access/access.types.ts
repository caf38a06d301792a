// Who is acting. Identity establishes it; access decides what it may do.
export type StaffRole =
  'clerk' | 'head_of_department' | 'records_manager' | 'treasury' | 'council_office' | 'admin';

export interface StaffActor {
  kind: 'staff';
  id: string;
  tenantId: string;
  displayName: string;
  roles: { role: StaffRole; departmentId: string }[];
  /** People this one stands in for today (Vertretung): their roles count too, recorded as "on behalf of". */
  actingFor?: { staffId: string; displayName: string; roles: { role: StaffRole; departmentId: string }[] }[];
}

/** Another system calling the JSON API with a bearer token. It holds scopes, never staff roles. */
export interface ApiClientActor {
  kind: 'api_client';
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
}

/** How sure we are who a citizen is: local accounts are 'basic'; BundID/eID sets the eIDAS levels above. */
export type TrustLevel = 'basic' | 'substantial' | 'high';

/** A person signed in to the citizen portal (Bürgerkonto). Never holds staff roles or API scopes. */
export interface CitizenActor {
  kind: 'citizen';
  id: string;
  tenantId: string;
  displayName: string;
  trustLevel: TrustLevel;
  /** Set when the person acts for a business (Unternehmenskonto, later). */
  businessId?: string;
}

export type Actor = StaffActor | ApiClientActor | CitizenActor;
