import { key, parsers } from '../config/config-keys.ts';
import { parseMailbox } from './mail-address.ts';

export const mailConfig = {
  smtpUrl: key<string | undefined>({
    env: 'SMTP_URL',
    description:
      'SMTP-Server für ausgehende E-Mails (smtp://benutzer:passwort@host:587 oder smtps://…:465); leer = E-Mails nur in der Entwickler-Postausgangsseite anzeigen',
    default: undefined,
    parse: parsers.url('smtp:', 'smtps:'),
  }),
  from: key({
    env: 'MAIL_FROM',
    description: 'Absender ausgehender E-Mails (Name <adresse@domain> oder nur die Adresse)',
    default: 'Rathaus <noreply@rathaus.localhost>',
    parse: (raw) => {
      parseMailbox(raw);
      return raw;
    },
  }),
};
