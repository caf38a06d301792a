// Texts of the case pages (list, case, move).
import type { Text } from '../../platform/i18n/i18n.ts';

export const casesText = {
  listTitle: { de: 'Vorgänge', en: 'Cases' },
  listIntro: {
    de: 'Die Vorgänge, die Sie sehen dürfen, die neuesten zuerst.',
    en: 'The cases you may see, newest first.',
  },
  mineFilter: {
    de: 'Nur offene Vorgänge, für die ich federführend bin',
    en: 'Only open cases I am in charge of',
  },
  noCases: { de: 'Keine Vorgänge gefunden.', en: 'No cases found.' },
  nextPage: { de: 'Weitere Vorgänge', en: 'More cases' },
  caseColumn: { de: 'Vorgang', en: 'Case' },
  caseLabel: { de: '{reference} · Vorgang {number}', en: '{reference} · case {number}' },
  caseTitle: { de: 'Vorgang {number}: {title}', en: 'Case {number}: {title}' },
  fileLabel: { de: 'Akte', en: 'File' },
  numberLabel: { de: 'Nummer in der Akte', en: 'Number in the file' },
  responsibleLabel: { de: 'Federführende Person', en: 'Person in charge' },
  documentsHeading: { de: 'Dokumente', en: 'Documents' },
  noDocuments: { de: 'Dieser Vorgang enthält noch keine Dokumente.', en: 'This case has no documents yet.' },
  moreDocuments: {
    de: 'Es werden die ersten {count} Dokumente angezeigt.',
    en: 'The first {count} documents are shown.',
  },
  versionColumn: { de: 'Version', en: 'Version' },
  addDocuments: { de: 'Dokumente hinzufügen', en: 'Add documents' },
  setResubmission: { de: 'Wiedervorlage setzen', en: 'Set a resubmission' },
  closeButton: { de: 'Vorgang abschließen', en: 'Close the case' },
  reopenButton: { de: 'Vorgang wieder öffnen', en: 'Reopen the case' },
  moveLink: { de: 'In eine andere Akte verschieben', en: 'Move to another file' },
  auditLink: { de: 'Protokoll dieses Vorgangs', en: 'Audit trail of this case' },
  created: { de: 'Der Vorgang wurde angelegt.', en: 'The case has been created.' },
  closed: { de: 'Der Vorgang ist abgeschlossen.', en: 'The case has been closed.' },
  reopened: { de: 'Der Vorgang ist wieder in Bearbeitung.', en: 'The case is in progress again.' },
  moved: {
    de: 'Der Vorgang wurde in die Akte {reference} verschoben.',
    en: 'The case has been moved to file {reference}.',
  },
  fileClosedNotice: {
    de: 'Die Akte dieses Vorgangs ist geschlossen. Es kann nichts mehr hinzugefügt oder geändert werden.',
    en: 'The file of this case is closed. Nothing can be added or changed.',
  },
  caseClosedNotice: {
    de: 'Der Vorgang ist abgeschlossen. Öffnen Sie ihn wieder, um Dokumente hinzuzufügen.',
    en: 'The case is closed. Reopen it to add documents.',
  },
  moveTitle: { de: 'Vorgang {number} verschieben', en: 'Move case {number}' },
  moveIntro: {
    de: 'Der Vorgang liegt in der Akte {reference}. Geben Sie das Aktenzeichen der Akte an, in die er verschoben werden soll. Die Zielakte muss offen sein, und Sie müssen beide Akten bearbeiten dürfen. Der Vorgang behält seine Nummer.',
    en: 'The case is in file {reference}. Enter the reference of the file it should move to. The target file must be open, and you must be allowed to change both files. The case keeps its number.',
  },
  targetLabel: { de: 'Aktenzeichen der Zielakte', en: 'Reference of the target file' },
  moveButton: { de: 'Verschieben', en: 'Move' },
  backToCase: { de: 'Zurück zum Vorgang', en: 'Back to the case' },
} satisfies Record<string, Text>;
