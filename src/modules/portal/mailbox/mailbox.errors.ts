// Why the Postfach refuses something. Codes are stable; the texts say what to do.
import { defineErrors } from '../../../platform/http/app-error.ts';

export const mailboxErrors = defineErrors('portal', {
  // Unknown, or another person's message: the same answer, so a message id reveals nothing.
  mailbox_message_not_found: {
    status: 404,
    de: 'Diese Nachricht gibt es in Ihrem Postfach nicht.',
    en: 'This message does not exist in your mailbox.',
  },
  mailbox_attachment_not_found: {
    status: 404,
    de: 'Diesen Anhang gibt es nicht (mehr).',
    en: 'This attachment does not exist (any more).',
  },
  // Thrown to the office's code (sendToCitizen), never shown to a citizen.
  mailbox_citizen_not_found: {
    status: 400,
    de: 'Für diese Person gibt es kein Bürgerkonto.',
    en: 'There is no citizen account for this person.',
  },
  mailbox_invalid_message: {
    status: 400,
    de: 'Die Nachricht ist unvollständig: Betreff (höchstens 200 Zeichen) und Text (höchstens 20.000 Zeichen) sind nötig; eine Antwortfrist nur bei einer Rückfrage.',
    en: 'The message is incomplete: a subject (at most 200 characters) and a text (at most 20,000 characters) are needed; a reply deadline only for a query.',
  },
  mailbox_attachment_missing: {
    status: 400,
    de: 'Ein Anhang ist nicht im Dokumentenspeicher abgelegt.',
    en: 'An attachment is not in the document store.',
  },
  // Only messages from the office are answered; a reply to one's own reply is not.
  mailbox_not_answerable: {
    status: 400,
    de: 'Auf diese Nachricht kann nicht geantwortet werden.',
    en: 'This message cannot be answered.',
  },
});
