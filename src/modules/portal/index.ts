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
// For domain modules that bring their own online service and office action (dog tax).
export { registerOnlineService, type OnlineService } from './applications/applications.services.ts';
export {
  applicationForDecision,
  markApplicationDecided,
  type ApplicationForDecision,
} from './applications/applications.domain.ts';
export { sendToCitizenIn } from './mailbox/mailbox.index.ts';
export { loadSiteInfo, siteInfoIn, type SiteInfo } from './portal.site.ts';
export type { FieldValue, FormDefinition, FormValues } from './forms/forms.index.ts';
// Multipart uploads with the E-Akte's rules (limits, staging, content allowlist), for domain modules' forms.
export {
  discardReply as discardUploads,
  receiveReply as receiveUploads,
  type ReceivedReply as ReceivedUploads,
} from './mailbox/mailbox.uploads.ts';
