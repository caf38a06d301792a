// The Fundbüro module: the office's routes (Bürgerbüro, lostfound.work) and the public ones.
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { createLostFoundOfficeRoutes } from './lostfound.office.routes.ts';
import { createLostFoundPublicRoutes } from './lostfound.public.routes.ts';

export interface LostAndFoundModule {
  routes: RouteDefinition[];
}

export function createLostAndFound(deps: LostAndFoundDeps): LostAndFoundModule {
  return { routes: [...createLostFoundOfficeRoutes(deps), ...createLostFoundPublicRoutes(deps)] };
}
