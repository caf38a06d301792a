// Who is acting. Identity establishes it; access decides what it may do.
export type StaffRole =
  'clerk' | 'head_of_department' | 'records_manager' | 'treasury' | 'council_office' | 'admin';

export interface StaffActor {
  kind: 'staff';
  id: string;
  tenantId: string;
  displayName: string;
  roles: { role: StaffRole; departmentId: string }[];
}

/** Another system calling the JSON API with a bearer token. It holds scopes, never staff roles. */
export interface ApiClientActor {
  kind: 'api_client';
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
}

export type Actor = StaffActor | ApiClientActor;
