import { defineErrors } from '../../platform/http/app-error.ts';

export const citizenErrors = defineErrors('citizens', {
  // One message for an unknown address, a wrong password and an unverified account: the answer must not
  // tell anyone which addresses have an account.
  invalid_credentials: {
    status: 400,
    de: 'E-Mail-Adresse oder Passwort ist nicht richtig, oder die E-Mail-Adresse ist noch nicht bestätigt.',
    en: 'The e-mail address or password is not correct, or the e-mail address has not been confirmed yet.',
  },
  // The link was used already, has run out (24 h / 1 h) or never existed.
  invalid_token: {
    status: 400,
    de: 'Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
    en: 'This link is invalid or has expired. Please request a new one.',
  },
});
