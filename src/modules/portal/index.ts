export { createPortal, type PortalModule } from './portal.module.ts';
export type { PortalDeps } from './portal.deps.ts';
export { paymentsConfig, paymentsSettingsFrom, type PaymentsSettings } from './payments/payments.index.ts';
export { seedCatalogueDemo } from './catalogue/catalogue.index.ts';
export { seedNoticeTemplatesDemo } from './notices/notices.index.ts';
export { portalRouteAccess } from './portal.access-table.ts';
export { seedPortalDemo, DEMO_SITE_INFO } from './portal.seed.ts';
export { IMPRINT_PATH, PRIVACY_PATH, ACCESSIBILITY_PATH } from './portal.legal.pages.tsx';
// For benchmarks and browser tests: a multipart form post as a browser sends it.
export { postMultipart } from './portal.test-helpers.ts';
