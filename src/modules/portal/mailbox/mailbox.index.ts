// What the rest of the portal (applications, the office's case view) uses of the Postfach.
export {
  listMessagesOfApplication,
  listMessagesOfCase,
  sendToCitizen,
  sendToCitizenIn,
  type MailboxDeps,
  type MailboxMessage,
  type SendToCitizenInput,
} from './mailbox.usecases.ts';
export { type FileReplyInput, type MailboxOptions } from './mailbox.reply.ts';
export type { StagedUpload } from './mailbox.uploads.ts';
export type { AttachmentRow as MailboxAttachment } from './mailbox.repository.ts';
export type { MailboxTables, MessageKind, MessageDirection } from './mailbox.tables.ts';
export { MAILBOX_PATHS } from './mailbox.paths.ts';
export { createMailboxRoutes } from './mailbox.routes.ts';
export { mailboxAccess } from './mailbox.access-table.ts';
