import { defineErrors } from '../../platform/http/app-error.ts';

export const identityErrors = defineErrors('identity', {
  // One message for an unknown address, a wrong password and a deactivated account: the answer must
  // not tell anyone which addresses have an account.
  invalid_credentials: {
    status: 400,
    de: 'E-Mail-Adresse oder Passwort ist nicht richtig.',
    en: 'The e-mail address or password is not correct.',
  },
});
