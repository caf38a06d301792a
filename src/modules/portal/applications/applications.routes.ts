// The applications part's routes: the citizen's side (form runner, "Meine Anträge"); the office side
// (department inbox, case view) joins here.
import type { RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { createCitizenApplicationRoutes } from './applications.citizen.routes.ts';
import { createDecideRoutes, createDecideSection } from './applications.decide.routes.ts';
import { createFilterRoutes } from './applications.filters.routes.ts';
import { createOfficeRoutes } from './applications.office.routes.ts';

export function createApplicationsRoutes(deps: PortalDeps): RouteDefinition[] {
  return [
    ...createCitizenApplicationRoutes(deps),
    ...createOfficeRoutes(deps, { section: createDecideSection(deps) }),
    ...createDecideRoutes(deps),
    ...createFilterRoutes(deps),
  ];
}
