import type { Text } from '../../platform/i18n/i18n.ts';

export const deskText = {
  navDesk: { de: 'Arbeitsplatz', en: 'My desk' },
  title: { de: 'Mein Arbeitsplatz', en: 'My desk' },
  actingFor: {
    de: 'Sie vertreten heute: {names}. Deren Vorgänge, Wiedervorlagen und Mitzeichnungen erscheinen hier mit.',
    en: 'Today you stand in for: {names}. Their cases, resubmissions and co-signing steps appear here too.',
  },
  casesHeading: { de: 'Meine offenen Vorgänge', en: 'My open cases' },
  casesNone: { de: 'Keine offenen Vorgänge in Ihrer Verantwortung.', en: 'No open cases in your charge.' },
  casesMore: { de: 'Weitere Vorgänge', en: 'More cases' },
  columnCase: { de: 'Vorgang', en: 'Case' },
  columnReference: { de: 'Aktenzeichen', en: 'File reference' },
  columnResponsible: { de: 'Verantwortlich', en: 'Responsible' },
  columnOpened: { de: 'Angelegt', en: 'Opened' },
  resubmissionsHeading: { de: 'Fällige Wiedervorlagen', en: 'Resubmissions due' },
  resubmissionsNone: { de: 'Heute ist nichts fällig.', en: 'Nothing is due today.' },
  resubmissionsAll: { de: 'Alle Wiedervorlagen', en: 'All resubmissions' },
  routingsHeading: { de: 'Wartet auf Ihre Mitzeichnung', en: 'Waiting for your co-signing' },
  routingsNone: { de: 'Nichts wartet auf Sie.', en: 'Nothing is waiting for you.' },
  routingsAll: { de: 'Zu den Mitzeichnungen', en: 'To co-signing' },
  routingItem: {
    de: '{kind} · {addressed} · wartet seit {since}',
    en: '{kind} · {addressed} · waiting since {since}',
  },
  returnedHeading: { de: 'Zurückgegebene Mitzeichnungen', en: 'Returned routings' },
  marked: { de: 'Die Wiedervorlage ist als erledigt vermerkt.', en: 'The resubmission is marked as done.' },
} satisfies Record<string, Text>;
