// The dog tax module: the treasury's and the citizen's routes. Its online service (the registration form)
// is handed to the portal by app.ts; its job (the annual run) is defined in openPlatform.
import type { RouteDefinition } from '../../platform/http/route.ts';
import { createDogTaxCitizenRoutes } from './dogtax.citizen.routes.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { createDogTaxOfficeRoutes } from './dogtax.office.routes.ts';

export interface DogTaxModule {
  routes: RouteDefinition[];
}

export function createDogTax(deps: DogTaxDeps): DogTaxModule {
  return { routes: [...createDogTaxOfficeRoutes(deps), ...createDogTaxCitizenRoutes(deps)] };
}
