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
} satisfies Record<string, Text>;

export const roleText: Record<StaffRole, Text> = {
  clerk: { de: 'Sachbearbeitung', en: 'Clerk' },
  head_of_department: { de: 'Amtsleitung', en: 'Head of department' },
  records_manager: { de: 'Schriftgutverwaltung', en: 'Records management' },
  treasury: { de: 'Stadtkasse', en: 'Treasury' },
  council_office: { de: 'Ratsbüro', en: 'Council office' },
  admin: { de: 'Administration', en: 'Administration' },
};
