export { createIdentity, type IdentityModule, type IdentityOptions } from './identity.module.ts';
export { seedIdentityDemo, DEMO_PASSWORD } from './identity.seed.ts';
export { StaffLayout } from './identity.pages.tsx';
export { StaffPage } from './identity.staff-page.tsx';
export { loginPathFor, LOGIN_PATH } from './identity.return-to.ts';
export {
  createPasswords,
  productionPasswordCost,
  testPasswordCost,
  type PasswordCost,
  type Passwords,
} from './identity.passwords.ts';
export {
  defaultSessionPolicy,
  isSessionDueForTouch,
  isSessionExpired,
  isWellFormedSessionToken,
  newSessionToken,
  sessionIdFor,
  type SessionPolicy,
} from './identity.sessions.ts';
export { safeReturnTo } from './identity.return-to.ts';
export { oidcConfig, parseRoleMapping, type OidcRoleMapping } from './identity.oidc.config.ts';
export type { OidcSettings } from './identity.oidc.routes.ts';
export { OidcLoginButton, OIDC_START_PATH } from './identity.oidc.pages.tsx';
export { API_CLIENTS_PATH } from './api-clients.pages.tsx';
export type { ApiClientTables } from './api-clients.repository.ts';
export {
  apiTokenHash,
  bearerTokenOf,
  createApiClient,
  listApiClients,
  newApiToken,
  resolveApiClient,
  revokeApiClient,
} from './api-clients.usecases.ts';
export {
  findDepartments,
  staffNames,
  staffOfDepartment,
  type DirectoryDepartment,
} from './identity.directory.ts';
