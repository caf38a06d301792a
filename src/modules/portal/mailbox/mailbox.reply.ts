// The citizen answers a message of the office with text and files. Checks first (text, every file's
// content): when anything is refused, nothing is stored. Then the files go to the blob store, and one
// transaction records the reply, its attachments and the audit entry. A reply that belongs to a case
// "lands in the case": it is handed to fileReply (the E-Akte filing the lead wires in) after the commit,
// because filing opens transactions of its own; filed_at records when that succeeded.
import { createReadStream } from 'node:fs';
import type { Text } from '../../../platform/i18n/i18n.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { mailboxErrors } from './mailbox.errors.ts';
import { mailboxText } from './mailbox.messages.ts';
import { createMailboxRepository } from './mailbox.repository.ts';
import type { StagedUpload } from './mailbox.uploads.ts';
import type { MailboxDeps, MailboxScope } from './mailbox.usecases.ts';

export interface FileReplyInput {
  tenantId: string;
  caseId: string;
  citizenId: string;
  /** The reply's id in the Postfach. */
  messageId: string;
  subject: string;
  body: string;
  /** Checked files, still staged; removed by the caller after fileReply returns. */
  files: StagedUpload[];
}

export interface MailboxOptions {
  /** Files a reply in the E-Akte case (records' addDocument); when absent, replies stay in the Postfach. */
  fileReply?: (input: FileReplyInput) => Promise<void>;
}

export const maxReplyCharacters = 5_000;

export interface ReplyProblem {
  field: 'nachricht' | 'anhaenge';
  text: Text;
  values?: Record<string, string>;
}

/** The text of a reply: required, at most 5,000 characters (after trimming). */
export function checkReplyText(raw: string | undefined): { text: string; problem?: ReplyProblem } {
  const text = (raw ?? '').replace(/\r\n/g, '\n').trim();
  if (text === '') return { text, problem: { field: 'nachricht', text: mailboxText.replyTextMissing } };
  if (text.length > maxReplyCharacters)
    return { text, problem: { field: 'nachricht', text: mailboxText.replyTextTooLong } };
  return { text };
}

/** The message being answered: the citizen's own, from the office. Throws not found otherwise. */
export async function loadAnswerable(scope: MailboxScope, citizenId: string, messageId: string) {
  const message = await scope((trx) => createMailboxRepository({ trx }).findOfCitizen(citizenId, messageId));
  if (!message) throw mailboxErrors.mailbox_message_not_found();
  if (message.direction !== 'to_citizen') throw mailboxErrors.mailbox_not_answerable();
  return message;
}

export async function sendReply(
  deps: MailboxDeps & { scope: MailboxScope },
  options: MailboxOptions,
  input: { tenantId: string; citizenId: string; messageId: string; text: string; files: StagedUpload[] },
): Promise<{ replyId: string; filingError?: unknown }> {
  const original = await loadAnswerable(deps.scope, input.citizenId, input.messageId);
  const { text, problem } = checkReplyText(input.text);
  if (problem) throw mailboxErrors.mailbox_invalid_message();
  for (const file of input.files) {
    const stored = await deps.blobs.put(createReadStream(file.staged.path));
    if (stored.sha256 !== file.staged.sha256) throw new Error('staged file changed while it was stored');
  }
  // "Antwort: …" in German, as the office reads it; cut to the column's 200 characters.
  const subject = translate('de', mailboxText.replySubject, { subject: original.subject }).slice(0, 200);
  const replyId = await deps.scope(async (trx) => {
    const id = await createMailboxRepository({ trx }).insertMessage(
      {
        citizenId: input.citizenId,
        direction: 'from_citizen',
        kind: 'message',
        subject,
        body: text,
        replyToMessageId: original.id,
        caseId: original.caseId,
        applicationId: original.applicationId,
        replyBy: null,
        sentByStaffId: null,
        createdAt: deps.now(),
      },
      input.files.map((file) => ({
        blobSha256: file.staged.sha256,
        fileName: file.fileName,
        mediaType: file.mediaType,
        byteSize: file.byteSize,
        documentId: null,
      })),
    );
    await deps.audit.append(trx, {
      actor: { type: 'citizen', id: input.citizenId },
      action: 'mailbox.reply_sent',
      object: { type: 'portal_mailbox_message', id },
      summary: { replyTo: original.id, caseId: original.caseId, attachments: input.files.length },
    });
    return id;
  });
  if (!options.fileReply || !original.caseId) return { replyId };
  try {
    await options.fileReply({
      tenantId: input.tenantId,
      caseId: original.caseId,
      citizenId: input.citizenId,
      messageId: replyId,
      subject,
      body: text,
      files: input.files,
    });
  } catch (error) {
    // The reply is safe in the Postfach; an unfiled reply (case set, filed_at empty) can be filed again.
    return { replyId, filingError: error };
  }
  await deps.scope(async (trx) => {
    await createMailboxRepository({ trx }).markFiled(replyId, deps.now());
    await deps.audit.append(trx, {
      actor: { type: 'system' },
      action: 'mailbox.reply_filed',
      object: { type: 'portal_mailbox_message', id: replyId },
      summary: { caseId: original.caseId },
    });
  });
  return { replyId };
}
