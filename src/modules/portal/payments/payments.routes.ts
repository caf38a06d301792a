// The portal's payments routes (filled in by its own change).
import type { RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';

export function createPaymentsRoutes(deps: PortalDeps): RouteDefinition[] {
  void deps;
  return [];
}
