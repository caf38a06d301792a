// Refusals of the mailer, with stable codes. They are thrown before anything is stored.
import { defineErrors } from '../http/app-error.ts';

export const mailErrors = defineErrors('mail', {
  // A CR or LF in a header value would end that header and let the rest of the value add new ones
  // (Bcc: to a spam list, a forged Reply-To). Such input is an attack or a bug, never a typo.
  header_injection: {
    status: 400,
    de: 'Betreff oder Adresse enthalten einen Zeilenumbruch.',
    en: 'Subject or address contains a line break.',
  },
  invalid_address: {
    status: 400,
    de: 'Die E-Mail-Adresse ist ungültig.',
    en: 'The e-mail address is invalid.',
  },
  invalid_message: {
    status: 400,
    de: 'Betreff oder Text der E-Mail fehlen oder sind zu lang.',
    en: 'The subject or text of the e-mail is missing or too long.',
  },
  invalid_cursor: {
    status: 400,
    de: 'Ungültige Seitenmarke.',
    en: 'Invalid page cursor.',
  },
});
