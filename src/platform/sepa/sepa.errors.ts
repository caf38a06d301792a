// Refusals of the payment-file builders, with stable codes. The builders check the whole input first
// and list every problem (field path and what is wrong) in `details.problems`, so that a clerk sees all
// bad mandates of a run at once instead of one per attempt. Nothing is written when one is thrown.
import { defineErrors } from '../http/app-error.ts';

export type SepaProblemKind =
  | 'empty' // no transactions, or a required text that is empty after conversion to the SEPA set
  | 'iban'
  | 'bic'
  | 'creditor_id'
  | 'mandate_reference'
  | 'identifier' // MsgId, EndToEndId: length or characters
  | 'duplicate_identifier'
  | 'amount' // not integer cents, ≤ 0 or above 999,999,999.99
  | 'date' // not an existing YYYY-MM-DD, or a mandate signed after its collection
  | 'sequence_type';

export interface SepaProblem {
  field: string;
  kind: SepaProblemKind;
}

export const sepaErrors = defineErrors('sepa', {
  invalid_payment_file: {
    status: 400,
    de: 'Die Zahlungsdatei kann nicht erstellt werden: Angaben fehlen oder sind ungültig.',
    en: 'The payment file cannot be built: data is missing or invalid.',
  },
});
