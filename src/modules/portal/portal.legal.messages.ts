import type { Text } from '../../platform/i18n/i18n.ts';

export const legalText = {
  imprintTitle: { de: 'Impressum', en: 'Legal notice' },
  privacyTitle: { de: 'Datenschutzerklärung', en: 'Privacy notice' },
  accessibilityTitle: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
  missing: {
    de: 'Die Angaben dieser Seite sind für diese Kommune noch nicht hinterlegt. Bitte wenden Sie sich an die Verwaltung.',
    en: 'This municipality has not entered the details for this page yet. Please contact the administration.',
  },
  provider: { de: 'Anbieterin', en: 'Provider' },
  contact: { de: 'Kontakt', en: 'Contact' },
  phone: { de: 'Telefon: {phone}', en: 'Phone: {phone}' },
  email: { de: 'E-Mail:', en: 'Email:' },
  representedBy: { de: 'Vertreten durch', en: 'Represented by' },
  vatId: { de: 'Umsatzsteuer-Identifikationsnummer (§ 27a UStG)', en: 'VAT identification number' },
  supervisory: { de: 'Aufsichtsbehörde', en: 'Supervisory authority' },
  contentResponsible: {
    de: 'Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)',
    en: 'Responsible for content (§ 18 (2) MStV)',
  },
  controller: { de: 'Verantwortliche Stelle (Art. 4 Nr. 7 DSGVO)', en: 'Controller (Art. 4(7) GDPR)' },
  dpo: { de: 'Datenschutzbeauftragte Person (Art. 37 DSGVO)', en: 'Data protection officer (Art. 37 GDPR)' },
  purposesHeading: { de: 'Was wir verarbeiten und wozu', en: 'What we process and why' },
  purposes: {
    de: 'Wenn Sie ein Bürgerkonto anlegen, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse und die Angaben Ihres Profils, um Sie anzumelden und Ihre Anliegen zuzuordnen. Wenn Sie einen Antrag stellen, verarbeiten wir die Angaben des Antrags und seine Anlagen, um ihn zu bearbeiten; sie werden in der elektronischen Akte der Stadt abgelegt und nach den Aufbewahrungsfristen gelöscht oder dem Archiv angeboten. Rechtsgrundlagen sind Art. 6 Abs. 1 Buchst. c und e DSGVO in Verbindung mit dem jeweiligen Fachgesetz und § 3 DSG NRW; für das Bürgerkonto Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO), die Sie jederzeit durch Löschen des Kontos widerrufen können.',
    en: 'When you create a citizen account, we process your name, email address and profile details to sign you in and to assign your requests. When you submit an application, we process its details and attachments to handle it; they are kept in the town’s electronic records and deleted or offered to the archive when their retention period ends. Legal bases are Art. 6(1)(c) and (e) GDPR with the law of the service and § 3 DSG NRW; for the citizen account your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time by deleting the account.',
  },
  cookiesHeading: { de: 'Cookies', en: 'Cookies' },
  cookies: {
    de: 'Wir setzen nur technisch notwendige Cookies (§ 25 Abs. 2 Nr. 2 TDDDG): ein Sitzungs-Cookie, solange Sie angemeldet sind (es endet mit der Abmeldung, nach 30 Minuten ohne Aktivität und spätestens nach 10 Stunden), und ein Cookie zum Schutz von Formularen vor Fälschung. Es gibt keine Analyse- oder Werbe-Cookies und keine Inhalte Dritter.',
    en: 'We set only strictly necessary cookies (§ 25(2) no. 2 TDDDG): a session cookie while you are signed in (it ends when you sign out, after 30 minutes without activity and after 10 hours at most), and a cookie that protects forms against forgery. There are no analytics or advertising cookies and no third-party content.',
  },
  rightsHeading: { de: 'Ihre Rechte', en: 'Your rights' },
  rights: {
    de: 'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21). Sie können sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO):',
    en: 'You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and objection (Art. 21). You may lodge a complaint with the supervisory authority (Art. 77 GDPR):',
  },
  accessibilityIntro: {
    de: '{authority} ist bemüht, dieses Angebot im Einklang mit der Richtlinie (EU) 2016/2102 und den Vorschriften des Landes Nordrhein-Westfalen zur barrierefreien Informationstechnik barrierefrei zugänglich zu machen. Diese Erklärung gilt für das Bürgerportal und den Mitarbeitendenbereich dieser Plattform.',
    en: '{authority} endeavours to make this service accessible in accordance with Directive (EU) 2016/2102 and the accessibility rules of the state of North Rhine-Westphalia. This statement applies to the citizen portal and the staff area of this platform.',
  },
  statusHeading: { de: 'Stand der Vereinbarkeit', en: 'Compliance status' },
  status_full: {
    de: 'Dieses Angebot ist vollständig mit den Anforderungen der WCAG 2.1 Stufe AA vereinbar.',
    en: 'This service is fully compliant with WCAG 2.1 level AA.',
  },
  status_partial: {
    de: 'Dieses Angebot ist wegen der folgenden Ausnahmen teilweise mit den Anforderungen der WCAG 2.1 Stufe AA vereinbar.',
    en: 'This service is partially compliant with WCAG 2.1 level AA, due to the exceptions below.',
  },
  status_none: {
    de: 'Dieses Angebot ist nicht mit den Anforderungen der WCAG 2.1 Stufe AA vereinbar.',
    en: 'This service is not compliant with WCAG 2.1 level AA.',
  },
  barriersHeading: { de: 'Nicht barrierefreie Inhalte', en: 'Non-accessible content' },
  methodHeading: { de: 'Erstellung dieser Erklärung', en: 'Preparation of this statement' },
  method: {
    de: 'Die Erklärung beruht auf einer Selbstbewertung, zuletzt überprüft am {date}. Jede Seite der Plattform wird bei jeder Änderung automatisiert im Browser mit axe-core geprüft.',
    en: 'This statement is based on a self-assessment, last reviewed on {date}. Every page of the platform is checked automatically in a browser with axe-core on every change.',
  },
  feedbackHeading: { de: 'Barrieren melden: Kontakt', en: 'Report barriers: contact' },
  feedback: {
    de: 'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder benötigen Sie Inhalte in einer barrierefreien Form? Dann wenden Sie sich bitte an:',
    en: 'Have you noticed accessibility problems, or do you need content in an accessible format? Please contact:',
  },
  enforcementHeading: { de: 'Durchsetzungsverfahren', en: 'Enforcement procedure' },
  enforcement: {
    de: 'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die folgende Stelle wenden:',
    en: 'If you do not receive a satisfactory answer to your feedback, you can turn to:',
  },
} satisfies Record<string, Text>;
