// The IBAN check lives in the platform's SEPA part; the forms engine keeps its import path.
export { checkIban, formatIban, normalizeIban, type IbanCheck } from '../../../platform/sepa/iban.ts';
