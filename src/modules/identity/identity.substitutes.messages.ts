import type { Text } from '../../platform/i18n/i18n.ts';

export const substituteText = {
  navSubstitutes: { de: 'Vertretung', en: 'Substitutes' },
  title: { de: 'Vertretung', en: 'Substitutes' },
  intro: {
    de: 'Wer Sie vertritt, handelt im genannten Zeitraum (jeweils einschließlich) auch mit Ihren Rollen. Jede solche Handlung wird im Protokoll als „in Vertretung“ vermerkt.',
    en: 'Your substitute also acts with your roles during the period (both days included). Every such act is recorded in the audit trail as “on behalf of” you.',
  },
  currentHeading: { de: 'Eingetragene Vertretungen', en: 'Substitutes named' },
  none: { de: 'Keine Vertretung eingetragen.', en: 'No substitute named.' },
  row: { de: '{name}: {from} bis {until}', en: '{name}: {from} to {until}' },
  actingForHeading: { de: 'Sie vertreten heute', en: 'Today you stand in for' },
  createHeading: { de: 'Vertretung eintragen', en: 'Name a substitute' },
  absentLabel: { de: 'Abwesende Person', en: 'Absent person' },
  substituteLabel: { de: 'Vertretung durch', en: 'Substitute' },
  fromLabel: { de: 'Von (TT.MM.JJJJ oder JJJJ-MM-TT)', en: 'From (YYYY-MM-DD)' },
  untilLabel: { de: 'Bis einschließlich', en: 'Until (inclusive)' },
  createButton: { de: 'Vertretung eintragen', en: 'Name substitute' },
  created: { de: 'Die Vertretung wurde eingetragen.', en: 'The substitute has been named.' },
  ended: { de: 'Die Vertretung wurde beendet.', en: 'The substitution has been ended.' },
  endButton: { de: 'Beenden', en: 'End' },
  endButtonLabel: {
    de: 'Vertretung durch {name} ({from} bis {until}) jetzt beenden',
    en: 'End the substitution by {name} ({from} to {until}) now',
  },
  substituteInvalid: {
    de: 'Bitte wählen Sie eine andere aktive Person.',
    en: 'Please choose another active person.',
  },
  dateInvalid: { de: 'Bitte geben Sie ein gültiges Datum ein.', en: 'Please enter a valid date.' },
  rangeInvalid: {
    de: 'Das Ende darf nicht vor dem Beginn liegen.',
    en: 'The end must not be before the start.',
  },
  untilPast: {
    de: 'Das Ende darf nicht in der Vergangenheit liegen.',
    en: 'The end must not be in the past.',
  },
} satisfies Record<string, Text>;
