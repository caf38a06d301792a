import type { Text } from '../i18n/i18n.ts';

export const uiText = {
  skipLink: { de: 'Zum Inhalt springen', en: 'Skip to content' },
  portalName: { de: 'Digitales Rathaus', en: 'Digital Town Hall' },
  // Every public authority's site links these three pages from every page (the paths are the portal's).
  footerNavigation: { de: 'Rechtliches', en: 'Legal' },
  staffArea: { de: 'Mitarbeitendenbereich', en: 'Staff area' },
  mainNavigation: { de: 'Hauptnavigation', en: 'Main navigation' },
  languageSwitch: { de: 'Sprache wählen', en: 'Choose language' },
  home: { de: 'Startseite', en: 'Home' },
  footer: { de: 'Fußzeile', en: 'Footer' },
  accessibility: { de: 'Barrierefreiheit', en: 'Accessibility' },
  imprint: { de: 'Impressum', en: 'Legal notice' },
  privacy: { de: 'Datenschutz', en: 'Privacy' },
  errorTitle: { de: 'Fehler', en: 'Error' },
  errorCode: { de: 'Fehlercode', en: 'Error code' },
  backHome: { de: 'Zur Startseite', en: 'Back to the home page' },
  errorSummaryTitle: { de: 'Bitte korrigieren Sie folgende Angaben:', en: 'Please correct the following:' },
} satisfies Record<string, Text>;
