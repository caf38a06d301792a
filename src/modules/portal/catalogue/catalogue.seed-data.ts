// The demo catalogue of "Stadt Leichlingen (Rheinland)": common services of a town in North
// Rhine-Westphalia, with the fees and legal bases that apply there. Department numbers are those of the
// identity seed (identity.seed.ts). LeiKa keys are left empty: none of them could be checked against the
// FIM Leistungskatalog while writing this, and a wrong key would route applications to the wrong place.
import type { Fee, OnlineLevel } from './catalogue.tables.ts';
import { buergerbueroServices, identityDocument } from './catalogue.seed-data.buergerbuero.ts';

export interface DemoService {
  slug: string;
  department: string;
  name: string;
  nameEn: string;
  summary: string;
  summaryEn: string;
  description: string;
  fees: Fee[];
  documents: string[];
  legalBasis: string;
  level: OnlineLevel;
  formKey?: string;
  /** Default true. */
  online?: boolean;
  keywords: string[];
}

export const demoServices: DemoService[] = [
  {
    slug: 'bewohnerparkausweis',
    // Issued by the Bürgerbüro of the Ordnungsamt, where its applications land in the inbox.
    department: '32.1',
    name: 'Bewohnerparkausweis beantragen',
    nameEn: 'Apply for a residents’ parking permit',
    summary: 'Mit dem Bewohnerparkausweis parken Sie in Ihrer Bewohnerparkzone ohne Parkschein.',
    summaryEn: 'With a residents’ parking permit you park in your residents’ zone without a ticket.',
    description:
      'Wer in einer Bewohnerparkzone mit Hauptwohnung gemeldet ist und keinen eigenen Stellplatz hat, erhält auf Antrag einen Bewohnerparkausweis für ein Fahrzeug. Der Ausweis gilt ein Jahr und nur in der angegebenen Zone. Einen bestimmten Parkplatz garantiert er nicht.\n\nDen Antrag stellen Sie online. Den Ausweis schicken wir Ihnen nach Zahlung der Gebühr per Post.',
    fees: [
      { label: 'Ausstellung', amountCents: 3070, note: 'für ein Jahr' },
      { label: 'Änderung (z. B. neues Kennzeichen)', amountCents: 1020 },
    ],
    documents: [
      identityDocument,
      'Zulassungsbescheinigung Teil I (Fahrzeugschein)',
      'Bei einem fremden Fahrzeug: Bestätigung des Halters, dass Ihnen das Fahrzeug dauerhaft überlassen ist',
    ],
    legalBasis:
      '§ 45 Abs. 1b Satz 1 Nr. 2a Straßenverkehrs-Ordnung (StVO); Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)',
    level: 'application',
    formKey: 'residents-parking-permit',
    keywords: ['Anwohnerparken', 'Parkausweis', 'Parken', 'Auto', 'Bewohnerparken'],
  },
  {
    slug: 'hund-anmelden',
    department: '20.2',
    name: 'Hund anmelden (Hundesteuer)',
    nameEn: 'Register a dog (dog tax)',
    summary: 'Wer in Leichlingen einen Hund hält, meldet ihn innerhalb von zwei Wochen zur Hundesteuer an.',
    summaryEn: 'Anyone keeping a dog in Leichlingen registers it for dog tax within two weeks.',
    description:
      'Die Hundesteuer ist eine Steuer der Stadt. Melden Sie Ihren Hund innerhalb von zwei Wochen nach der Aufnahme in den Haushalt oder nach dem Zuzug an. Sie erhalten einen Steuerbescheid und eine Hundesteuermarke, die der Hund außerhalb der Wohnung tragen muss.\n\nDie Höhe der Steuer richtet sich nach der Hundesteuersatzung; für einen zweiten Hund und für gefährliche Hunde gelten höhere Sätze. Assistenzhunde können auf Antrag befreit werden.',
    fees: [],
    documents: [
      identityDocument,
      'Angaben zum Hund: Rasse, Geburtsdatum, Chipnummer',
      'Nachweis der Hundehaftpflichtversicherung',
    ],
    legalBasis: '§ 3 Kommunalabgabengesetz NRW (KAG NRW); Hundesteuersatzung der Stadt Leichlingen',
    level: 'application',
    formKey: 'dog-registration',
    keywords: ['Hundesteuer', 'Hundemarke', 'Hundesteuermarke', 'Haustier'],
  },
  {
    slug: 'gewerbe-anmelden',
    department: '32',
    name: 'Gewerbe anmelden',
    nameEn: 'Register a business',
    summary: 'Wer ein Gewerbe beginnt, zeigt das gleichzeitig beim Ordnungsamt an.',
    summaryEn: 'Anyone starting a trade notifies the public order office at the same time.',
    description:
      'Die Gewerbeanzeige ist Pflicht für jedes stehende Gewerbe. Das Ordnungsamt leitet die Angaben an Finanzamt, Industrie- und Handelskammer oder Handwerkskammer und weitere Stellen weiter. Für manche Gewerbe brauchen Sie zusätzlich eine Erlaubnis.',
    fees: [{ label: 'Gewerbeanmeldung', amountCents: 2600 }],
    documents: [
      identityDocument,
      'Bei einer juristischen Person: Auszug aus dem Handelsregister',
      'Erforderliche Erlaubnisse, z. B. Handwerkskarte',
    ],
    legalBasis: '§ 14 Gewerbeordnung (GewO)',
    level: 'information',
    keywords: ['Gewerbeanzeige', 'Gewerbeschein', 'Selbstständigkeit', 'Firma', 'Unternehmen'],
  },
  {
    slug: 'bauantrag',
    department: '63',
    name: 'Baugenehmigung beantragen (Bauantrag)',
    nameEn: 'Apply for a building permit',
    summary: 'Für die meisten Neu- und Umbauten brauchen Sie eine Baugenehmigung der Bauaufsicht.',
    summaryEn: 'Most new buildings and conversions need a building permit from the building authority.',
    description:
      'Den Bauantrag reicht eine bauvorlageberechtigte Person (Architektin, Ingenieur) mit den Bauvorlagen ein. Die Bauaufsicht prüft ihn und beteiligt andere Stellen. Die Gebühr richtet sich nach den Rohbaukosten.',
    fees: [],
    documents: [
      'Bauantragsformular',
      'Lageplan',
      'Bauzeichnungen',
      'Baubeschreibung',
      'Nachweise der Standsicherheit und des Brandschutzes',
    ],
    legalBasis: '§§ 64, 68 und 74 Bauordnung NRW (BauO NRW 2018); Bauprüfverordnung (BauPrüfVO)',
    level: 'information',
    keywords: ['Bauen', 'Baugenehmigung', 'Hausbau', 'Anbau', 'Umbau', 'Bauaufsicht'],
  },
  {
    slug: 'sondernutzungserlaubnis',
    department: '32',
    name: 'Sondernutzungserlaubnis beantragen',
    nameEn: 'Apply for a special-use permit for public streets',
    summary: 'Für Container, Gerüste, Außengastronomie oder Stände auf öffentlichen Straßen und Plätzen.',
    summaryEn: 'For skips, scaffolding, outdoor seating or stalls on public streets and squares.',
    description:
      'Wer eine öffentliche Straße über den Gemeingebrauch hinaus nutzt, braucht eine Sondernutzungserlaubnis. Stellen Sie den Antrag mindestens zwei Wochen vorher. Neben der Verwaltungsgebühr fällt eine Sondernutzungsgebühr nach Satzung an.',
    fees: [
      { label: 'Verwaltungsgebühr', amountCents: 3000, note: 'zuzüglich Sondernutzungsgebühr nach Satzung' },
    ],
    documents: ['Lageskizze mit Maßen', 'Zeitraum der Nutzung'],
    legalBasis: '§ 18 Straßen- und Wegegesetz NRW (StrWG NRW); Sondernutzungssatzung der Stadt Leichlingen',
    level: 'application',
    formKey: 'special-use-permit',
    online: false,
    keywords: ['Container', 'Gerüst', 'Außengastronomie', 'Straße', 'Gehweg', 'Stand'],
  },
  {
    slug: 'parkausweis-schwerbehinderte',
    department: '32',
    name: 'Parkausweis für Menschen mit Behinderungen',
    nameEn: 'Parking permit for people with disabilities',
    summary: 'Der blaue EU-Parkausweis erlaubt das Parken auf Behindertenparkplätzen.',
    summaryEn: 'The blue EU parking card allows parking in disabled parking spaces.',
    description:
      'Den blauen Parkausweis erhalten Menschen mit den Merkzeichen aG (außergewöhnliche Gehbehinderung) oder Bl (blind) im Schwerbehindertenausweis. Für andere Beeinträchtigungen kommt der orangefarbene Parkausweis in Betracht. Die Ausstellung ist gebührenfrei.',
    fees: [],
    documents: ['Schwerbehindertenausweis', 'Ein aktuelles Lichtbild', identityDocument],
    legalBasis: '§ 46 Abs. 1 Satz 1 Nr. 11 Straßenverkehrs-Ordnung (StVO)',
    level: 'information',
    keywords: ['Behindertenparkausweis', 'Schwerbehinderung', 'blauer Parkausweis', 'Parken'],
  },
  {
    slug: 'veranstaltung-anzeigen',
    department: '32',
    name: 'Veranstaltung anzeigen',
    nameEn: 'Notify an event',
    summary: 'Straßenfeste, Umzüge und größere Veranstaltungen im Freien zeigen Sie dem Ordnungsamt an.',
    summaryEn: 'Street parties, parades and larger outdoor events are notified to the public order office.',
    description:
      'Zeigen Sie Ihre Veranstaltung mindestens vier Wochen vorher an. Das Ordnungsamt prüft Sicherheit, Lärmschutz und Verkehr und beteiligt Polizei und Feuerwehr. Für den Ausschank von Alkohol brauchen Sie eine Gestattung.',
    fees: [{ label: 'Bearbeitung', amountCents: 5000, note: 'je nach Aufwand bis 500,00 €' }],
    documents: [
      'Beschreibung der Veranstaltung mit Ablauf',
      'Lageplan',
      'Bei großen Veranstaltungen: Sicherheitskonzept',
    ],
    legalBasis: 'Ordnungsbehördengesetz NRW (OBG NRW); § 12 Gaststättengesetz (GastG); § 29 Abs. 2 StVO',
    level: 'information',
    keywords: ['Fest', 'Straßenfest', 'Umzug', 'Feier', 'Gestattung'],
  },
  {
    slug: 'unterhaltsvorschuss',
    department: '51',
    name: 'Unterhaltsvorschuss beantragen',
    nameEn: 'Apply for child maintenance advance',
    summary: 'Wenn der andere Elternteil keinen oder zu wenig Unterhalt zahlt, springt der Staat ein.',
    summaryEn: 'If the other parent pays no or too little maintenance, the state steps in.',
    description:
      'Kinder, die bei einem alleinerziehenden Elternteil leben, erhalten Unterhaltsvorschuss, wenn der andere Elternteil nicht oder nicht regelmäßig zahlt. Die Leistung gibt es bis zum 18. Geburtstag; ab 12 Jahren gelten weitere Voraussetzungen. Das Jugendamt holt sich das Geld beim anderen Elternteil zurück.',
    fees: [],
    documents: [
      'Geburtsurkunde des Kindes',
      identityDocument,
      'Nachweise über gezahlten Unterhalt',
      'Bei Kindern ab 12 Jahren: Einkommensnachweise',
    ],
    legalBasis: '§§ 1 und 9 Unterhaltsvorschussgesetz (UVG)',
    level: 'information',
    keywords: ['UVG', 'Unterhalt', 'Alleinerziehend', 'Kind', 'Jugendamt'],
  },
  {
    slug: 'kita-platz',
    department: '51',
    name: 'Betreuungsplatz in einer Kita anmelden',
    nameEn: 'Register for a day-care place',
    summary: 'Jedes Kind ab einem Jahr hat Anspruch auf einen Platz in einer Kita oder Tagespflege.',
    summaryEn: 'Every child aged one and above is entitled to a place in day care.',
    description:
      'Melden Sie Ihr Kind möglichst früh an, spätestens sechs Monate vor dem gewünschten Beginn. Die Elternbeiträge richten sich nach dem Einkommen und der Elternbeitragssatzung.',
    fees: [],
    documents: ['Geburtsurkunde des Kindes', 'Nachweis des Impfschutzes gegen Masern'],
    legalBasis: '§ 24 Achtes Buch Sozialgesetzbuch (SGB VIII); Kinderbildungsgesetz NRW (KiBiz)',
    level: 'information',
    keywords: ['Kindergarten', 'Kita', 'Tagespflege', 'Betreuung', 'Kinder'],
  },
  {
    slug: 'wohngeld',
    department: '50',
    name: 'Wohngeld beantragen',
    nameEn: 'Apply for housing benefit',
    summary: 'Zuschuss zur Miete oder zu den Kosten des eigenen Wohnraums bei geringem Einkommen.',
    summaryEn: 'A contribution to rent or the costs of your own home for people on low incomes.',
    description:
      'Wohngeld erhalten Haushalte, deren Einkommen für die Wohnkosten nicht reicht, die aber keine anderen Sozialleistungen mit Wohnkosten beziehen. Es wird in der Regel für zwölf Monate bewilligt.',
    fees: [],
    documents: [
      identityDocument,
      'Mietvertrag und aktuelle Mietbescheinigung',
      'Einkommensnachweise aller Haushaltsmitglieder',
    ],
    legalBasis: 'Wohngeldgesetz (WoGG)',
    level: 'information',
    keywords: ['Mietzuschuss', 'Miete', 'Lastenzuschuss', 'Zuschuss'],
  },
  {
    slug: 'wohnberechtigungsschein',
    department: '50',
    name: 'Wohnberechtigungsschein beantragen',
    nameEn: 'Apply for a housing eligibility certificate',
    summary: 'Den Wohnberechtigungsschein (WBS) brauchen Sie für eine öffentlich geförderte Wohnung.',
    summaryEn: 'You need this certificate to rent publicly subsidised housing.',
    description:
      'Ob Sie einen Wohnberechtigungsschein erhalten, hängt vom Einkommen und der Größe des Haushalts ab. Der Schein gilt ein Jahr.',
    fees: [],
    documents: [identityDocument, 'Einkommensnachweise aller Haushaltsmitglieder'],
    legalBasis: '§ 18 Gesetz zur Förderung und Nutzung von Wohnraum NRW (WFNG NRW)',
    level: 'information',
    keywords: ['WBS', 'Sozialwohnung', 'geförderte Wohnung'],
  },
  {
    slug: 'grundsicherung',
    department: '50',
    name: 'Grundsicherung im Alter und bei Erwerbsminderung',
    nameEn: 'Basic income support in old age and for reduced earning capacity',
    summary: 'Sichert den Lebensunterhalt, wenn Rente und Einkommen nicht ausreichen.',
    summaryEn: 'Covers living costs when pension and income are not enough.',
    description:
      'Grundsicherung erhalten Menschen ab der Regelaltersgrenze oder dauerhaft voll erwerbsgeminderte Menschen ab 18 Jahren, wenn Einkommen und Vermögen nicht reichen. Das Sozialamt berät Sie auch zu anderen Hilfen.',
    fees: [],
    documents: [identityDocument, 'Rentenbescheid', 'Nachweise über Einkommen, Vermögen und Wohnkosten'],
    legalBasis: '§§ 41 bis 46b Zwölftes Buch Sozialgesetzbuch (SGB XII)',
    level: 'information',
    keywords: ['Sozialhilfe', 'Rente', 'Altersarmut', 'Erwerbsminderung'],
  },
  ...buergerbueroServices,
];
