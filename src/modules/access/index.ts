export { createAuthorize } from './authorize.ts';
export { accessErrors } from './access.errors.ts';
export { hasPermission, permissions, type Permission } from './access.policies.ts';
export type { Actor, StaffActor, StaffRole } from './access.types.ts';
