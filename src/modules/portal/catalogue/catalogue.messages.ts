// Texts of the service catalogue: the public pages, the administration and the form checks.
import type { Text } from '../../../platform/i18n/i18n.ts';
import type { OnlineLevel } from './catalogue.tables.ts';

export const levelText: Record<OnlineLevel, Text> = {
  information: { de: 'Nur Information', en: 'Information only' },
  application: { de: 'Online beantragen', en: 'Apply online' },
  digital: { de: 'Vollständig digital', en: 'Fully digital' },
};

export const levelExplanation: Record<OnlineLevel, Text> = {
  information: {
    de: 'Diese Leistung erledigen Sie persönlich oder auf Papier.',
    en: 'You do this in person or on paper.',
  },
  application: {
    de: 'Sie stellen den Antrag online; weitere Schritte laufen auf Papier oder vor Ort.',
    en: 'You apply online; further steps happen on paper or in person.',
  },
  digital: {
    de: 'Antrag, Entscheidung und Bescheid laufen vollständig online.',
    en: 'Application, decision and notice are handled entirely online.',
  },
};

export const catalogueText = {
  listTitle: { de: 'Leistungen von A bis Z', en: 'Services from A to Z' },
  listIntro: {
    de: 'Alle Leistungen der Stadtverwaltung mit Gebühren, Unterlagen und zuständiger Stelle. Wo es schon geht, beantragen Sie online.',
    en: 'All services of the town administration with fees, documents and the responsible office. Where possible, apply online.',
  },
  searchLabel: { de: 'Leistung suchen', en: 'Search services' },
  searchHint: {
    de: 'Zum Beispiel: Hund, Parkausweis, Gewerbe',
    en: 'For example: dog, parking permit, business',
  },
  onlyOnlineLabel: { de: 'Nur online verfügbare Leistungen', en: 'Only services available online' },
  searchButton: { de: 'Suchen', en: 'Search' },
  resultCount: { de: '{count} Leistungen gefunden', en: '{count} services found' },
  resultCountOne: { de: '1 Leistung gefunden', en: '1 service found' },
  noResults: {
    de: 'Keine Leistung gefunden. Versuchen Sie ein anderes Wort oder rufen Sie das Bürgerbüro an.',
    en: 'No service found. Try another word or call the citizens’ office.',
  },
  digitalLink: { de: 'Was ist bereits digital?', en: 'What is already digital?' },
  temporarilyOffline: { de: 'Vorübergehend nicht online', en: 'Temporarily not online' },
  departmentLabel: { de: 'Zuständige Stelle', en: 'Responsible office' },
  feesLabel: { de: 'Gebühren', en: 'Fees' },
  noFees: { de: 'Gebührenfrei', en: 'Free of charge' },
  documentsLabel: { de: 'Erforderliche Unterlagen', en: 'Required documents' },
  noDocuments: { de: 'Keine Unterlagen erforderlich', en: 'No documents required' },
  legalBasisLabel: { de: 'Rechtsgrundlage', en: 'Legal basis' },
  leikaLabel: { de: 'LeiKa-Schlüssel', en: 'LeiKa key' },
  onlineLabel: { de: 'Online-Angebot', en: 'Online service' },
  descriptionHeading: { de: 'Beschreibung', en: 'Description' },
  factsHeading: { de: 'Auf einen Blick', en: 'At a glance' },
  applyButton: { de: 'Online beantragen', en: 'Apply online' },
  offlineNotice: {
    de: 'Der Online-Antrag ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut oder wenden Sie sich an die zuständige Stelle.',
    en: 'The online application is temporarily unavailable. Please try again later or contact the responsible office.',
  },
  backToList: { de: 'Zurück zu allen Leistungen', en: 'Back to all services' },
  digitalTitle: { de: 'Was ist bereits digital?', en: 'What is already digital?' },
  digitalIntro: {
    de: 'Diese Leistungen können Sie heute schon online erledigen. Wir bauen das Angebot laufend aus.',
    en: 'You can already use these services online today. We are extending the offer continuously.',
  },
  digitalSummary: {
    de: '{total} Leistungen online: {digital} vollständig digital, {application} mit Online-Antrag.',
    en: '{total} services online: {digital} fully digital, {application} with online application.',
  },
  digitalGroupHeading: { de: '{level} ({count})', en: '{level} ({count})' },
  digitalGroupEmpty: { de: 'Noch keine Leistung.', en: 'No service yet.' },
  serviceTitle: { de: '{name}', en: '{name}' },
} satisfies Record<string, Text>;

