export { createAuthorize } from './authorize.ts';
export { accessErrors } from './access.errors.ts';
export {
  apiScopes,
  hasPermission,
  isApiScope,
  permissions,
  type ApiScope,
  type Permission,
} from './access.policies.ts';
export type { Actor, ApiClientActor, StaffActor, StaffRole } from './access.types.ts';
