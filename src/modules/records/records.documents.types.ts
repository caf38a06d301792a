// The kinds of documents (Schriftgutarten) the E-Akte knows, with their names. The database accepts any
// lower-case code (0012); this list is what the forms offer and the API accepts. Search facets and the
// case page may show the labels from here.
import type { Text } from '../../platform/i18n/i18n.ts';
import type { DocumentDirection } from './records.tables.ts';

export const documentTypes = {
  letter: { de: 'Schreiben', en: 'Letter' },
  application: { de: 'Antrag', en: 'Application' },
  notice: { de: 'Bescheid', en: 'Notice' },
  note: { de: 'Vermerk', en: 'Note' },
  invoice: { de: 'Rechnung', en: 'Invoice' },
  minutes: { de: 'Niederschrift', en: 'Minutes' },
  contract: { de: 'Vertrag', en: 'Contract' },
  email: { de: 'E-Mail', en: 'E-mail' },
  plan: { de: 'Plan oder Zeichnung', en: 'Plan or drawing' },
  photo: { de: 'Foto', en: 'Photo' },
  other: { de: 'Sonstiges', en: 'Other' },
} satisfies Record<string, Text>;

export type DocumentType = keyof typeof documentTypes;
export const documentTypeCodes = Object.keys(documentTypes) as DocumentType[];

export function isDocumentType(value: string): value is DocumentType {
  return Object.hasOwn(documentTypes, value);
}

export const documentDirections = {
  incoming: { de: 'Eingang', en: 'Incoming' },
  outgoing: { de: 'Ausgang', en: 'Outgoing' },
  internal: { de: 'Intern', en: 'Internal' },
} satisfies Record<DocumentDirection, Text>;

/** Type codes may come from elsewhere (imports, other modules): an unknown one shows as its code. */
export function documentTypeLabel(code: string): Text {
  return isDocumentType(code) ? documentTypes[code] : { de: code, en: code };
}
