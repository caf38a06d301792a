// Texts shared by the E-Akte's pages and API: field problems and the names of values.
// Page-specific texts live beside their pages (records.plan.messages.ts, records.files.messages.ts, …).
import type { Text } from '../../platform/i18n/i18n.ts';
import type { Confidentiality } from './records.policies.ts';
import type { Disposal, RecordStatus } from './records.tables.ts';

export const fieldText = {
  titleMissing: { de: 'Bitte geben Sie einen Titel ein.', en: 'Please enter a title.' },
  titleTooLong: {
    de: 'Der Titel darf höchstens 300 Zeichen lang sein.',
    en: 'The title may be at most 300 characters long.',
  },
  descriptionTooLong: {
    de: 'Die Beschreibung darf höchstens 2000 Zeichen lang sein.',
    en: 'The description may be at most 2000 characters long.',
  },
  retentionInvalid: {
    de: 'Die Aufbewahrungsfrist muss eine ganze Zahl von Jahren zwischen 0 und 200 sein.',
    en: 'The retention period must be a whole number of years between 0 and 200.',
  },
  disposalInvalid: {
    de: 'Bitte wählen Sie, was nach Ablauf der Frist geschieht: vernichten, dem Archiv anbieten oder prüfen.',
    en: 'Please choose what happens when the period ends: destroy, offer to the archive or review.',
  },
  confidentialityInvalid: {
    de: 'Bitte wählen Sie eine Vertraulichkeit: offen, intern oder vertraulich.',
    en: 'Please choose a confidentiality: open, internal or confidential.',
  },
  codeInvalid: {
    de: 'Das Kennzeichen besteht aus Ziffern und Buchstaben, gegliedert durch Punkte oder Bindestriche (z. B. 32.11.05), höchstens 40 Zeichen.',
    en: 'The code consists of digits and letters, separated by dots or hyphens (e.g. 32.11.05), at most 40 characters.',
  },
  codeTaken: {
    de: 'Das Kennzeichen {code} ist im Aktenplan bereits vergeben.',
    en: 'The code {code} is already in the file plan.',
  },
  parentMissing: {
    de: 'Die übergeordnete Gruppe {parent} gibt es im Aktenplan nicht. Legen Sie sie zuerst an.',
    en: 'The parent group {parent} is not in the file plan. Create it first.',
  },
  parentInactive: {
    de: 'Die übergeordnete Gruppe {parent} ist stillgelegt.',
    en: 'The parent group {parent} is deactivated.',
  },
  planNodeMissing: {
    de: 'Bitte wählen Sie eine Gruppe des Aktenplans.',
    en: 'Please choose a file plan group.',
  },
  planNodeInactive: {
    de: 'Diese Gruppe des Aktenplans ist stillgelegt. Bitte wählen Sie eine andere.',
    en: 'This file plan group is deactivated. Please choose another one.',
  },
  departmentMissing: {
    de: 'Bitte wählen Sie ein Amt, für das Sie Akten führen dürfen.',
    en: 'Please choose a department whose files you may keep.',
  },
  responsibleInvalid: {
    de: 'Die federführende Person muss im gewählten Amt tätig sein.',
    en: 'The person in charge must work in the chosen department.',
  },
  // A confidential file is visible to few people; nobody should lock themselves out by a choice.
  wouldLoseAccess: {
    de: 'Mit diesen Angaben könnten Sie die Akte selbst nicht mehr sehen. Wählen Sie sich als federführende Person oder eine andere Vertraulichkeit.',
    en: 'With these settings you could no longer see the file yourself. Choose yourself as the person in charge, or another confidentiality.',
  },
  referenceUnknown: {
    de: 'Eine Akte mit diesem Aktenzeichen gibt es nicht, oder Sie haben keinen Zugriff darauf.',
    en: 'There is no file with this reference, or you have no access to it.',
  },
} satisfies Record<string, Text>;

export const confidentialityText: Record<Confidentiality, Text> = {
  open: { de: 'offen (alle Mitarbeitenden)', en: 'open (all staff)' },
  internal: { de: 'intern (federführendes Amt)', en: 'internal (responsible department)' },
  confidential: {
    de: 'vertraulich (Amtsleitung und federführende Person)',
    en: 'confidential (head of department and person in charge)',
  },
};

export const confidentialityShortText: Record<Confidentiality, Text> = {
  open: { de: 'offen', en: 'open' },
  internal: { de: 'intern', en: 'internal' },
  confidential: { de: 'vertraulich', en: 'confidential' },
};

export const disposalText: Record<Disposal, Text> = {
  destroy: { de: 'vernichten', en: 'destroy' },
  archive: { de: 'dem Archiv anbieten', en: 'offer to the archive' },
  review: { de: 'prüfen (bewerten)', en: 'review' },
};

export const fileStatusText: Record<RecordStatus, Text> = {
  open: { de: 'offen', en: 'open' },
  closed: { de: 'geschlossen (zdA)', en: 'closed' },
};

export const caseStatusText: Record<RecordStatus, Text> = {
  open: { de: 'in Bearbeitung', en: 'in progress' },
  closed: { de: 'abgeschlossen', en: 'closed' },
};

export const recordsNavText = {
  files: { de: 'Akten', en: 'Files' },
  plan: { de: 'Aktenplan', en: 'File plan' },
} satisfies Record<string, Text>;

export const inheritedText = {
  inherited: { de: '(geerbt)', en: '(inherited)' },
  notSet: { de: 'nicht festgelegt', en: 'not set' },
  years: { de: '{years} Jahre', en: '{years} years' },
  oneYear: { de: '1 Jahr', en: '1 year' },
} satisfies Record<string, Text>;
