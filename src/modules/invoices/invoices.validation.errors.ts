// Why an invoice could not be validated at all. The XML intake's own reasons (not XML, DOCTYPE, too large …)
// come from platform/xml as "xml.<code>"; these are the invoice-specific ones.
import type { ValidationRefusal } from './invoices.validation.report.ts';

export const refusals = {
  // No scenario of the configuration matches: not an XRechnung/EN 16931 invoice in UBL or CII, or a
  // CustomizationID (BT-24) that this configuration does not know (e.g. an outdated XRechnung version).
  unknown_document: {
    code: 'invoices.unknown_document',
    text: {
      de: 'Das Dokument ist keine Rechnung in einem unterstützten Format (XRechnung bzw. EN 16931 in UBL oder CII) oder nennt eine unbekannte Spezifikationskennung (BT-24).',
      en: 'The document is not an invoice in a supported format (XRechnung or EN 16931 in UBL or CII), or it names an unknown specification identifier (BT-24).',
    },
  },
  // The validation itself failed (a worker ran out of memory or time): the invoice is not judged.
  validation_failed: {
    code: 'invoices.validation_failed',
    text: {
      de: 'Die Prüfung der Rechnung konnte nicht abgeschlossen werden.',
      en: 'The validation of the invoice could not be completed.',
    },
  },
} satisfies Record<string, ValidationRefusal>;