export const adminText = {
  listTitle: { de: 'Leistungskatalog verwalten', en: 'Manage the service catalogue' },
  newLink: { de: 'Neue Leistung anlegen', en: 'Add a service' },
  newTitle: { de: 'Neue Leistung', en: 'New service' },
  editTitle: { de: 'Leistung bearbeiten: {name}', en: 'Edit service: {name}' },
  empty: { de: 'Der Katalog ist noch leer.', en: 'The catalogue is still empty.' },
  columnName: { de: 'Leistung', en: 'Service' },
  columnDepartment: { de: 'Zuständig', en: 'Responsible' },
  columnLevel: { de: 'Online-Angebot', en: 'Online service' },
  columnStatus: { de: 'Status', en: 'Status' },
  statusOnline: { de: 'online', en: 'online' },
  statusOffline: { de: 'vorübergehend offline', en: 'temporarily offline' },
  noticeTemplatesLink: { de: 'Bescheidvorlagen', en: 'Notice templates' },
  publicLink: { de: 'Öffentliche Seite ansehen', en: 'View the public page' },
  created: { de: 'Die Leistung wurde angelegt.', en: 'The service was created.' },
  saved: { de: 'Die Änderungen wurden gespeichert.', en: 'The changes were saved.' },
  wentOnline: { de: 'Die Leistung ist wieder online.', en: 'The service is online again.' },
  wentOffline: { de: 'Die Leistung ist vorübergehend offline.', en: 'The service is temporarily offline.' },
  takeOffline: { de: 'Vorübergehend offline nehmen', en: 'Take offline temporarily' },
  bringOnline: { de: 'Wieder online stellen', en: 'Bring back online' },
  saveButton: { de: 'Speichern', en: 'Save' },
  createButton: { de: 'Leistung anlegen', en: 'Create service' },
  backToList: { de: 'Zurück zum Leistungskatalog', en: 'Back to the catalogue' },
  sectionBasics: { de: 'Bezeichnung und Beschreibung', en: 'Name and description' },
  sectionFacts: { de: 'Zuständigkeit, Gebühren, Unterlagen', en: 'Responsibility, fees, documents' },
  sectionOnline: { de: 'Online-Angebot', en: 'Online service' },
  sectionEnglish: { de: 'Englische Fassung (optional)', en: 'English version (optional)' },
  slugLabel: { de: 'Adresse (Kurzname)', en: 'Address (short name)' },
  slugHint: {
    de: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. hund-anmelden. Die Seite heißt dann /leistungen/hund-anmelden.',
    en: 'Lower-case letters, digits and hyphens, e.g. hund-anmelden. The page is then /leistungen/hund-anmelden.',
  },
  nameLabel: { de: 'Bezeichnung', en: 'Name' },
  summaryLabel: { de: 'Kurzbeschreibung', en: 'Summary' },
  summaryHint: {
    de: 'Ein bis zwei Sätze für die Ergebnisliste.',
    en: 'One or two sentences for the result list.',
  },
  descriptionLabel: { de: 'Beschreibung', en: 'Description' },
  descriptionHint: {
    de: 'Absätze durch eine Leerzeile trennen.',
    en: 'Separate paragraphs by a blank line.',
  },
  nameEnLabel: { de: 'Bezeichnung (englisch)', en: 'Name (English)' },
  summaryEnLabel: { de: 'Kurzbeschreibung (englisch)', en: 'Summary (English)' },
  descriptionEnLabel: { de: 'Beschreibung (englisch)', en: 'Description (English)' },
  departmentLabel: { de: 'Zuständiges Amt', en: 'Responsible department' },
  departmentChoose: { de: 'Bitte wählen', en: 'Please choose' },
  leikaLabel: { de: 'LeiKa-Schlüssel (optional)', en: 'LeiKa key (optional)' },
  leikaHint: {
    de: 'Der 14-stellige Leistungsschlüssel aus dem FIM-Leistungskatalog.',
    en: 'The 14-digit service key of the FIM service catalogue.',
  },
  feesLegend: { de: 'Gebühren', en: 'Fees' },
  feesHint: {
    de: 'Je Zeile eine Gebühr. Leere Zeilen werden nicht gespeichert. Beträge in Euro, z. B. 30,70.',
    en: 'One fee per row. Empty rows are not saved. Amounts in euros, e.g. 30,70.',
  },
  feeLabelLabel: { de: 'Gebühr {n}: Bezeichnung', en: 'Fee {n}: label' },
  feeAmountLabel: { de: 'Gebühr {n}: Betrag in Euro', en: 'Fee {n}: amount in euros' },
  feeNoteLabel: { de: 'Gebühr {n}: Hinweis (optional)', en: 'Fee {n}: note (optional)' },
  documentsLabel: { de: 'Erforderliche Unterlagen', en: 'Required documents' },
  documentsHint: { de: 'Eine Unterlage je Zeile.', en: 'One document per line.' },
  legalBasisLabel: { de: 'Rechtsgrundlage', en: 'Legal basis' },
  keywordsLabel: { de: 'Suchbegriffe', en: 'Search terms' },
  keywordsHint: {
    de: 'Weitere Wörter, unter denen Bürgerinnen und Bürger die Leistung suchen, durch Kommas getrennt.',
    en: 'Further words people search for, separated by commas.',
  },
  levelLabel: { de: 'Wie weit ist die Leistung digital?', en: 'How far is the service digital?' },
  formKeyLabel: { de: 'Online-Formular (Kennung, optional)', en: 'Online form (key, optional)' },
  formKeyHint: {
    de: 'Die Kennung der Formulardefinition, z. B. residents-parking-permit. Mit Formular und Status „online“ kann die Leistung beantragt werden.',
    en: 'The key of the form definition, e.g. residents-parking-permit. With a form and status “online” the service can be applied for.',
  },
  onlineCheckbox: { de: 'Online-Angebot ist verfügbar', en: 'The online service is available' },
  onlineHint: {
    de: 'Abwählen, um das Online-Angebot vorübergehend abzuschalten, z. B. bei einer Störung.',
    en: 'Untick to switch the online service off temporarily, e.g. during a fault.',
  },
} satisfies Record<string, Text>;

