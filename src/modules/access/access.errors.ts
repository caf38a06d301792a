import { defineErrors } from '../../platform/http/app-error.ts';

export const accessErrors = defineErrors('access', {
  unauthenticated: {
    status: 401,
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  },
  forbidden: {
    status: 403,
    de: 'Sie haben keine Berechtigung für diese Aktion.',
    en: 'You are not allowed to do this.',
  },
  // The service needs a surer identification than the session has (e.g. BundID with the eID card).
  trust_level_too_low: {
    status: 403,
    de: 'Für diesen Dienst müssen Sie sich mit einem höheren Vertrauensniveau anmelden, zum Beispiel mit der BundID und Ihrem Online-Ausweis.',
    en: 'This service requires a sign-in with a higher level of assurance, for example BundID with your online ID card.',
  },
});
