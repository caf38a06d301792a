import { defineErrors } from '../../platform/http/app-error.ts';

export const totpErrors = defineErrors('identity', {
  // Wrong, malformed, too old, or already used: one message, the person just tries the next code.
  invalid_code: {
    status: 400,
    de: 'Der Code ist nicht richtig. Bitte geben Sie den aktuellen Code aus Ihrer App ein.',
    en: 'The code is not correct. Please enter the current code from your app.',
  },
  pending_login_expired: {
    status: 400,
    de: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.',
    en: 'Your sign-in has expired. Please sign in again.',
  },
});
