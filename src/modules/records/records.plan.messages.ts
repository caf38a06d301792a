// Texts of the file plan pages and the CSV import.
import type { Text } from '../../platform/i18n/i18n.ts';

export const planText = {
  title: { de: 'Aktenplan', en: 'File plan' },
  intro: {
    de: 'Der Aktenplan ordnet alle Akten nach Aufgaben. Jede Gruppe kann Vorgaben für neue Akten tragen: Aufbewahrungsfrist, Aussonderung und Vertraulichkeit. Fehlt eine Vorgabe, gilt die der übergeordneten Gruppe.',
    en: 'The file plan orders all files by task. Each group can carry defaults for new files: retention period, disposal and confidentiality. A missing default is taken from the parent group.',
  },
  empty: { de: 'Der Aktenplan ist noch leer.', en: 'The file plan is still empty.' },
  inactive: { de: 'stillgelegt', en: 'deactivated' },
  active: { de: 'in Gebrauch', en: 'in use' },
  status: { de: 'Status', en: 'Status' },
  retention: { de: 'Aufbewahrung', en: 'Retention' },
  disposal: { de: 'Aussonderung', en: 'Disposal' },
  confidentiality: { de: 'Vertraulichkeit', en: 'Confidentiality' },
  filesLink: { de: 'Akten dieser Gruppe', en: 'Files of this group' },
  newFileLink: { de: 'Akte in dieser Gruppe anlegen', en: 'Create a file in this group' },
  editLink: { de: 'Gruppe {code} bearbeiten', en: 'Edit group {code}' },
  importLink: { de: 'Aktenplan aus CSV-Datei einlesen', en: 'Import the file plan from a CSV file' },
  addHeading: { de: 'Gruppe hinzufügen', en: 'Add a group' },
  codeLabel: { de: 'Kennzeichen', en: 'Code' },
  codeHint: {
    de: 'Zum Beispiel 32.11.05. Die übergeordnete Gruppe ergibt sich aus dem Kennzeichen (32.11.05 gehört zu 32.11, 32 zu 3).',
    en: 'For example 32.11.05. The parent group follows from the code (32.11.05 belongs to 32.11, 32 to 3).',
  },
  titleLabel: { de: 'Bezeichnung', en: 'Title' },
  descriptionLabel: { de: 'Beschreibung (optional)', en: 'Description (optional)' },
  retentionLabel: { de: 'Aufbewahrungsfrist in Jahren', en: 'Retention period in years' },
  retentionHint: {
    de: 'Leer lassen, um die Frist der übergeordneten Gruppe zu übernehmen. Die Frist beginnt am Ende des Jahres, in dem die Akte geschlossen wird.',
    en: 'Leave empty to take the parent group’s period. The period starts at the end of the year in which the file is closed.',
  },
  disposalLabel: { de: 'Aussonderung nach Fristablauf', en: 'Disposal when the period ends' },
  confidentialityLabel: { de: 'Vertraulichkeit neuer Akten', en: 'Confidentiality of new files' },
  inheritOption: { de: '(von der übergeordneten Gruppe übernehmen)', en: '(take from the parent group)' },
  addButton: { de: 'Gruppe hinzufügen', en: 'Add group' },
  saveButton: { de: 'Speichern', en: 'Save' },
  deactivateButton: { de: 'Gruppe stilllegen', en: 'Deactivate group' },
  deactivateHint: {
    de: 'Eine stillgelegte Gruppe und alle Gruppen darunter nehmen keine neuen Akten mehr auf. Bestehende Akten bleiben, wo sie sind.',
    en: 'A deactivated group and all groups below it take no new files. Existing files stay where they are.',
  },
  reactivateButton: { de: 'Gruppe wieder aktivieren', en: 'Reactivate group' },
  nodeTitle: { de: 'Aktenplangruppe {code}', en: 'File plan group {code}' },
  parentLabel: { de: 'Übergeordnete Gruppe', en: 'Parent group' },
  noParent: { de: '(oberste Ebene)', en: '(top level)' },
  childrenHeading: { de: 'Untergruppen', en: 'Subgroups' },
  backToPlan: { de: 'Zurück zum Aktenplan', en: 'Back to the file plan' },
  created: { de: 'Die Gruppe wurde angelegt.', en: 'The group has been created.' },
  saved: { de: 'Die Änderungen wurden gespeichert.', en: 'The changes have been saved.' },
  deactivated: { de: 'Die Gruppe wurde stillgelegt.', en: 'The group has been deactivated.' },
  reactivated: { de: 'Die Gruppe ist wieder aktiv.', en: 'The group is active again.' },
  imported: {
    de: 'Der Aktenplan wurde eingelesen: {created} Gruppen neu, {updated} geändert, {unchanged} unverändert.',
    en: 'The file plan has been imported: {created} groups new, {updated} changed, {unchanged} unchanged.',
  },
} satisfies Record<string, Text>;

