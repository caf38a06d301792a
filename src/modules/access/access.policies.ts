// Which roles hold which permission. Read this file to know who may do what.
import type { Actor, StaffRole } from './access.types.ts';

const allStaff: StaffRole[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];

export const permissions = {
  /** Enter the staff area at all. */
  'staff.area': allStaff,
  /** See the platform's operations pages: failed jobs, outgoing mail. */
  'platform.operate': ['admin'],
} satisfies Record<string, StaffRole[]>;

export type Permission = keyof typeof permissions;

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(permissions, name);
}

/** Whether the actor holds the permission through any of their roles (in any department). */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  const allowed: readonly StaffRole[] = permissions[permission];
  return actor.roles.some((grant) => allowed.includes(grant.role));
}
