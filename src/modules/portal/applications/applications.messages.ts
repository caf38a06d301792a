// Texts of the applications part (citizen side and office side), German first.
import type { Text } from '../../../platform/i18n/i18n.ts';
import type { ApplicationStatus } from './applications.tables.ts';

export const applicationsText = {
  navApplications: { de: 'Meine Anträge', en: 'My applications' },
  listTitle: { de: 'Meine Anträge', en: 'My applications' },
  listIntro: {
    de: 'Ihre online gestellten Anträge mit ihrem Stand. Nachrichten und Bescheide finden Sie im Postfach.',
    en: 'The applications you made online, with their status. Messages and notices are in your mailbox.',
  },
  listNone: { de: 'Sie haben noch keine Anträge gestellt.', en: 'You have not made any applications yet.' },
  toCatalogue: { de: 'Zu den Leistungen', en: 'To the services' },
  columnReference: { de: 'Zeichen', en: 'Reference' },
  columnService: { de: 'Leistung', en: 'Service' },
  columnSubmitted: { de: 'Eingegangen', en: 'Submitted' },
  columnStatus: { de: 'Stand', en: 'Status' },
  detailTitle: { de: 'Antrag {reference}', en: 'Application {reference}' },
  submittedNotice: {
    de: 'Vielen Dank. Ihr Antrag ist eingegangen und wird bearbeitet. Ihr Zeichen: {reference}.',
    en: 'Thank you. Your application has been received and will be processed. Your reference: {reference}.',
  },
  receipt: { de: 'Eingangsbestätigung (PDF)', en: 'Acknowledgement of receipt (PDF)' },
  answersHeading: { de: 'Ihre Angaben', en: 'Your answers' },
  factsService: { de: 'Leistung', en: 'Service' },
  factsSubmitted: { de: 'Eingegangen am', en: 'Submitted on' },
  factsStatus: { de: 'Stand', en: 'Status' },
  factsFee: { de: 'Gebühr', en: 'Fee' },
  summaryTitle: { de: 'Angaben prüfen und absenden', en: 'Check and submit' },
  summaryIntro: {
    de: 'Bitte prüfen Sie Ihre Angaben. Über „Ändern“ kommen Sie zurück zum jeweiligen Schritt.',
    en: 'Please check your answers. “Change” takes you back to the step.',
  },
  declarationLegend: { de: 'Erklärung', en: 'Declaration' },
  declaration: {
    de: 'Ich versichere, dass meine Angaben richtig und vollständig sind.',
    en: 'I declare that my answers are correct and complete.',
  },
  declarationMissing: {
    de: 'Bitte bestätigen Sie die Erklärung, um den Antrag abzusenden.',
    en: 'Please confirm the declaration to submit the application.',
  },
  submit: { de: 'Antrag verbindlich absenden', en: 'Submit application' },
  draftSaved: {
    de: 'Ihre Eingaben werden bei jedem Schritt gespeichert; Sie können später hier weitermachen.',
    en: 'Your answers are saved at every step; you can continue here later.',
  },
  feeHeading: { de: 'Gebühr', en: 'Fee' },
  feePaid: { de: 'Bezahlt am {date}.', en: 'Paid on {date}.' },
  feeOpen: {
    de: 'Die Gebühr von {amount} ist noch offen. Sie können sie jetzt online bezahlen.',
    en: 'The fee of {amount} is still open. You can pay it online now.',
  },
  feePending: {
    de: 'Ihre Zahlung wird noch bestätigt. Sie können sie erneut starten, falls sie abgebrochen wurde.',
    en: 'Your payment is still being confirmed. You can start it again if it was cancelled.',
  },
  pay: { de: 'Gebühr jetzt online bezahlen', en: 'Pay the fee online now' },
  serviceOffline: {
    de: 'Diese Leistung kann derzeit nicht online beantragt werden.',
    en: 'This service cannot be applied for online at the moment.',
  },
} satisfies Record<string, Text>;

export const statusText: Record<ApplicationStatus, Text> = {
  submitted: { de: 'Eingegangen', en: 'Submitted' },
  in_progress: { de: 'In Bearbeitung', en: 'In progress' },
  query: { de: 'Rückfrage an Sie', en: 'Query to you' },
  decided: { de: 'Entschieden', en: 'Decided' },
  closed: { de: 'Abgeschlossen', en: 'Closed' },
};
