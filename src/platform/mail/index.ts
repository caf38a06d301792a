// The mailer's public face: other code imports from here.
export {
  createMailer,
  MAIL_SEND_JOB,
  type Mailer,
  type MailerOptions,
  type MailInput,
  type OutboxPage,
} from './mailer.ts';
export { createCaptureTransport, type MailTransport, type OutgoingMail } from './mail-transport.ts';
export { createSmtpTransport, type SmtpTransportOptions } from './smtp-transport.ts';
export { createMailTransportFromConfig } from './create-mail-transport.ts';
export { mailConfig } from './mail.config.ts';
export { mailErrors } from './mail.errors.ts';
export type { OutboxMessage, OutboxSummary } from './mail.repository.ts';
export type { MailTables, OutboxStatus } from './mail.tables.ts';
