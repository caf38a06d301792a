// SEPA for the platform, free of any domain: checks of IBAN, BIC, creditor identifier and mandate
// reference, text in the SEPA character set, and the payment files — pain.008 (direct debits, e.g. the
// dog tax) and pain.001 (credit transfers, e.g. approved invoices).
export { checkIban, formatIban, normalizeIban, type IbanCheck } from './iban.ts';
export { checkBic, normalizeBic, type BicCheck } from './bic.ts';
export {
  checkCreditorId,
  creditorIdCheckDigits,
  normalizeCreditorId,
  type CreditorIdCheck,
} from './creditor-id.ts';
export { checkMandateReference, checkSepaIdentifier, type ReferenceCheck } from './references.ts';
export { isSepaText, toSepaText, type SepaCharset, type SepaTextOptions } from './sepa-text.ts';
export { formatCents, type SepaAccountHolder } from './pain-common.ts';
export {
  buildPain008,
  pain008Namespace,
  type DirectDebit,
  type Pain008Input,
  type SequenceType,
} from './pain008.ts';
export { buildPain001, pain001Namespace, type CreditTransfer, type Pain001Input } from './pain001.ts';
export { sepaErrors, type SepaProblem, type SepaProblemKind } from './sepa.errors.ts';
