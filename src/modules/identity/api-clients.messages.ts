import type { ApiScope } from '../access/index.ts';
import type { Text } from '../../platform/i18n/i18n.ts';

export const apiClientText = {
  title: { de: 'API-Zugänge', en: 'API clients' },
  intro: {
    de: 'Andere Systeme der Verwaltung greifen mit einem Zugangsschlüssel (Bearer-Token) auf die Schnittstellen zu. Jeder Zugang erhält nur die Berechtigungen, die Sie hier auswählen.',
    en: 'Other systems of the administration use the APIs with an access token (bearer token). Each client gets only the permissions you select here.',
  },
  listHeading: { de: 'Vorhandene Zugänge', en: 'Existing clients' },
  none: { de: 'Es gibt noch keine API-Zugänge.', en: 'There are no API clients yet.' },
  nameColumn: { de: 'Name', en: 'Name' },
  prefixColumn: { de: 'Schlüssel beginnt mit', en: 'Token starts with' },
  scopesColumn: { de: 'Berechtigungen', en: 'Permissions' },
  createdColumn: { de: 'Angelegt', en: 'Created' },
  lastUsedColumn: { de: 'Zuletzt benutzt', en: 'Last used' },
  statusColumn: { de: 'Status', en: 'Status' },
  never: { de: 'nie', en: 'never' },
  noScopes: { de: 'keine', en: 'none' },
  active: { de: 'aktiv', en: 'active' },
  revokedAt: { de: 'widerrufen am {date}', en: 'revoked on {date}' },
  revokeButton: { de: 'Widerrufen', en: 'Revoke' },
  revokeLabel: { de: 'Zugang „{name}“ widerrufen', en: 'Revoke client “{name}”' },
  revoked: { de: 'Der Zugang wurde widerrufen.', en: 'The client has been revoked.' },
  createHeading: { de: 'Neuen Zugang anlegen', en: 'Create a client' },
  nameLabel: { de: 'Name des Zugangs', en: 'Name of the client' },
  nameHint: {
    de: 'Zum Beispiel das System, das ihn benutzt: „Fachverfahren Gewerbe“.',
    en: 'For example the system that uses it: “Trade licensing system”.',
  },
  scopesLegend: { de: 'Berechtigungen', en: 'Permissions' },
  createButton: { de: 'Zugang anlegen', en: 'Create client' },
  nameMissing: { de: 'Bitte geben Sie einen Namen ein.', en: 'Please enter a name.' },
  nameTooLong: {
    de: 'Der Name darf höchstens 200 Zeichen lang sein.',
    en: 'The name may have at most 200 characters.',
  },
  scopesUnknown: {
    de: 'Bitte wählen Sie nur angebotene Berechtigungen.',
    en: 'Please choose only offered permissions.',
  },
  createdTitle: { de: 'Zugang „{name}“ angelegt', en: 'Client “{name}” created' },
  tokenWarning: {
    de: 'Kopieren Sie den Zugangsschlüssel jetzt. Er wird nur dieses eine Mal angezeigt und ist nirgends gespeichert. Geht er verloren, widerrufen Sie den Zugang und legen einen neuen an.',
    en: 'Copy the token now. It is shown only this once and is stored nowhere. If it is lost, revoke the client and create a new one.',
  },
  tokenLabel: { de: 'Zugangsschlüssel', en: 'Token' },
} satisfies Record<string, Text>;

export const scopeText: Record<ApiScope, Text> = {
  'operations.read': {
    de: 'Betriebsdaten lesen (Hintergrundaufträge, Postausgang)',
    en: 'Read operations data (background jobs, outbox)',
  },
  'records.read': {
    de: 'E-Akte lesen (Akten, Vorgänge, Dokumente, Suche)',
    en: 'Read records (files, cases, documents, search)',
  },
  'records.write': {
    de: 'E-Akte schreiben (Vorgänge anlegen, Dokumente hochladen)',
    en: 'Write records (create cases, upload documents)',
  },
  'invoices.submit': {
    de: 'Rechnungen einreichen (XRechnung, ZUGFeRD)',
    en: 'Submit invoices (XRechnung, ZUGFeRD)',
  },
};
