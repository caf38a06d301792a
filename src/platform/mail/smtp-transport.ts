// Sends through an SMTP server with nodemailer. smtp:// upgrades with STARTTLS when the server offers
// it; smtps:// speaks TLS from the start (port 465). User and password come from the URL.
import { createTransport } from 'nodemailer';
import type { MailTransport } from './mail-transport.ts';

export interface SmtpTransportOptions {
  /** Connect, greeting and socket timeouts; a hanging server must not hold a job slot for minutes. */
  timeoutMs?: number;
}

export function createSmtpTransport(
  smtpUrl: string,
  { timeoutMs = 30_000 }: SmtpTransportOptions = {},
): MailTransport {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`SMTP_URL: Protokoll ${url.protocol} nicht unterstützt; erwartet smtp: oder smtps:`);
  const secure = url.protocol === 'smtps:';
  const transporter = createTransport({
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });

  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html === null ? {} : { html: mail.html }),
        messageId: mail.messageId,
        // Our values are validated; nodemailer must not read files or URLs named in them either.
        disableFileAccess: true,
        disableUrlAccess: true,
        ...(mail.signal ? { signal: mail.signal } : {}),
      });
    },
    async close() {
      transporter.close();
    },
  };
}
