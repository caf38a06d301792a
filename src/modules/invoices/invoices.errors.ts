// Stable error codes of the invoice workflow (intake, approval, payment). The validation's own reasons
// (not XML, DOCTYPE, unknown CustomizationID …) come with the validation report, see intake.
import { defineErrors } from '../../platform/http/app-error.ts';

export const invoicesErrors = defineErrors('invoices', {
  // The KoSIT-equivalent validation rejected the document: details carry the report's reasons.
  rejected: {
    status: 422,
    de: 'Die Rechnung wurde bei der Prüfung abgelehnt: {reason}',
    en: 'The invoice was rejected by the validation: {reason}',
  },
  pdf_without_invoice: {
    status: 422,
    de: 'Die PDF-Datei enthält keine eingebettete Rechnung (ZUGFeRD/Factur-X, z. B. factur-x.xml).',
    en: 'The PDF file holds no embedded invoice (ZUGFeRD/Factur-X, e.g. factur-x.xml).',
  },
  pdf_unreadable: {
    status: 422,
    de: 'Die PDF-Datei ist beschädigt oder nicht lesbar.',
    en: 'The PDF file is damaged or cannot be read.',
  },
  no_file: {
    status: 400,
    de: 'Bitte wählen Sie eine Rechnungsdatei (XML oder PDF) aus.',
    en: 'Please choose an invoice file (XML or PDF).',
  },
  not_set_up: {
    status: 503,
    de: 'Der Rechnungseingang ist für diese Gemeinde noch nicht eingerichtet (Ablage, Bankverbindung).',
    en: 'The invoice intake is not yet set up for this municipality (filing, bank account).',
  },
  not_found: { status: 404, de: 'Diese Rechnung gibt es nicht.', en: 'This invoice does not exist.' },
  // The invoice moved on (someone else signed, returned or rejected it) since the page was loaded.
  wrong_state: {
    status: 409,
    de: 'Die Rechnung ist nicht (mehr) in diesem Bearbeitungsschritt.',
    en: 'The invoice is not (or no longer) at this step.',
  },
  // Four eyes: one person never signs two steps of the same invoice.
  four_eyes: {
    status: 409,
    de: 'Sie haben bereits einen anderen Schritt dieser Rechnung gezeichnet. Das Vier-Augen-Prinzip verlangt eine andere Person.',
    en: 'You have already signed another step of this invoice. The four-eyes principle requires another person.',
  },
  no_authority: {
    status: 403,
    de: 'Sie haben keine Zeichnungsbefugnis für diesen Schritt.',
    en: 'You have no signing authority for this step.',
  },
  over_limit: {
    status: 403,
    de: 'Der Rechnungsbetrag übersteigt Ihre Zeichnungsgrenze ({limit}).',
    en: 'The invoice amount exceeds your signing limit ({limit}).',
  },
  booking_missing: {
    status: 400,
    de: 'Vor der Anordnung sind Haushaltsstelle/Produkt und Kostenstelle anzugeben.',
    en: 'Budget item/product and cost centre are required before the payment order.',
  },
  reason_missing: { status: 400, de: 'Bitte geben Sie eine Begründung an.', en: 'Please give a reason.' },
  not_routed: {
    status: 409,
    de: 'Die Rechnung ist noch keinem Amt zugeordnet.',
    en: 'The invoice is not yet assigned to a department.',
  },
  nothing_to_pay: {
    status: 409,
    de: 'Es gibt keine angeordneten Rechnungen, die per SEPA-Überweisung zu zahlen sind.',
    en: 'There are no approved invoices to pay by SEPA credit transfer.',
  },
  // Between building the pain.001 and filing it, an invoice was paid by another run or returned.
  run_changed: {
    status: 409,
    de: 'Die angeordneten Rechnungen haben sich währenddessen geändert. Bitte starten Sie den Zahllauf erneut.',
    en: 'The approved invoices changed meanwhile. Please start the payment run again.',
  },
  run_not_found: {
    status: 404,
    de: 'Diesen Zahllauf gibt es nicht.',
    en: 'This payment run does not exist.',
  },
});
