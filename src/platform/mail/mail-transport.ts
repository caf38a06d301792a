// How a stored e-mail leaves the outbox. SMTP in production; without SMTP the capture transport only
// marks it "captured", and the development mail page shows it instead.
import type { Mailbox } from './mail-address.ts';

export interface OutgoingMail {
  from: Mailbox;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Stable per outbox row: a resend after a crash carries the same Message-ID, so mail clients can drop the duplicate. */
  messageId: string;
  signal?: AbortSignal;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'capture';
  /** Resolves once the server accepted the message; rejects with the server's answer otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export function createCaptureTransport(): MailTransport {
  return {
    kind: 'capture',
    async send() {},
    async close() {},
  };
}
