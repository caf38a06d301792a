// Every HTTP route of the citizen account (Bürgerkonto) and the business accounts, all under /konto,
// all forms without JavaScript. Each concern has its own file; this is their table of contents.
import type { RouteDefinition } from '../../platform/http/route.ts';
import { createAccountRoutes } from './citizens.account.routes.ts';
import { createCompaniesRoutes } from './citizens.companies.routes.ts';
import type { CitizenRoutesOptions } from './citizens.http.ts';
import { createLoginRoutes } from './citizens.login.routes.ts';
import { createMembersRoutes } from './citizens.members.routes.ts';
import { createCitizenOidcRoutes } from './citizens.oidc.routes.ts';
import { createRegistrationRoutes } from './citizens.registration.routes.ts';

export { CITIZEN_SESSION_COOKIE, type CitizenRoutesOptions } from './citizens.http.ts';

export function createCitizenRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  return [
    ...createRegistrationRoutes(options),
    ...createLoginRoutes(options),
    ...createCitizenOidcRoutes(options),
    ...createAccountRoutes(options),
    ...createCompaniesRoutes(options),
    ...createMembersRoutes(options),
  ];
}