export const importText = {
  title: { de: 'Aktenplan einlesen', en: 'Import the file plan' },
  intro: {
    de: 'Laden Sie eine CSV-Datei mit den Spalten Kennzeichen; Bezeichnung; Aufbewahrungsfrist in Jahren; Aussonderung; Vertraulichkeit hoch – getrennt durch Semikolons, wie Excel sie als „CSV UTF-8“ speichert. Eine Kopfzeile (code;title;retention_years;disposal;confidentiality) ist erlaubt. Gruppen mit bekanntem Kennzeichen werden aktualisiert, neue angelegt. Die Datei wird nur übernommen, wenn alle Zeilen in Ordnung sind.',
    en: 'Upload a CSV file with the columns code; title; retention period in years; disposal; confidentiality – separated by semicolons, as Excel saves it as “CSV UTF-8”. A header line (code;title;retention_years;disposal;confidentiality) is allowed. Groups with a known code are updated, new ones created. The file is only taken over when every line is in order.',
  },
  valuesHint: {
    de: 'Aussonderung: vernichten (V), archivieren (A) oder prüfen (B); Vertraulichkeit: offen, intern oder vertraulich. Leere Felder übernehmen die Vorgabe der übergeordneten Gruppe.',
    en: 'Disposal: destroy (V), archive (A) or review (B); confidentiality: open, internal or confidential. Empty fields take the parent group’s default.',
  },
  fileLabel: { de: 'CSV-Datei', en: 'CSV file' },
  button: { de: 'Einlesen', en: 'Import' },
  fileMissing: { de: 'Bitte wählen Sie eine CSV-Datei.', en: 'Please choose a CSV file.' },
  fileTooLarge: {
    de: 'Die Datei ist zu groß (höchstens 2 MB).',
    en: 'The file is too large (at most 2 MB).',
  },
  empty: { de: 'Die Datei enthält keine Zeilen.', en: 'The file contains no lines.' },
  tooManyRows: {
    de: 'Die Datei hat mehr als {max} Zeilen.',
    en: 'The file has more than {max} lines.',
  },
  tooManyColumns: {
    de: 'Zeile {line}: Es sind höchstens 5 Spalten erlaubt, die Zeile hat {count}. Enthält eine Bezeichnung ein Semikolon, muss sie in Anführungszeichen stehen.',
    en: 'Line {line}: at most 5 columns are allowed, the line has {count}. A title containing a semicolon must be in quotation marks.',
  },
  codeInvalid: {
    de: 'Zeile {line}: Das Kennzeichen „{code}“ ist ungültig. Erlaubt sind Ziffern und Buchstaben, gegliedert durch Punkte oder Bindestriche, höchstens 40 Zeichen.',
    en: 'Line {line}: the code “{code}” is invalid. Digits and letters separated by dots or hyphens are allowed, at most 40 characters.',
  },
  titleMissing: { de: 'Zeile {line}: Die Bezeichnung fehlt.', en: 'Line {line}: the title is missing.' },
  titleTooLong: {
    de: 'Zeile {line}: Die Bezeichnung ist länger als 300 Zeichen.',
    en: 'Line {line}: the title is longer than 300 characters.',
  },
  retentionInvalid: {
    de: 'Zeile {line}: Die Aufbewahrungsfrist „{value}“ ist keine ganze Zahl von 0 bis 200.',
    en: 'Line {line}: the retention period “{value}” is not a whole number from 0 to 200.',
  },
  disposalInvalid: {
    de: 'Zeile {line}: Die Aussonderung „{value}“ ist unbekannt (erlaubt: vernichten, archivieren, prüfen).',
    en: 'Line {line}: the disposal “{value}” is unknown (allowed: destroy, archive, review).',
  },
  confidentialityInvalid: {
    de: 'Zeile {line}: Die Vertraulichkeit „{value}“ ist unbekannt (erlaubt: offen, intern, vertraulich).',
    en: 'Line {line}: the confidentiality “{value}” is unknown (allowed: open, internal, confidential).',
  },
  duplicate: {
    de: 'Zeile {line}: Das Kennzeichen {code} steht schon in Zeile {first}.',
    en: 'Line {line}: the code {code} is already in line {first}.',
  },
  parentMissing: {
    de: 'Zeile {line}: Zu {code} fehlt die übergeordnete Gruppe {parent} (weder im Aktenplan noch in der Datei).',
    en: 'Line {line}: the parent group {parent} of {code} is missing (neither in the file plan nor in the file).',
  },
  parentInactive: {
    de: 'Zeile {line}: Die übergeordnete Gruppe {parent} von {code} ist stillgelegt.',
    en: 'Line {line}: the parent group {parent} of {code} is deactivated.',
  },
} satisfies Record<string, Text>;
