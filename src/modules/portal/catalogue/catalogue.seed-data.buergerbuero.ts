// The demo catalogue's services of the Bürgerbüro (32.1): registration, identity documents, lost and
// found, bulky waste. See catalogue.seed-data.ts for the rest and for why LeiKa keys are left empty.
import type { DemoService } from './catalogue.seed-data.ts';

export const identityDocument = 'Personalausweis oder Reisepass';

export const buergerbueroServices: DemoService[] = [
  {
    slug: 'fundsache',
    department: '32.1',
    name: 'Fundsache abgeben oder Verlust melden (Fundbüro)',
    nameEn: 'Hand in a found item or report a loss (lost and found)',
    summary: 'Das Fundbüro im Bürgerbüro nimmt Fundsachen an und hilft, verlorene Sachen wiederzufinden.',
    summaryEn:
      'The lost and found office in the citizens’ office takes found items and helps you find lost ones.',
    description:
      'Wer eine Sache im Wert von mehr als 10 Euro findet, muss den Fund anzeigen und die Sache abliefern. Das Fundbüro bewahrt sie sechs Monate auf. Meldet sich niemand, kann die Finderin oder der Finder Eigentum erwerben.\n\nHaben Sie etwas verloren, beschreiben Sie die Sache möglichst genau; wir gleichen Ihre Verlustanzeige mit den Fundsachen ab.',
    fees: [],
    documents: [
      identityDocument,
      'Bei Abholung: Nachweis, dass die Sache Ihnen gehört (z. B. Rechnung, Schlüssel)',
    ],
    legalBasis: '§§ 965 bis 984 Bürgerliches Gesetzbuch (BGB)',
    level: 'information',
    keywords: ['Fundbüro', 'Fundamt', 'verloren', 'gefunden', 'Verlustanzeige', 'Finderlohn'],
  },
  {
    slug: 'wohnsitz-anmelden',
    department: '32.1',
    name: 'Wohnsitz anmelden',
    nameEn: 'Register your address',
    summary: 'Nach dem Einzug in eine Wohnung in Leichlingen melden Sie sich innerhalb von zwei Wochen an.',
    summaryEn: 'After moving into a flat in Leichlingen you register within two weeks.',
    description:
      'Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. Die Anmeldung ist gebührenfrei. Bitte vereinbaren Sie einen Termin im Bürgerbüro; Sie können auch eine andere Person mit schriftlicher Vollmacht schicken.',
    fees: [],
    documents: [identityDocument, 'Wohnungsgeberbestätigung (vom Vermieter oder Eigentümer)'],
    legalBasis: '§§ 17 und 19 Bundesmeldegesetz (BMG)',
    level: 'information',
    keywords: ['Anmeldung', 'Umzug', 'Ummeldung', 'Meldeamt', 'Einzug'],
  },
  {
    slug: 'wohnsitz-abmelden',
    department: '32.1',
    name: 'Wohnsitz abmelden (Wegzug ins Ausland)',
    nameEn: 'Deregister your address (moving abroad)',
    summary: 'Wer ins Ausland zieht und keine Wohnung in Deutschland behält, meldet sich ab.',
    summaryEn: 'If you move abroad and keep no home in Germany, you deregister.',
    description:
      'Die Abmeldung ist frühestens eine Woche vor dem Auszug und spätestens zwei Wochen danach möglich. Bei einem Umzug innerhalb Deutschlands genügt die Anmeldung am neuen Wohnort.',
    fees: [],
    documents: [identityDocument, 'Neue Anschrift im Ausland, falls bekannt'],
    legalBasis: '§ 17 Abs. 2 Bundesmeldegesetz (BMG)',
    level: 'information',
    keywords: ['Abmeldung', 'Auswandern', 'Ausland', 'Wegzug'],
  },
  {
    slug: 'meldebescheinigung',
    department: '32.1',
    name: 'Meldebescheinigung beantragen',
    nameEn: 'Apply for a certificate of registration',
    summary:
      'Die Meldebescheinigung bestätigt, wo Sie gemeldet sind – online beantragt, in Ihr Postfach geliefert.',
    summaryEn:
      'The certificate confirms where you are registered – applied for online, delivered to your mailbox.',
    description:
      'Eine einfache Meldebescheinigung enthält Name, Geburtsdatum und Anschrift; eine erweiterte zusätzlich weitere Angaben aus dem Melderegister. Sie beantragen die Bescheinigung online und erhalten sie als PDF in Ihr Postfach im Bürgerkonto.',
    fees: [
      { label: 'Einfache Meldebescheinigung', amountCents: 500 },
      { label: 'Erweiterte Meldebescheinigung', amountCents: 1000 },
    ],
    documents: [],
    legalBasis: '§ 18 Bundesmeldegesetz (BMG); Allgemeine Verwaltungsgebührenordnung NRW (AVerwGebO NRW)',
    level: 'digital',
    formKey: 'registration-certificate',
    keywords: ['Aufenthaltsbescheinigung', 'Wohnsitzbescheinigung', 'Meldeamt', 'Bescheinigung'],
  },
  {
    slug: 'personalausweis',
    department: '32.1',
    name: 'Personalausweis beantragen',
    nameEn: 'Apply for an identity card',
    summary: 'Den Personalausweis beantragen Sie persönlich im Bürgerbüro.',
    summaryEn: 'You apply for an identity card in person at the citizens’ office.',
    description:
      'Für den Personalausweis müssen Sie persönlich erscheinen, weil Ihre Unterschrift und Ihre Fingerabdrücke aufgenommen werden. Bitte vereinbaren Sie einen Termin. Der Ausweis wird in der Bundesdruckerei hergestellt; das dauert etwa drei bis vier Wochen.',
    fees: [
      { label: 'Ab 24 Jahren', amountCents: 3700, note: 'gültig 10 Jahre' },
      { label: 'Unter 24 Jahren', amountCents: 2280, note: 'gültig 6 Jahre' },
    ],
    documents: [
      'Bisheriger Personalausweis oder Reisepass',
      'Ein aktuelles biometrisches Lichtbild',
      'Bei Erstausstellung: Geburtsurkunde',
    ],
    legalBasis:
      '§§ 9 und 31 Personalausweisgesetz (PAuswG); § 1 Personalausweisgebührenverordnung (PAuswGebV)',
    level: 'information',
    keywords: ['Ausweis', 'Perso', 'Personalausweis', 'Identitätskarte', 'eID'],
  },
  {
    slug: 'reisepass',
    department: '32.1',
    name: 'Reisepass beantragen',
    nameEn: 'Apply for a passport',
    summary: 'Den Reisepass beantragen Sie persönlich im Bürgerbüro.',
    summaryEn: 'You apply for a passport in person at the citizens’ office.',
    description:
      'Für den Reisepass werden Unterschrift und Fingerabdrücke aufgenommen; Sie müssen deshalb persönlich kommen. Die Herstellung dauert etwa vier bis sechs Wochen.',
    fees: [
      { label: 'Ab 24 Jahren', amountCents: 7000, note: 'gültig 10 Jahre' },
      { label: 'Unter 24 Jahren', amountCents: 3750, note: 'gültig 6 Jahre' },
    ],
    documents: ['Bisheriger Reisepass oder Personalausweis', 'Ein aktuelles biometrisches Lichtbild'],
    legalBasis: '§ 6 Passgesetz (PassG); § 15 Passverordnung (PassV)',
    level: 'information',
    keywords: ['Pass', 'Reisepass', 'Urlaub', 'Reise'],
  },
  {
    slug: 'fuehrungszeugnis',
    department: '32.1',
    name: 'Führungszeugnis beantragen',
    nameEn: 'Apply for a certificate of good conduct',
    summary: 'Das Führungszeugnis beantragen Sie im Bürgerbüro; das Bundesamt für Justiz stellt es aus.',
    summaryEn: 'You apply at the citizens’ office; the Federal Office of Justice issues the certificate.',
    description:
      'Das Führungszeugnis gibt Auskunft über Eintragungen im Bundeszentralregister. Ein erweitertes Führungszeugnis brauchen Sie für Tätigkeiten mit Kindern und Jugendlichen. Das Bundesamt für Justiz schickt das Zeugnis per Post an Sie oder direkt an die Behörde, die es verlangt.',
    fees: [{ label: 'Führungszeugnis', amountCents: 1300, note: 'auch für das erweiterte Führungszeugnis' }],
    documents: [
      identityDocument,
      'Für das erweiterte Führungszeugnis: schriftliche Aufforderung der Stelle, die es verlangt',
    ],
    legalBasis:
      '§§ 30 und 30a Bundeszentralregistergesetz (BZRG); Nr. 1130 Justizverwaltungskostengesetz (JVKostG)',
    level: 'information',
    keywords: ['Polizeiliches Führungszeugnis', 'Bundeszentralregister', 'Zeugnis'],
  },
  {
    slug: 'sperrmuell',
    department: '32.1',
    name: 'Sperrmüll anmelden',
    nameEn: 'Book a bulky waste collection',
    summary: 'Große Möbel und Hausrat holen wir zweimal im Jahr ohne zusätzliche Gebühr ab.',
    summaryEn: 'We collect large furniture and household items twice a year at no extra charge.',
    description:
      'Melden Sie den Sperrmüll mit einer Liste der Gegenstände an; Sie erhalten einen Abholtermin. Elektrogeräte und Schadstoffe gehören nicht zum Sperrmüll.',
    fees: [],
    documents: ['Liste der Gegenstände'],
    legalBasis:
      'Abfallentsorgungssatzung der Stadt Leichlingen; § 9 Landeskreislaufwirtschaftsgesetz NRW (LKrWG)',
    level: 'information',
    keywords: ['Müll', 'Abfall', 'Möbel', 'Abholung', 'Entrümpelung'],
  },
];