export const fieldText = {
  slugMissing: {
    de: 'Bitte geben Sie eine Adresse (Kurzname) an.',
    en: 'Please enter an address (short name).',
  },
  slugInvalid: {
    de: 'Die Adresse darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten (höchstens 80 Zeichen), z. B. hund-anmelden.',
    en: 'The address may only contain lower-case letters a–z, digits and single hyphens (at most 80 characters), e.g. hund-anmelden.',
  },
  slugReserved: { de: 'Die Adresse „{slug}“ ist reserviert.', en: 'The address “{slug}” is reserved.' },
  slugTaken: {
    de: 'Die Adresse „{slug}“ hat bereits eine andere Leistung.',
    en: 'Another service already has the address “{slug}”.',
  },
  leikaInvalid: {
    de: 'Der LeiKa-Schlüssel hat genau 14 Ziffern (ohne Leerzeichen oder andere Zeichen).',
    en: 'The LeiKa key has exactly 14 digits (no spaces or other characters).',
  },
  nameMissing: {
    de: 'Bitte geben Sie die Bezeichnung der Leistung an.',
    en: 'Please enter the name of the service.',
  },
  tooLong: {
    de: 'Dieser Text ist zu lang (höchstens {max} Zeichen).',
    en: 'This text is too long (at most {max} characters).',
  },
  summaryMissing: { de: 'Bitte geben Sie eine Kurzbeschreibung an.', en: 'Please enter a summary.' },
  departmentMissing: {
    de: 'Bitte wählen Sie das zuständige Amt.',
    en: 'Please choose the responsible department.',
  },
  feeLabelMissing: {
    de: 'Bitte geben Sie an, wofür die Gebühr {n} erhoben wird.',
    en: 'Please say what fee {n} is for.',
  },
  feeAmountMissing: {
    de: 'Bitte geben Sie den Betrag der Gebühr {n} an.',
    en: 'Please enter the amount of fee {n}.',
  },
  feeAmountInvalid: {
    de: 'Bitte geben Sie den Betrag der Gebühr {n} in Euro an, mit Komma vor den Cent, z. B. 30,70.',
    en: 'Please enter the amount of fee {n} in euros with a comma before the cents, e.g. 30,70.',
  },
  tooManyItems: { de: 'Bitte höchstens {max} Einträge.', en: 'At most {max} entries, please.' },
  levelInvalid: {
    de: 'Bitte wählen Sie, wie weit die Leistung digital ist.',
    en: 'Please choose how far the service is digital.',
  },
  formKeyInvalid: {
    de: 'Die Formularkennung darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten.',
    en: 'The form key may only contain lower-case letters a–z, digits and single hyphens.',
  },
  formKeyNeedsOnlineLevel: {
    de: 'Ein Online-Formular passt nur zu „Online beantragen“ oder „Vollständig digital“.',
    en: 'An online form only fits “Apply online” or “Fully digital”.',
  },
} satisfies Record<string, Text>;
