export { createAuthorize } from './authorize.ts';
export { accessErrors } from './access.errors.ts';
export {
  apiScopes,
  hasPermission,
  isApiScope,
  onBehalfOf,
  permissions,
  requireTrustLevel,
  type ApiScope,
  type Permission,
} from './access.policies.ts';
export type {
  Actor,
  ApiClientActor,
  CitizenActor,
  StaffActor,
  StaffRole,
  TrustLevel,
} from './access.types.ts';
