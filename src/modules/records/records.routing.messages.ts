import type { Text } from '../../platform/i18n/i18n.ts';
import type { RoutingStatus, StepKind, StepStatus } from './records.workflow.tables.ts';

export const routingText = {
  formTitle: { de: 'Mitzeichnung und Zeichnung', en: 'Co-signing and sign-off' },
  documentLine: {
    de: 'Dokument „{title}“, Version {version} · Vorgang {number}: {caseTitle} (Akte {reference})',
    en: 'Document “{title}”, version {version} · case {number}: {caseTitle} (file {reference})',
  },
  backToDocument: { de: 'Zurück zum Dokument', en: 'Back to the document' },
  startHeading: { de: 'Mitzeichnung starten', en: 'Start co-signing' },
  startIntro: {
    de: 'Das Dokument geht in der angegebenen Reihenfolge an die gewählten Personen oder Ämter. Bei einem Amt kann jede Sachbearbeiterin und jede Amtsleitung des Amts handeln. Zuletzt zeichnet die gewählte Person oder das gewählte Amt; damit wird diese Version unveränderlich festgeschrieben.',
    en: 'The document goes to the chosen people or departments in the given order. For a department any of its clerks and heads may act. The last step signs off; that fixes this version for good.',
  },
  coSignLabel: { de: '{position}. Mitzeichnung', en: 'Co-signing no. {position}' },
  coSignHint: { de: 'Freilassen, wenn nicht benötigt.', en: 'Leave empty if not needed.' },
  signOffLabel: { de: 'Zeichnung (abschließend)', en: 'Sign-off (final)' },
  chooseNobody: { de: '– niemand –', en: '– nobody –' },
  choosePrompt: { de: '– bitte wählen –', en: '– please choose –' },
  groupPeople: { de: 'Personen', en: 'People' },
  groupDepartments: { de: 'Ämter', en: 'Departments' },
  addStep: { de: 'Weitere Mitzeichnung hinzufügen', en: 'Add another co-signing step' },
  start: { de: 'Mitzeichnung starten', en: 'Start co-signing' },
  started: { de: 'Die Mitzeichnung wurde gestartet.', en: 'The co-signing routing has been started.' },
  cancelled: { de: 'Die Mitzeichnung wurde abgebrochen.', en: 'The co-signing routing has been cancelled.' },
  mayNotStart: {
    de: 'Eine Mitzeichnung kann nur starten, wer das Dokument bearbeiten darf.',
    en: 'Only someone who may change the document can start a co-signing routing.',
  },
  frozen: {
    de: 'Diese Version ist bereits gezeichnet und festgeschrieben.',
    en: 'This version has already been signed off and is fixed.',
  },
  caseClosed: { de: 'Der Vorgang ist abgeschlossen.', en: 'The case is closed.' },
  runningNotice: {
    de: 'Für dieses Dokument läuft eine Mitzeichnung. Eine neue kann erst starten, wenn sie beendet ist.',
    en: 'A co-signing routing is running for this document. A new one can start only after it ends.',
  },
  historyHeading: { de: 'Mitzeichnungen dieses Dokuments', en: 'Routings of this document' },
  historyNone: { de: 'Noch keine.', en: 'None yet.' },
  routingCaption: {
    de: 'Version {version}, gestartet von {name} am {at}',
    en: 'Version {version}, started by {name} on {at}',
  },
  columnPosition: { de: 'Nr.', en: 'No.' },
  columnKind: { de: 'Art', en: 'Kind' },
  columnAddressee: { de: 'An', en: 'To' },
  columnStatus: { de: 'Stand', en: 'Status' },
  columnActed: { de: 'Erledigt durch', en: 'Done by' },
  columnComment: { de: 'Bemerkung', en: 'Comment' },
  actedBy: { de: '{name}, {at}', en: '{name}, {at}' },
  actedOnBehalf: { de: '{name} i. V. für {absent}, {at}', en: '{name} on behalf of {absent}, {at}' },
  cancel: { de: 'Mitzeichnung abbrechen', en: 'Cancel co-signing' },
  fieldChoose: {
    de: 'Bitte wählen Sie eine Person oder ein Amt aus der Liste.',
    en: 'Please choose a person or a department from the list.',
  },
  signOffMissing: {
    de: 'Bitte wählen Sie, wer abschließend zeichnet.',
    en: 'Please choose who signs off at the end.',
  },
  duplicate: {
    de: 'Jede Person und jedes Amt kann nur einmal im Geschäftsgang stehen.',
    en: 'Each person and department can appear only once in the routing.',
  },
  personCannotSee: {
    de: '{name} darf dieses Dokument nicht sehen und kann es daher nicht mitzeichnen.',
    en: '{name} may not see this document and so cannot co-sign it.',
  },
  departmentCannotSee: {
    de: 'Im Amt {name} gibt es niemanden, der dieses Dokument sehen und mitzeichnen darf.',
    en: 'Nobody in department {name} may see and co-sign this document.',
  },
  versionChanged: {
    de: 'Inzwischen gibt es Version {version} dieses Dokuments. Bitte prüfen Sie sie und starten Sie die Mitzeichnung dann für diese Version.',
    en: 'Version {version} of this document exists meanwhile. Please check it, then start the routing for that version.',
  },
  inboxTitle: { de: 'Mitzeichnungen', en: 'Co-signing' },
  waitingHeading: { de: 'Wartet auf Sie', en: 'Waiting for you' },
  waitingNone: { de: 'Nichts wartet auf Ihre Mitzeichnung.', en: 'Nothing is waiting for you.' },
  waitingItem: {
    de: 'Version {version} · {reference} · Vorgang {number}: {caseTitle} · gestartet von {initiator} · wartet seit {since}',
    en: 'Version {version} · {reference} · case {number}: {caseTitle} · started by {initiator} · waiting since {since}',
  },
  addressedToMe: { de: 'an Sie', en: 'to you' },
  addressedToDepartment: { de: 'an Ihr Amt {name}', en: 'to your department {name}' },
  addressedForAbsent: { de: 'an {name} (Sie vertreten)', en: 'to {name} (you stand in)' },
  staleWarning: {
    de: 'Achtung: Es gibt inzwischen Version {current}. Diese Mitzeichnung betrifft Version {version} und kann nur noch zurückgegeben werden.',
    en: 'Note: version {current} exists meanwhile. This routing concerns version {version} and can only be returned.',
  },
  earlierHeading: { de: 'Bisherige Schritte', en: 'Earlier steps' },
  commentLabel: { de: 'Bemerkung', en: 'Comment' },
  commentHint: {
    de: 'Zum Mitzeichnen freiwillig, zum Zurückgeben Pflicht. Höchstens 2000 Zeichen.',
    en: 'Optional to co-sign, required to return. At most 2000 characters.',
  },
  coSign: { de: 'Mitzeichnen', en: 'Co-sign' },
  signOff: { de: 'Zeichnen', en: 'Sign off' },
  return: { de: 'Zurückgeben', en: 'Return' },
  commentRequired: {
    de: 'Bitte begründen Sie die Rückgabe in der Bemerkung.',
    en: 'Please give the reason for returning in the comment.',
  },
  commentTooLong: {
    de: 'Die Bemerkung darf höchstens 2000 Zeichen lang sein.',
    en: 'The comment must be at most 2000 characters long.',
  },
  done_co_signed: { de: 'Sie haben mitgezeichnet.', en: 'You have co-signed.' },
  done_signed: {
    de: 'Sie haben gezeichnet. Die Version ist festgeschrieben.',
    en: 'You have signed off. The version is fixed.',
  },
  done_returned: { de: 'Sie haben die Mitzeichnung zurückgegeben.', en: 'You have returned the routing.' },
  startedHeading: { de: 'Von Ihnen gestartet', en: 'Started by you' },
  startedNone: {
    de: 'Keine laufenden oder in den letzten 30 Tagen beendeten Mitzeichnungen.',
    en: 'No routings running or ended in the last 30 days.',
  },
  more: { de: 'Weitere', en: 'More' },
  returnedBy: { de: 'Zurückgegeben von {name}: „{comment}“', en: 'Returned by {name}: “{comment}”' },
} satisfies Record<string, Text>;

export const routingStatusText: Record<RoutingStatus, Text> = {
  running: { de: 'läuft', en: 'running' },
  returned: { de: 'zurückgegeben', en: 'returned' },
  signed: { de: 'gezeichnet', en: 'signed off' },
  cancelled: { de: 'abgebrochen', en: 'cancelled' },
};

export const stepKindText: Record<StepKind, Text> = {
  co_sign: { de: 'Mitzeichnung', en: 'Co-signing' },
  sign_off: { de: 'Zeichnung', en: 'Sign-off' },
};

export const stepStatusText: Record<StepStatus, Text> = {
  waiting: { de: 'noch nicht an der Reihe', en: 'not yet reached' },
  current: { de: 'an der Reihe', en: 'current' },
  done: { de: 'erledigt', en: 'done' },
  returned: { de: 'zurückgegeben', en: 'returned' },
  cancelled: { de: 'abgebrochen', en: 'cancelled' },
};
