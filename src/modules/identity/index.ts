export { createIdentity, type IdentityModule, type IdentityOptions } from './identity.module.ts';
export { seedIdentityDemo, DEMO_PASSWORD } from './identity.seed.ts';
export { StaffLayout } from './identity.pages.tsx';
export { loginPathFor, LOGIN_PATH } from './identity.return-to.ts';
export { productionPasswordCost, testPasswordCost, type PasswordCost } from './identity.passwords.ts';
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
