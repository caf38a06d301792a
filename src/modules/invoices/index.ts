// The invoices module: validation of e-invoices equal to the KoSIT validator (XRechnung configuration), and
// the Kämmerei's workflow — intake (upload, API, ZUGFeRD), display, routing, approval, payment runs, archive.
export {
  createInvoiceValidationPool,
  defaultConfigurationDirectory,
  type InvoiceValidationPool,
  type ValidationPoolOptions,
} from './invoices.validation.pool.ts';
export { closeDefaultValidationPool, validateInvoice } from './invoices.validation.ts';
export {
  errorRuleIds,
  type Severity,
  type ValidationFinding,
  type ValidationRefusal,
  type ValidationReport,
  type ValidationStep,
} from './invoices.validation.report.ts';
export { invoiceValidateCommand } from './invoices.validation.cli.ts';
export { invoicesValidationConfig } from './invoices.validation.config.ts';
export {
  sampleCiiInvoice,
  sampleUblInvoice,
  type SampleInvoiceOptions,
} from './invoices.validation.fixtures.ts';
export { createInvoices, type InvoicesModule } from './invoices.module.ts';
export type { InvoicesDeps } from './invoices.deps.ts';
export { invoicesRouteAccess } from './invoices.access-table.ts';
export { seedInvoicesDemo, DEMO_INVOICES_ACCOUNT } from './invoices.seed.ts';
export { INVOICES_PATHS } from './invoices.paths.ts';
export { readInvoiceDocument, type InvoiceDocument } from './invoices.document.ts';
export type { InvoicesTables } from './invoices.tables.ts';
export { invoicesMailConfig } from './invoices.mail.config.ts';
export { defineInvoicesJobs, mailPollSettingsFrom, MAIL_POLL_JOB } from './invoices.jobs.ts';
