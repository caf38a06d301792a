// The invoices module. So far: validation of e-invoices equal to the KoSIT validator (XRechnung configuration).
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
