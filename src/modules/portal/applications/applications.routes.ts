// The applications part's routes: the citizen's side (form runner, "Meine Anträge"); the office side
// (department inbox, case view) joins here.
import type { RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { createCitizenApplicationRoutes } from './applications.citizen.routes.ts';

export function createApplicationsRoutes(deps: PortalDeps): RouteDefinition[] {
  return [...createCitizenApplicationRoutes(deps)];
}
