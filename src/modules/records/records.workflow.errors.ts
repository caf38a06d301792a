// Errors of resubmissions and co-signing (stable codes; German and English). A record the person may
// not see is always answered with records.not_found (records.errors.ts), never with one of these: they
// would confirm it exists. Closed cases and files answer with records.case_closed / records.file_closed.
import { defineErrors } from '../../platform/http/app-error.ts';

export const workflowErrors = defineErrors('records', {
  // Starting a routing needs the right to change the document (records.policies mayChange).
  routing_start_forbidden: {
    status: 403,
    de: 'Eine Mitzeichnung kann nur starten, wer das Dokument bearbeiten darf.',
    en: 'Only someone who may change the document can start a co-signing routing.',
  },
  routing_already_running: {
    status: 409,
    de: 'Für dieses Dokument läuft bereits eine Mitzeichnung. Sie muss erst abgeschlossen, zurückgegeben oder abgebrochen werden.',
    en: 'A co-signing routing is already running for this document. It must end, be returned or be cancelled first.',
  },
  routing_not_running: {
    status: 409,
    de: 'Diese Mitzeichnung ist bereits beendet.',
    en: 'This co-signing routing has already ended.',
  },
  // The form named a step that is not (or no longer) the one whose turn it is: someone else acted first,
  // or the person is addressed further down the chain.
  routing_step_not_current: {
    status: 409,
    de: 'Dieser Schritt ist nicht (mehr) an der Reihe. Bitte laden Sie die Liste neu.',
    en: 'This step is not (or no longer) the current one. Please reload the list.',
  },
  routing_not_addressed: {
    status: 403,
    de: 'Dieser Schritt ist nicht an Sie, Ihr Amt oder eine von Ihnen vertretene Person gerichtet.',
    en: 'This step is not addressed to you, your department or a person you stand in for.',
  },
  // A new version was uploaded while the routing ran: co-signing or signing the old one would sign
  // something that is no longer the document.
  routing_version_stale: {
    status: 409,
    de: 'Zu diesem Dokument wurde inzwischen eine neue Version hochgeladen. Die Mitzeichnung betrifft eine ältere Version und kann nicht fortgesetzt werden: Bitte geben Sie sie zurück; die Initiatorin oder der Initiator startet sie für die aktuelle Version neu.',
    en: 'A new version of this document has been uploaded meanwhile. The routing concerns an older version and cannot go on: please return it; the initiator starts it again for the current version.',
  },
  routing_not_initiator: {
    status: 403,
    de: 'Nur wer die Mitzeichnung gestartet hat (oder diese Person vertritt), kann sie abbrechen.',
    en: 'Only whoever started the routing (or stands in for them) can cancel it.',
  },
});
