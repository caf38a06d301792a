// Stable error codes of the E-Akte. Other parts of the module (documents, workflow) throw these too,
// so a client sees the same code for "the file is closed" whichever route it used.
import { defineErrors } from '../../platform/http/app-error.ts';

export const recordsErrors = defineErrors('records', {
  // Unknown id, another municipality's id, or a record the person may not see: all answer the same 404,
  // so the existence of a confidential file does not leak.
  not_found: {
    status: 404,
    de: 'Diesen Eintrag gibt es nicht, oder Sie haben keinen Zugriff darauf.',
    en: 'This record does not exist, or you have no access to it.',
  },
  // The person may see the record but not change it (another department's open file, no write role there).
  not_allowed: {
    status: 403,
    de: 'Sie dürfen diesen Eintrag sehen, aber nicht ändern.',
    en: 'You may see this record, but not change it.',
  },
  // A closed file (zdA) takes no new cases or documents and no edits; only the Registratur reopens it.
  // An online service names a file plan group (or department) that this municipality does not have
  // (or has retired, or gave no retention period): a setup fault, so the submission is refused whole.
  intake_plan_missing: {
    status: 500,
    de: 'Der Antrag kann derzeit nicht abgelegt werden, weil die Aktenablage für diese Leistung nicht eingerichtet ist. Bitte versuchen Sie es später erneut.',
    en: 'The application cannot be filed at the moment because the records setup for this service is incomplete. Please try again later.',
  },
  file_closed: {
    status: 409,
    de: 'Die Akte ist geschlossen. Sie nimmt keine neuen Vorgänge oder Dokumente mehr auf.',
    en: 'The file is closed. It takes no new cases or documents.',
  },
  case_closed: {
    status: 409,
    de: 'Der Vorgang ist abgeschlossen. Öffnen Sie ihn wieder, um etwas hinzuzufügen.',
    en: 'The case is closed. Reopen it to add anything.',
  },
  // A file is closed only when its work is done: every case in it closed.
  file_has_open_cases: {
    status: 409,
    de: 'Die Akte hat noch offene Vorgänge. Schließen Sie zuerst alle Vorgänge ab.',
    en: 'The file still has open cases. Close all cases first.',
  },
  file_not_closed: {
    status: 409,
    de: 'Die Akte ist nicht geschlossen.',
    en: 'The file is not closed.',
  },
  case_not_closed: {
    status: 409,
    de: 'Der Vorgang ist nicht abgeschlossen.',
    en: 'The case is not closed.',
  },
  case_already_closed: {
    status: 409,
    de: 'Der Vorgang ist bereits abgeschlossen.',
    en: 'The case is already closed.',
  },
  file_already_closed: {
    status: 409,
    de: 'Die Akte ist bereits geschlossen.',
    en: 'The file is already closed.',
  },
  // Optimistic concurrency: someone else saved the record after it was loaded for editing.
  stale_version: {
    status: 409,
    de: 'Jemand anderes hat diesen Eintrag inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie die Änderungen.',
    en: 'Someone else has changed this record in the meantime. Please reload the page and review the changes.',
  },
  // Reopening a closed file restarts its life; the Registratur (records_manager) alone decides that.
  reopen_needs_records_manager: {
    status: 403,
    de: 'Nur die Registratur (Schriftgutverwaltung) kann eine geschlossene Akte wieder öffnen.',
    en: 'Only the records management (Registratur) can reopen a closed file.',
  },
  plan_node_unknown: {
    status: 400,
    de: 'Diese Gruppe des Aktenplans gibt es nicht.',
    en: 'This file plan group does not exist.',
  },
  plan_node_inactive: {
    status: 409,
    de: 'Diese Gruppe des Aktenplans ist stillgelegt; unter ihr werden keine neuen Akten angelegt.',
    en: 'This file plan group is deactivated; no new files are created under it.',
  },
  department_not_writable: {
    status: 403,
    de: 'Für dieses Amt dürfen Sie keine Akten anlegen oder übernehmen.',
    en: 'You may not create or take over files for this department.',
  },
  // The pattern and the plan code gave a reference that already exists (e.g. after a pattern change).
  reference_taken: {
    status: 409,
    de: 'Das erzeugte Aktenzeichen ist bereits vergeben. Bitte wenden Sie sich an die Registratur.',
    en: 'The generated file reference is already taken. Please contact records management.',
  },
  link_to_itself: {
    status: 400,
    de: 'Eine Akte kann nicht auf sich selbst verweisen.',
    en: 'A file cannot refer to itself.',
  },
  move_to_same_file: {
    status: 400,
    de: 'Der Vorgang liegt bereits in dieser Akte.',
    en: 'The case is already in this file.',
  },
  validation_failed: {
    status: 400,
    de: 'Die Eingaben sind nicht gültig.',
    en: 'The input is not valid.',
  },
});
