// Texts of deciding an application with a notice.
import type { Text } from '../../../platform/i18n/i18n.ts';

export const decideText = {
  heading: { de: 'Entscheiden: Bescheid erstellen', en: 'Decide: make the notice' },
  intro: {
    de: 'Der Bescheid wird aus der Vorlage mit den Angaben des Antrags erstellt, als PDF/A in der E-Akte abgelegt und sofort im Postfach der antragstellenden Person zugestellt.',
    en: 'The notice is made from the template with the application’s data, filed as PDF/A in the E-Akte and delivered to the applicant’s mailbox at once.',
  },
  noTemplates: {
    de: 'Für diese Leistung gibt es noch keine Bescheidvorlage. Die Administration legt sie im Leistungskatalog an.',
    en: 'There is no notice template for this service yet. Administrators create them in the service catalogue.',
  },
  template: { de: 'Bescheidvorlage', en: 'Notice template' },
  choose: { de: '– bitte wählen –', en: '– please choose –' },
  reason: { de: 'Begründung (optional)', en: 'Reason (optional)' },
  reasonHint: {
    de: 'Erscheint im Bescheid an der Stelle {{begruendung}} der Vorlage; höchstens 5.000 Zeichen.',
    en: 'Appears in the notice where the template has {{begruendung}}; at most 5,000 characters.',
  },
  reasonTooLong: {
    de: 'Die Begründung ist zu lang (höchstens 5.000 Zeichen).',
    en: 'The reason is too long (at most 5,000 characters).',
  },
  submit: { de: 'Bescheid erstellen und zustellen', en: 'Make and deliver the notice' },
  decided: {
    de: 'Der Bescheid ist erstellt, in der E-Akte abgelegt und im Postfach zugestellt.',
    en: 'The notice has been made, filed in the E-Akte and delivered to the mailbox.',
  },
} satisfies Record<string, Text>;
