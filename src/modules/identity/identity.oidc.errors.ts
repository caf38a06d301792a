import { defineErrors } from '../../platform/http/app-error.ts';

export const oidcErrors = defineErrors('identity', {
  // The answer from the provider does not belong to the sign-in this browser started (wrong or missing
  // state, wrong nonce, a code that cannot be exchanged): possibly a forged or replayed response.
  oidc_refused: {
    status: 400,
    de: 'Die Anmeldung über das Verwaltungskonto konnte nicht abgeschlossen werden. Bitte starten Sie die Anmeldung erneut.',
    en: 'Signing in with the administration account could not be completed. Please start signing in again.',
  },
  // Known to the provider, but not here: no link, no account with the verified address, no mapped role.
  oidc_unknown_account: {
    status: 403,
    de: 'Für Ihr Verwaltungskonto ist hier kein Zugang eingerichtet. Bitte wenden Sie sich an die Administration.',
    en: 'No access has been set up here for your administration account. Please contact the administration.',
  },
  oidc_not_configured: {
    status: 404,
    de: 'Die Anmeldung über ein Verwaltungskonto ist hier nicht eingerichtet.',
    en: 'Signing in with an administration account is not set up here.',
  },
  oidc_unavailable: {
    status: 502,
    de: 'Der Anmeldedienst der Verwaltung ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    en: 'The administration sign-in service cannot be reached right now. Please try again later.',
  },
});
