// Texts of the payment pages: the result page of the portal and the test provider's page.
import type { Text } from '../../../platform/i18n/i18n.ts';

export const paymentText = {
  resultTitle: { de: 'Zahlung', en: 'Payment' },
  paidTitle: { de: 'Zahlung eingegangen', en: 'Payment received' },
  paidBody: {
    de: 'Vielen Dank. Ihre Zahlung von {amount} ist eingegangen.',
    en: 'Thank you. Your payment of {amount} has been received.',
  },
  notPaidTitle: { de: 'Die Zahlung ist nicht erfolgt', en: 'The payment was not made' },
  failedBody: {
    de: 'Der Zahlungsanbieter hat die Zahlung abgelehnt. Es wurde nichts abgebucht. Sie können es erneut versuchen.',
    en: 'The payment provider declined the payment. Nothing was charged. You can try again.',
  },
  cancelledBody: {
    de: 'Sie haben die Zahlung abgebrochen. Es wurde nichts abgebucht. Sie können es erneut versuchen.',
    en: 'You cancelled the payment. Nothing was charged. You can try again.',
  },
  pendingTitle: { de: 'Die Bestätigung steht noch aus', en: 'Confirmation is pending' },
  pendingBody: {
    de: 'Der Zahlungsanbieter hat uns die Zahlung noch nicht bestätigt. Bitte laden Sie diese Seite in einigen Minuten neu.',
    en: 'The payment provider has not confirmed the payment yet. Please reload this page in a few minutes.',
  },
  reload: { de: 'Seite neu laden', en: 'Reload page' },
  retry: { de: 'Erneut bezahlen', en: 'Pay again' },
  continue: { de: 'Weiter', en: 'Continue' },
  facts: { de: 'Angaben zur Zahlung', en: 'Payment details' },
  amount: { de: 'Betrag', en: 'Amount' },
  purpose: { de: 'Verwendungszweck', en: 'Purpose' },
  paidAt: { de: 'Eingegangen am', en: 'Received on' },
} satisfies Record<string, Text>;

export const testProviderText = {
  // Shown on every page of the test provider, so nobody mistakes it for a real payment.
  banner: {
    de: 'Testzahlungsanbieter – es wird kein Geld bewegt',
    en: 'Test payment provider – no money is moved',
  },
  bannerBody: {
    de: 'Diese Seite ersetzt den Zahlungsanbieter für Test und Schulung. Was Sie hier wählen, meldet er der Stadtverwaltung so zurück, wie es ein echter Anbieter täte.',
    en: 'This page stands in for the payment provider for testing and training. What you choose here is reported back to the town administration as a real provider would.',
  },
  title: { de: 'Testzahlungsanbieter', en: 'Test payment provider' },
  heading: { de: 'Zahlung bestätigen (Test)', en: 'Confirm payment (test)' },
  payee: { de: 'Empfänger', en: 'Payee' },
  confirm: { de: 'Zahlung bestätigen (Test)', en: 'Confirm payment (test)' },
  fail: { de: 'Zahlung scheitern lassen', en: 'Let the payment fail' },
  cancel: { de: 'Abbrechen', en: 'Cancel' },
  decidedTitle: {
    de: 'Diese Zahlung ist bereits abgeschlossen',
    en: 'This payment has already been completed',
  },
  back: { de: 'Zurück zur Stadtverwaltung', en: 'Back to the town administration' },
} satisfies Record<string, Text>;
