export { createPortalRoutes } from './portal.routes.ts';
