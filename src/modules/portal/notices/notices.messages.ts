// Texts of the notice templates' administration pages and of their checks.
import type { Text } from '../../../platform/i18n/i18n.ts';
import type { NoticeKind } from './notices.tables.ts';

export const kindText: Record<NoticeKind, Text> = {
  approval: { de: 'Bewilligung', en: 'Approval' },
  partial: { de: 'Teilbewilligung', en: 'Partial approval' },
  rejection: { de: 'Ablehnung', en: 'Rejection' },
  other: { de: 'Sonstiges Schreiben', en: 'Other letter' },
};

export const pageText = {
  listTitle: { de: 'Bescheidvorlagen: {service}', en: 'Notice templates: {service}' },
  listIntro: {
    de: 'Aus diesen Vorlagen entsteht der Bescheid, wenn die Sachbearbeitung über einen Online-Antrag entscheidet. Aktive Vorlagen werden beim Entscheiden angeboten.',
    en: 'When a clerk decides an online application, the notice is made from one of these templates. Active templates are offered when deciding.',
  },
  newLink: { de: 'Neue Bescheidvorlage anlegen', en: 'Add a notice template' },
  empty: {
    de: 'Für diese Leistung gibt es noch keine Bescheidvorlage.',
    en: 'This service has no notice template yet.',
  },
  columnName: { de: 'Name', en: 'Name' },
  columnKind: { de: 'Art', en: 'Kind' },
  columnStatus: { de: 'Status', en: 'Status' },
  columnPreview: { de: 'Vorschau', en: 'Preview' },
  statusActive: { de: 'Aktiv', en: 'Active' },
  statusInactive: { de: 'Inaktiv', en: 'Inactive' },
  previewLink: { de: 'Vorschau „{name}“ (PDF)', en: 'Preview “{name}” (PDF)' },
  backToService: { de: 'Zurück zur Leistung', en: 'Back to the service' },
  backToList: { de: 'Zurück zu den Bescheidvorlagen', en: 'Back to the notice templates' },
  newTitle: { de: 'Neue Bescheidvorlage: {service}', en: 'New notice template: {service}' },
  editTitle: { de: 'Bescheidvorlage „{name}“ bearbeiten', en: 'Edit notice template “{name}”' },
  nameLabel: { de: 'Name der Vorlage', en: 'Template name' },
  nameHint: {
    de: 'So wählt die Sachbearbeitung die Vorlage aus, zum Beispiel „Bewilligung“.',
    en: 'How clerks pick the template, for example “Approval”.',
  },
  kindLabel: { de: 'Art des Bescheids', en: 'Kind of notice' },
  subjectLabel: { de: 'Betreff', en: 'Subject' },
  subjectHint: {
    de: 'Die Überschrift des Bescheids; Platzhalter sind erlaubt.',
    en: 'The heading of the notice; placeholders are allowed.',
  },
  bodyLabel: { de: 'Text des Bescheids', en: 'Text of the notice' },
  bodyHint: {
    de: 'Absätze trennen Sie durch eine Leerzeile. Eine Zeile, die mit „- “ beginnt, wird ein Listenpunkt.',
    en: 'Separate paragraphs by a blank line. A line starting with “- ” becomes a list item.',
  },
  remedyLabel: { de: 'Rechtsbehelfsbelehrung', en: 'Information on legal remedies' },
  remedyHint: {
    de: 'Erscheint unter der Überschrift „Rechtsbehelfsbelehrung“ am Ende des Bescheids.',
    en: 'Printed under the heading “Rechtsbehelfsbelehrung” at the end of the notice.',
  },
  activeLabel: { de: 'Vorlage ist aktiv', en: 'Template is active' },
  activeHint: {
    de: 'Nur aktive Vorlagen werden beim Entscheiden angeboten.',
    en: 'Only active templates are offered when deciding.',
  },
  createButton: { de: 'Vorlage anlegen', en: 'Create template' },
  saveButton: { de: 'Speichern', en: 'Save' },
  created: { de: 'Die Bescheidvorlage wurde angelegt.', en: 'The notice template was created.' },
  saved: { de: 'Die Bescheidvorlage wurde gespeichert.', en: 'The notice template was saved.' },
  placeholdersTitle: { de: 'Platzhalter', en: 'Placeholders' },
  placeholdersIntro: {
    de: 'Platzhalter stehen in doppelten geschweiften Klammern und werden beim Erstellen des Bescheids durch die Daten des Antrags ersetzt. Fehlt ein Wert, steht im Bescheid „—“.',
    en: 'Placeholders stand in double curly braces and are replaced by the application’s data when the notice is made. A missing value prints as “—”.',
  },
  answersTitle: { de: 'Angaben aus dem Online-Formular', en: 'Answers of the online form' },
  answersGeneric: {
    de: 'Jede Angabe des Formulars als {{angaben.Feldname}}.',
    en: 'Each answer of the form as {{angaben.fieldName}}.',
  },
};

export const fieldText = {
  nameMissing: {
    de: 'Bitte geben Sie einen Namen für die Vorlage an, zum Beispiel „Bewilligung“.',
    en: 'Please enter a name for the template, for example “Approval”.',
  },
  nameTaken: {
    de: 'Diese Leistung hat schon eine Vorlage „{name}“. Bitte wählen Sie einen anderen Namen.',
    en: 'This service already has a template “{name}”. Please choose another name.',
  },
  kindInvalid: { de: 'Bitte wählen Sie die Art des Bescheids.', en: 'Please choose the kind of notice.' },
  subjectMissing: { de: 'Bitte geben Sie den Betreff des Bescheids an.', en: 'Please enter the subject.' },
  bodyMissing: {
    de: 'Bitte geben Sie den Text des Bescheids an.',
    en: 'Please enter the text of the notice.',
  },
  remedyMissing: {
    de: 'Bitte geben Sie die Rechtsbehelfsbelehrung an. Nur ein sonstiges Schreiben kommt ohne sie aus.',
    en: 'Please enter the information on legal remedies. Only an “other letter” may go without it.',
  },
  tooLong: {
    de: '„{label}“ darf höchstens {max} Zeichen lang sein.',
    en: '“{label}” may be at most {max} characters long.',
  },
  unknownPlaceholders: {
    de: '„{label}“ enthält unbekannte Platzhalter: {names}. Bekannt sind: {known}.',
    en: '“{label}” contains unknown placeholders: {names}. Known are: {known}.',
  },
  unclosedPlaceholder: {
    de: '„{label}“ enthält einen unvollständigen Platzhalter. Platzhalter stehen in doppelten geschweiften Klammern, zum Beispiel {example}.',
    en: '“{label}” contains an incomplete placeholder. Placeholders stand in double curly braces, for example {example}.',
  },
};
