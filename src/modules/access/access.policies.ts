// Who may do what. Read this file to know it: staff get permissions through their roles, API clients
// through their scopes. A permission lists both explicitly; an empty `scopes` means people only.
import type { Actor, StaffRole } from './access.types.ts';

const allStaff: StaffRole[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];

/** The scopes an administrator can give an API client. */
export const apiScopes = ['operations.read'] as const;
export type ApiScope = (typeof apiScopes)[number];

export function isApiScope(name: string): name is ApiScope {
  return (apiScopes as readonly string[]).includes(name);
}

interface PermissionRule {
  roles: readonly StaffRole[];
  /** 'any': every API client, whatever its scopes. */
  scopes: readonly ApiScope[] | 'any';
}

export const permissions = {
  /** Enter the staff area at all. Pages for people: no API client reaches them. */
  'staff.area': { roles: allStaff, scopes: [] },
  /** See the platform's operations pages: failed jobs, outgoing mail. */
  'platform.operate': { roles: ['admin'], scopes: [] },
  /** Read operations data as JSON (the machine counterpart of the pages above; API to come). */
  'operations.read': { roles: ['admin'], scopes: ['operations.read'] },
  /** Create and revoke API clients and their tokens. */
  'identity.manage_api_clients': { roles: ['admin'], scopes: [] },
  /** Ask who one is (GET /api/v1/me): anyone signed in, any API client. */
  'api.me': { roles: allStaff, scopes: 'any' },
} satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof permissions;

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(permissions, name);
}

/** Staff: through any of their roles (in any department). API clients: through any of their scopes. */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  const rule: PermissionRule = permissions[permission];
  if (actor.kind === 'staff') return actor.roles.some((grant) => rule.roles.includes(grant.role));
  if (rule.scopes === 'any') return true;
  const granted = rule.scopes;
  return actor.scopes.some((scope) => isApiScope(scope) && granted.includes(scope));
}
