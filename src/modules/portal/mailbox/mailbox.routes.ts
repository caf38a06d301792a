// The portal's mailbox routes (filled in by its own change).
import type { RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';

export function createMailboxRoutes(deps: PortalDeps): RouteDefinition[] {
  void deps;
  return [];
}
