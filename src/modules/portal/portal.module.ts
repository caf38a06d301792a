// The citizens' portal: start and legal pages, service catalogue, payments, Postfach and applications.
import type { RouteDefinition } from '../../platform/http/route.ts';
import { createReplyFiler } from './applications/applications.replies.ts';
import { createApplicationsRoutes } from './applications/applications.routes.ts';
import { registerOnlineService } from './applications/applications.services.ts';
import { createCatalogueRoutes } from './catalogue/catalogue.routes.ts';
import { createMailboxRoutes } from './mailbox/mailbox.routes.ts';
import { createNoticesRoutes } from './notices/notices.routes.ts';
import { createPaymentsRoutes } from './payments/payments.routes.ts';
import type { PortalDeps } from './portal.deps.ts';
import { createPortalRoutes } from './portal.routes.ts';

export interface PortalModule {
  routes: RouteDefinition[];
}

export function createPortal(deps: PortalDeps): PortalModule {
  for (const service of deps.services ?? []) registerOnlineService(service);
  return {
    routes: [
      ...createPortalRoutes({ db: deps.db }),
      ...createCatalogueRoutes(deps),
      ...createPaymentsRoutes(deps),
      ...createMailboxRoutes(deps, { fileReply: createReplyFiler(deps) }),
      ...createApplicationsRoutes(deps),
      ...createNoticesRoutes(deps),
    ],
  };
}
