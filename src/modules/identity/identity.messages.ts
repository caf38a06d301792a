import type { StaffRole } from '../access/index.ts';
import type { Text } from '../../platform/i18n/i18n.ts';

export const identityText = {
  loginTitle: { de: 'Anmeldung für Mitarbeitende', en: 'Staff sign-in' },
  loginIntro: {
    de: 'Melden Sie sich mit Ihrer dienstlichen E-Mail-Adresse und Ihrem Passwort an.',
    en: 'Sign in with your work e-mail address and your password.',
  },
  emailLabel: { de: 'E-Mail-Adresse', en: 'E-mail address' },
  passwordLabel: { de: 'Passwort', en: 'Password' },
  loginButton: { de: 'Anmelden', en: 'Sign in' },
  emailMissing: { de: 'Bitte geben Sie Ihre E-Mail-Adresse ein.', en: 'Please enter your e-mail address.' },
  passwordMissing: { de: 'Bitte geben Sie Ihr Passwort ein.', en: 'Please enter your password.' },
  logoutButton: { de: 'Abmelden', en: 'Sign out' },
  signedInAs: { de: 'Angemeldet als {name}', en: 'Signed in as {name}' },
  sessionBar: { de: 'Sitzung', en: 'Session' },
  navStart: { de: 'Start', en: 'Start' },
  navFailedJobs: { de: 'Hintergrundaufträge', en: 'Background jobs' },
  navOutbox: { de: 'Postausgang', en: 'Outbox' },
  navApiClients: { de: 'API-Zugänge', en: 'API clients' },
  homeTitle: { de: 'Start', en: 'Start' },
  greeting: { de: 'Guten Tag, {name}', en: 'Hello, {name}' },
  assignmentsHeading: { de: 'Ihre Ämter und Rollen', en: 'Your departments and roles' },
  assignmentsNone: {
    de: 'Ihnen ist noch keine Rolle zugewiesen. Bitte wenden Sie sich an die Administration.',
    en: 'No role has been assigned to you yet. Please contact the administration.',
  },
  departmentColumn: { de: 'Amt', en: 'Department' },
  roleColumn: { de: 'Rolle', en: 'Role' },
  navSecondFactor: { de: 'Zwei-Faktor-Anmeldung', en: 'Two-factor sign-in' },
  codeTitle: { de: 'Bestätigungscode eingeben', en: 'Enter confirmation code' },
  codeIntro: {
    de: 'Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.',
    en: 'Enter the six-digit code from your authenticator app.',
  },
  codeLabel: { de: 'Code', en: 'Code' },
  codeMissing: { de: 'Bitte geben Sie den Code ein.', en: 'Please enter the code.' },
  codeButton: { de: 'Bestätigen', en: 'Confirm' },
  codeExpiredTitle: { de: 'Anmeldung abgelaufen', en: 'Sign-in expired' },
  backToLogin: { de: 'Zur Anmeldung', en: 'To the sign-in page' },
  totpTitle: { de: 'Zwei-Faktor-Anmeldung', en: 'Two-factor sign-in' },
  totpEnabled: {
    de: 'Die Zwei-Faktor-Anmeldung ist eingeschaltet. Bei jeder Anmeldung fragen wir nach einem Code aus Ihrer App.',
    en: 'Two-factor sign-in is on. Every sign-in asks for a code from your app.',
  },
  totpEnabledNow: {
    de: 'Die Zwei-Faktor-Anmeldung ist jetzt eingeschaltet.',
    en: 'Two-factor sign-in is now on.',
  },
  totpDisabledNow: { de: 'Die Zwei-Faktor-Anmeldung ist ausgeschaltet.', en: 'Two-factor sign-in is off.' },
  totpScanIntro: {
    de: 'Scannen Sie den QR-Code mit Ihrer Authenticator-App und bestätigen Sie mit dem angezeigten Code.',
    en: 'Scan the QR code with your authenticator app and confirm with the code it shows.',
  },
  totpQrLabel: { de: 'QR-Code für die Authenticator-App', en: 'QR code for the authenticator app' },
  totpManual: { de: 'Schlüssel zur manuellen Eingabe', en: 'Key for manual entry' },
  totpEnableButton: { de: 'Einschalten', en: 'Turn on' },
  totpDisableHeading: { de: 'Ausschalten', en: 'Turn off' },
  totpDisableIntro: {
    de: 'Zum Ausschalten geben Sie einen aktuellen Code aus Ihrer App ein.',
    en: 'To turn it off, enter a current code from your app.',
  },
  totpDisableButton: { de: 'Zwei-Faktor-Anmeldung ausschalten', en: 'Turn off two-factor sign-in' },
} satisfies Record<string, Text>;

export const roleText: Record<StaffRole, Text> = {
  clerk: { de: 'Sachbearbeitung', en: 'Clerk' },
  head_of_department: { de: 'Amtsleitung', en: 'Head of department' },
  records_manager: { de: 'Schriftgutverwaltung', en: 'Records management' },
  treasury: { de: 'Stadtkasse', en: 'Treasury' },
  council_office: { de: 'Ratsbüro', en: 'Council office' },
  admin: { de: 'Administration', en: 'Administration' },
};
