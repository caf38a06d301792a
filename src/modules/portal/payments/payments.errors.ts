// Errors of online payment. Callback refusals carry `details.reason` (never key material).
import { defineErrors } from '../../../platform/http/app-error.ts';

export const paymentsErrors = defineErrors('portal', {
  payment_not_found: {
    status: 404,
    de: 'Diese Zahlung gibt es nicht.',
    en: 'This payment does not exist.',
  },
  payment_provider_unknown: {
    status: 404,
    de: 'Diesen Zahlungsanbieter gibt es hier nicht.',
    en: 'There is no such payment provider here.',
  },
  payments_unavailable: {
    status: 503,
    de: 'Online-Zahlung ist derzeit nicht möglich. Bitte wenden Sie sich an die Stadtverwaltung.',
    en: 'Online payment is currently not possible. Please contact the town administration.',
  },
  payment_invalid: {
    status: 400,
    de: 'Die Angaben zur Zahlung sind nicht gültig.',
    en: 'The payment details are not valid.',
  },
  // Thrown when a second payment for something already paid is started: nobody pays a fee twice.
  payment_already_paid: {
    status: 409,
    de: 'Dafür ist bereits eine Zahlung eingegangen.',
    en: 'A payment for this has already been received.',
  },
  payment_callback_unsigned: {
    status: 403,
    de: 'Die Rückmeldung des Zahlungsanbieters ist nicht gültig signiert.',
    en: 'The payment provider’s callback is not validly signed.',
  },
  payment_callback_invalid: {
    status: 400,
    de: 'Die Rückmeldung des Zahlungsanbieters passt nicht zu der Zahlung.',
    en: 'The payment provider’s callback does not match the payment.',
  },
  payment_callback_not_pending: {
    status: 409,
    de: 'Diese Zahlung ist bereits abgeschlossen.',
    en: 'This payment has already been completed.',
  },
});
