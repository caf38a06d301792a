// Settings of the e-mail inbox for invoices (IMAP polling). Collected into the config tree (src/config.ts) as
// `invoicesMail`. Without INVOICES_IMAP_URL the inbox is off.
import { key, parsers } from '../../platform/config/config-keys.ts';

export const invoicesMailConfig = {
  url: key<string | undefined>({
    env: 'INVOICES_IMAP_URL',
    description:
      'IMAP-Postfach für Eingangsrechnungen (imaps://host:993 oder imap://host:143); leer = kein E-Mail-Eingang',
    default: undefined,
    parse: parsers.url('imap:', 'imaps:'),
  }),
  user: key<string | undefined>({
    env: 'INVOICES_IMAP_USER',
    description: 'Benutzername des Rechnungspostfachs',
    default: undefined,
    parse: parsers.string,
  }),
  password: key<string | undefined>({
    env: 'INVOICES_IMAP_PASSWORD',
    description: 'Passwort des Rechnungspostfachs',
    default: undefined,
    parse: parsers.string,
  }),
  mailbox: key({
    env: 'INVOICES_IMAP_MAILBOX',
    description: 'Ordner, aus dem Rechnungen gelesen werden',
    default: 'INBOX',
    parse: parsers.string,
  }),
  doneMailbox: key<string | undefined>({
    env: 'INVOICES_IMAP_DONE_MAILBOX',
    description:
      'Ordner, in den bearbeitete Nachrichten verschoben werden; leer = sie bleiben und werden nur markiert',
    default: undefined,
    parse: parsers.string,
  }),
  intervalSeconds: key({
    env: 'INVOICES_IMAP_INTERVAL_SECONDS',
    description: 'Abstand der Abrufe in Sekunden',
    default: 300,
    parse: parsers.integer(30, 86_400),
  }),
  tenant: key<string | undefined>({
    env: 'INVOICES_IMAP_TENANT',
    description: 'Kommune (Kürzel), der das Postfach gehört; leer = DEFAULT_TENANT',
    default: undefined,
    parse: parsers.string,
  }),
  answerRefusals: key({
    env: 'INVOICES_IMAP_ANSWER_REFUSALS',
    description: 'Absender einer abgelehnten Nachricht per E-Mail über den Grund informieren',
    default: true,
    parse: parsers.boolean,
  }),
};
