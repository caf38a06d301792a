// Texts of the sign-in through a state identity service; {label} is its configured name (BundID).
import type { Text } from '../../platform/i18n/i18n.ts';
import type { TrustLevel } from '../access/index.ts';

/** The eIDAS levels of assurance as the regulation's German text names them. */
export const trustLevelText: Record<TrustLevel, Text> = {
  basic: { de: 'niedrig', en: 'low' },
  substantial: { de: 'substanziell', en: 'substantial' },
  high: { de: 'hoch', en: 'high' },
};

export const citizenOidcText = {
  signInWith: { de: 'Mit {label} anmelden', en: 'Sign in with {label}' },
  alternativeHeading: { de: 'Oder mit {label}', en: 'Or with {label}' },
  alternativeIntro: {
    de: 'Mit {label} weisen Sie sich mit dem Online-Ausweis oder einem ELSTER-Zertifikat aus. Manche Anträge verlangen diese sichere Identifizierung. Beim ersten Mal legen wir Ihr Bürgerkonto mit den Angaben aus {label} an.',
    en: 'With {label} you identify yourself with the online ID card or an ELSTER certificate. Some applications require this secure identification. The first time, we create your citizen account from the details in {label}.',
  },
  signedInVia: {
    de: 'Angemeldet über {label} (Vertrauensniveau {level})',
    en: 'Signed in with {label} (level of assurance {level})',
  },
  signedInWithPassword: {
    de: 'Angemeldet mit E-Mail-Adresse und Passwort (Vertrauensniveau {level})',
    en: 'Signed in with e-mail address and password (level of assurance {level})',
  },
  linkHeading: { de: 'Anmeldung mit {label}', en: 'Signing in with {label}' },
  linked: {
    de: 'Ihr Bürgerkonto ist seit {date} mit {label} verknüpft. Sie können sich damit anmelden.',
    en: 'Your citizen account has been linked to {label} since {date}. You can sign in with it.',
  },
  notLinked: {
    de: 'Verknüpfen Sie Ihr Bürgerkonto mit {label}, um sich auch damit anzumelden – für Anträge, die eine sichere Identifizierung verlangen.',
    en: 'Link your citizen account to {label} to sign in with it too – for applications that require secure identification.',
  },
  linkButton: { de: 'Mit {label} verknüpfen', en: 'Link to {label}' },
  noEmail: { de: 'keine hinterlegt', en: 'none on record' },
  refusedTitle: { de: 'Anmeldung über {label} nicht möglich', en: 'Signing in with {label} not possible' },
  backToLogin: { de: 'Zurück zur Anmeldung', en: 'Back to sign-in' },
  backToAccount: { de: 'Zurück zu Mein Konto', en: 'Back to my account' },
} satisfies Record<string, Text>;
