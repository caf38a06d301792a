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

// Sign-in through a state identity service. The texts name the service ({label}, e.g. BundID); the
// BundID pages fill it in. Each refusal is recorded as citizens.oidc_refused and creates nothing.
export const citizenOidcErrors = defineErrors('citizens', {
  // Wrong or missing state, a nonce that does not match, a code that cannot be exchanged: the answer
  // does not belong to a sign-in this browser started (possibly forged or replayed).
  oidc_refused: {
    status: 400,
    de: 'Die Anmeldung über {label} konnte nicht abgeschlossen werden. Bitte starten Sie die Anmeldung erneut.',
    en: 'Signing in with {label} could not be completed. Please start signing in again.',
  },
  // The provider answered with an error, e.g. access_denied when the person cancelled there.
  oidc_provider_error: {
    status: 400,
    de: 'Die Anmeldung bei {label} wurde abgebrochen oder abgelehnt. Es wurde nichts gespeichert. Sie können es erneut versuchen oder sich mit E-Mail-Adresse und Passwort anmelden.',
    en: 'Signing in with {label} was cancelled or refused. Nothing was saved. You can try again or sign in with e-mail address and password.',
  },
  // Without a level of assurance we cannot tell what the identification is worth, so no session at all.
  oidc_level_missing: {
    status: 400,
    de: '{label} hat kein bekanntes Vertrauensniveau für Ihre Identifizierung übermittelt. Ohne diese Angabe können wir Sie nicht anmelden. Bitte versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich bitte an die Stadtverwaltung.',
    en: '{label} did not send a known level of assurance for your identification. Without it we cannot sign you in. Please try again; if the problem persists, please contact the town administration.',
  },
  oidc_name_missing: {
    status: 400,
    de: '{label} hat Ihren Vor- und Nachnamen nicht übermittelt. Ohne diese Angaben können wir kein Bürgerkonto anlegen. Bitte stimmen Sie bei {label} der Übermittlung zu und versuchen Sie es erneut.',
    en: '{label} did not send your given and family name. Without them we cannot create a citizen account. Please allow {label} to send them and try again.',
  },
  // The address from the service belongs to an account here; linking by address alone could hand a
  // stranger's account over, so the person signs in there and links the service explicitly.
  oidc_email_in_use: {
    status: 409,
    de: 'Zu der E-Mail-Adresse aus Ihrem {label}-Konto gibt es hier bereits ein Bürgerkonto. Bitte melden Sie sich mit E-Mail-Adresse und Passwort an und verknüpfen Sie {label} unter „Mein Konto“. Haben Sie das Passwort vergessen, setzen Sie es zuerst neu.',
    en: 'There already is a citizen account here with the e-mail address of your {label} account. Please sign in with e-mail address and password and link {label} under "My account". If you forgot the password, reset it first.',
  },
  oidc_linked_elsewhere: {
    status: 409,
    de: 'Dieses {label}-Konto ist bereits mit einem anderen Bürgerkonto verknüpft. Bitte melden Sie sich ab und direkt mit {label} an.',
    en: 'This {label} account is already linked to another citizen account. Please sign out and sign in with {label} directly.',
  },
  oidc_other_identity: {
    status: 409,
    de: 'Ihr Bürgerkonto ist bereits mit einem anderen {label}-Konto verknüpft.',
    en: 'Your citizen account is already linked to another {label} account.',
  },
  // Linking was started while signed in, but the session ended before the service sent the person back.
  oidc_link_needs_session: {
    status: 400,
    de: 'Zum Verknüpfen mit {label} müssen Sie in Ihrem Bürgerkonto angemeldet sein. Bitte melden Sie sich an und versuchen Sie es erneut.',
    en: 'To link {label} you need to be signed in to your citizen account. Please sign in and try again.',
  },
  oidc_not_configured: {
    status: 404,
    de: 'Die Anmeldung über einen staatlichen Identitätsdienst ist hier nicht eingerichtet.',
    en: 'Signing in with a state identity service is not set up here.',
  },
  oidc_unavailable: {
    status: 502,
    de: 'Der Identitätsdienst ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut oder melden Sie sich mit E-Mail-Adresse und Passwort an.',
    en: 'The identity service cannot be reached right now. Please try again later or sign in with e-mail address and password.',
  },
});

// Business accounts. "Not found" also for a company the citizen does not belong to: whether it exists
// is none of their business.
export const companyErrors = defineErrors('citizens', {
  company_not_found: {
    status: 404,
    de: 'Dieses Unternehmenskonto gibt es nicht, oder Sie gehören ihm nicht an.',
    en: 'This business account does not exist, or you do not belong to it.',
  },
  company_admin_only: {
    status: 403,
    de: 'Das dürfen nur vertretungsberechtigte Personen (Administration) des Unternehmens.',
    en: 'Only representatives (administration) of the company may do this.',
  },
  // A company without a representative could never be managed again.
  company_last_admin: {
    status: 409,
    de: 'Ein Unternehmenskonto braucht mindestens eine vertretungsberechtigte Person. Bestimmen Sie zuerst eine andere Person dazu.',
    en: 'A business account needs at least one representative. Appoint another person first.',
  },
  company_already_member: {
    status: 409,
    de: 'Diese Person gehört dem Unternehmen bereits an.',
    en: 'This person already belongs to the company.',
  },
  invitation_invalid: {
    status: 400,
    de: 'Diese Einladung ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte lassen Sie sich erneut einladen.',
    en: 'This invitation is invalid, has expired or has been used already. Please ask for a new invitation.',
  },
  // The link is a secret mailed to one address; a forwarded link must not let someone else in.
  invitation_other_address: {
    status: 403,
    de: 'Diese Einladung gilt für eine andere E-Mail-Adresse. Bitte melden Sie sich mit dem Bürgerkonto zu der eingeladenen Adresse an.',
    en: 'This invitation is for another e-mail address. Please sign in with the citizen account of the invited address.',
  },
});
