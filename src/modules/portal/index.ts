export { createPortalRoutes } from './portal.routes.ts';
export { seedPortalDemo, DEMO_SITE_INFO } from './portal.seed.ts';
export { IMPRINT_PATH, PRIVACY_PATH, ACCESSIBILITY_PATH } from './portal.legal.pages.tsx';
