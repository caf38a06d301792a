// The validation API: `validateInvoice(bytes)` → the KoSIT-equivalent report. Without a pool of its own,
// a call uses one shared pool per process (created on first use, closed by closeDefaultValidationPool).
import {
  createInvoiceValidationPool,
  type InvoiceValidationPool,
  type ValidationPoolOptions,
} from './invoices.validation.pool.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

let defaultPool: InvoiceValidationPool | null = null;

export interface ValidateInvoiceOptions {
  pool?: InvoiceValidationPool;
  /** Options of the shared pool, used only when it is created by this call. */
  poolOptions?: ValidationPoolOptions;
}

export function validateInvoice(
  bytes: Uint8Array,
  options: ValidateInvoiceOptions = {},
): Promise<ValidationReport> {
  const pool = options.pool ?? (defaultPool ??= createInvoiceValidationPool(options.poolOptions));
  return pool.validate(bytes);
}

export async function closeDefaultValidationPool(): Promise<void> {
  const pool = defaultPool;
  defaultPool = null;
  await pool?.close();
}
