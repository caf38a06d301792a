import type { ConfigValues } from '../config/config-keys.ts';
import type { mailConfig } from './mail.config.ts';
import { createCaptureTransport, type MailTransport } from './mail-transport.ts';
import { createSmtpTransport } from './smtp-transport.ts';

/** SMTP when SMTP_URL is set; otherwise the embedded default: mails are captured for the dev mail page. */
export function createMailTransportFromConfig(values: ConfigValues<typeof mailConfig>): MailTransport {
  return values.smtpUrl === undefined ? createCaptureTransport() : createSmtpTransport(values.smtpUrl);
}
