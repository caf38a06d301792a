import type { Text } from '../../platform/i18n/i18n.ts';

export const portalText = {
  startTitle: { de: 'Startseite', en: 'Home' },
  welcome: { de: 'Willkommen im digitalen Rathaus', en: 'Welcome to the digital town hall' },
  intro: {
    de: 'Hier erledigen Sie Anliegen bei der Stadtverwaltung online – ohne Termin und ohne Papier.',
    en: 'Here you can deal with the town administration online – without an appointment and without paper.',
  },
  servicesHeading: { de: 'Online-Dienste', en: 'Online services' },
  servicesSoon: {
    de: 'Die ersten Online-Dienste werden gerade eingerichtet. Bis dahin erreichen Sie uns wie gewohnt im Bürgerbüro.',
    en: 'The first online services are being set up. Until then you can reach us at the citizens’ office as usual.',
  },
  staffHeading: { de: 'Für Mitarbeitende', en: 'For staff' },
  staffLink: { de: 'Zum Mitarbeitendenbereich', en: 'Go to the staff area' },
} satisfies Record<string, Text>;
