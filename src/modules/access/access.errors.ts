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
});
