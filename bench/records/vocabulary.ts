// The words of the synthetic town archive: departments, file plan groups, and per topic the titles and
// sentences of its letters, applications and notices. Sentences are filled with names, streets, dates and
// amounts here (deterministically), and the database strings them together into document texts.

export interface Topic {
  key: string;
  /** KGSt-style department number (see departments below). */
  department: string;
  planCode: string;
  planTitle: string;
  /** Share of the archive's files. */
  weight: number;
  fileTitles: string[];
  caseTitles: string[];
  documentTitles: { title: string; type: string }[];
  sentences: string[];
}

export const departments: { number: string; name: string }[] = [
  { number: '10', name: 'Haupt- und Personalamt' },
  { number: '10.1', name: 'Ratsbüro' },
  { number: '10.2', name: 'Zentrale Dienste und Registratur' },
  { number: '20', name: 'Kämmerei' },
  { number: '20.1', name: 'Stadtkasse' },
  { number: '22', name: 'Steueramt' },
  { number: '32', name: 'Ordnungsamt' },
  { number: '32.1', name: 'Bürgerbüro' },
  { number: '50', name: 'Sozialamt' },
  { number: '51', name: 'Amt für Jugend und Schule' },
  { number: '63', name: 'Bauaufsicht' },
  { number: '67', name: 'Grünflächen und Friedhöfe' },
];

export const surnames =
  `Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz
Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel
Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt
Sauer Arnold Wolff Pfeiffer Yılmaz Kaya Demir Nowak Kowalski Rossi Esposito Papadopoulos Ivanović Hoß Weiss Mueller
Schaefer Koehler Goebel Nüßlein Jürgens Dörr Büttner Fröhlich Schütz Wöhler Lübke Strauß Große Brückner Jöris
Heinen Küpper Hambüchen Odenthal Schlömer Wirtz Kürten Löhr Pütz Steinbüchel Bürger Kremer Thelen Dahmen`
    .split(/\s+/)
    .filter(Boolean);

export const firstNames =
  `Anna Maria Ursula Monika Petra Elisabeth Sabine Renate Helga Karin Brigitte Ingrid Erika Andrea
Gisela Claudia Susanne Gabriele Christa Christine Hannelore Birgit Lea Mia Emma Sophie Hannah Peter Michael Thomas Andreas
Wolfgang Klaus Jürgen Günter Stefan Christian Uwe Werner Hans Horst Frank Dieter Bernd Manfred Lukas Jonas Finn Leon
Ömer Mehmet Ayşe Fatma Jan Tomasz Giulia Luca Nikolaos`
    .split(/\s+/)
    .filter(Boolean);

export const streets = `Hauptstraße|Gartenstraße|Bahnhofstraße|Schulstraße|Kirchstraße|Dorfstraße|Bergstraße
Lindenstraße|Am Wall|Brückenstraße|Kölner Straße|Düsseldorfer Straße|Opladener Straße|Am Hammer|Neukirchener Straße
Brückerfeld|Weyermannallee|Marktplatz|Uferstraße|Mühlenweg|Rosenweg|Birkenweg|Ahornweg|Eichendorffstraße|Goethestraße
Schillerstraße|Heinestraße|Wupperstraße|Talstraße|Hasensprung|Am Büscherhof|Kellerhansberg|Pilgerweg|Unterberg
Oberschmitte|Balker Aue|Rothenberg|Witzheldener Straße|Im Brückerfeld|Fester Weg|Johannisberg|Am Block`
  .split(/\||\n/)
  .filter(Boolean);

export const dogBreeds =
  `Dackel Labrador Schäferhund Pudel Boxer Beagle Mops Terrier Golden-Retriever Husky Chihuahua
Rottweiler Dobermann Spitz Border-Collie Jack-Russell Mischling Malteser Bernhardiner Windhund`
    .split(/\s+/)
    .filter(Boolean);

export const foundItems =
  `Fahrrad Geldbörse Schlüsselbund Mobiltelefon Regenschirm Rucksack Brille Armbanduhr Ehering
Handtasche Kinderwagen Jacke Personalausweis Führerschein Laptop Kopfhörer Schal Handschuhe Tablet Kamera`
    .split(/\s+/)
    .filter(Boolean);

// A long tail of rarer terms, as real files have: compounds from two lists, picked with a Zipf-like skew.
const compoundHeads =
  `Abwasser Abfall Anlieger Bau Bebauungs Beitrags Bestattungs Betreuungs Brand Bürger Denkmal
Eltern Erschließungs Feuerwehr Flächennutzungs Friedhofs Frischwasser Garten Gewerbe Grundstücks Grund Haushalts
Hunde Jugend Kanal Kinder Kita Lärm Markt Melde Miet Nutzungs Ordnungs Park Personal Pflege Rats Regenwasser Sanierungs
Schul Sonder Sozial Spiel Sport Stadt Steuer Straßen Verkehrs Vermessungs Wahl Wasser Wohn Wohngeld Zuschuss`
    .split(/\s+/)
    .filter(Boolean);
const compoundTails =
  `abgabe anlage antrag anordnung anschluss ausschuss beitrag berechnung bescheid bescheinigung
beschluss betrieb erlaubnis ermäßigung fläche gebühr genehmigung gutachten konzept kosten lage leistung liste nachweis
ordnung plan prüfung rechnung satzung sicherheit stelle unterlagen verfahren vertrag verzeichnis vorlage zuschuss`
    .split(/\s+/)
    .filter(Boolean);
export const tailTerms = compoundHeads.flatMap((head) => compoundTails.map((tail) => head + tail));

export const topics: Topic[] = [
  {
    key: 'hundesteuer',
    department: '22',
    planCode: '22.30',
    planTitle: 'Hundesteuer',
    weight: 10,
    fileTitles: ['Hundesteuer {surname}', 'Hundesteuerkonto {surname}, {street}'],
    caseTitles: [
      'Anmeldung Hund {breed}',
      'Abmeldung Hund',
      'Ermäßigung Hundesteuer {year}',
      'Festsetzung {year}',
    ],
    documentTitles: [
      { title: 'Anmeldung eines Hundes', type: 'application' },
      { title: 'Bescheid über die Hundesteuer {year}', type: 'notice' },
      { title: 'Antrag auf Ermäßigung der Hundesteuer', type: 'application' },
      { title: 'Abmeldung des Hundes', type: 'letter' },
      { title: 'Hundesteuermarke {year}', type: 'note' },
      { title: 'Mahnung Hundesteuer', type: 'letter' },
    ],
    sentences: [
      'Hiermit melde ich meinen Hund, einen {breed}, zur Hundesteuer an.',
      'Der Hund wird seit dem {date} in meinem Haushalt in der {street} {number} gehalten.',
      'Für das Kalenderjahr {year} wird die Hundesteuer auf {amount} Euro festgesetzt.',
      'Die Steuer ist zu je einem Viertel am 15. Februar, 15. Mai, 15. August und 15. November fällig.',
      'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Köln erhoben werden.',
      'Eine Ermäßigung wird für Hunde gewährt, die zur Bewachung von Gebäuden benötigt werden.',
      'Bitte senden Sie die alte Hundesteuermarke zurück, die neue Marke liegt diesem Schreiben bei.',
      'Die Hundehaltung endete am {date}, da der Hund verstorben ist.',
      'Für einen zweiten Hund gilt der erhöhte Steuersatz nach der Hundesteuersatzung.',
      'Herr {surname} hat die Bescheinigung über die Sachkunde für gefährliche Hunde vorgelegt.',
      'Der Nachweis über die Haftpflichtversicherung für den Hund liegt vor.',
      'Bei Rückfragen zur Hundesteuer erreichen Sie das Steueramt unter der Durchwahl {phone}.',
    ],
  },
  {
    key: 'bauantrag',
    department: '63',
    planCode: '63.10',
    planTitle: 'Baugenehmigungsverfahren',
    weight: 14,
    fileTitles: ['Bauvorhaben {street} {number}', 'Grundstück {street} {number}, Flur {small}'],
    caseTitles: [
      'Bauantrag Einfamilienhaus',
      'Bauantrag Carport',
      'Nutzungsänderung',
      'Bauvoranfrage',
      'Abbruch Nebengebäude',
    ],
    documentTitles: [
      { title: 'Bauantrag {surname}', type: 'application' },
      { title: 'Baugenehmigung', type: 'notice' },
      { title: 'Stellungnahme Brandschutz', type: 'letter' },
      { title: 'Nachforderung von Bauvorlagen', type: 'letter' },
      { title: 'Vermerk Ortstermin', type: 'note' },
      { title: 'Gebührenbescheid Baugenehmigung', type: 'notice' },
      { title: 'Nachbarbeteiligung', type: 'letter' },
    ],
    sentences: [
      'Hiermit beantrage ich die Baugenehmigung für die Errichtung eines Einfamilienhauses auf dem Grundstück {street} {number}.',
      'Der Bauantrag vom {date} ist am {date} bei der unteren Bauaufsichtsbehörde eingegangen.',
      'Die Bauvorlagen sind unvollständig; es fehlen der Lageplan und die Berechnung der Wohnfläche.',
      'Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. {small} der Stadt.',
      'Die Abstandsflächen nach § 6 BauO NRW werden eingehalten.',
      'Die Stellungnahme der Brandschutzdienststelle liegt vor und enthält keine Bedenken.',
      'Der Nachbar {surname} hat gegen das Vorhaben Einwendungen erhoben.',
      'Die Baugenehmigung wird unter den folgenden Nebenbestimmungen erteilt.',
      'Die Gebühr für die Baugenehmigung beträgt {amount} Euro nach der Tarifstelle 2.4.1 der Allgemeinen Verwaltungsgebührenordnung.',
      'Mit den Bauarbeiten darf erst nach Zugang der Baufreigabe begonnen werden.',
      'Beim Ortstermin am {date} wurde festgestellt, dass der Carport bereits errichtet wurde.',
      'Der Entwurfsverfasser {firstName} {surname} ist bauvorlageberechtigt.',
      'Die Stellplätze werden auf dem eigenen Grundstück nachgewiesen.',
    ],
  },
  {
    key: 'fundsachen',
    department: '32.1',
    planCode: '32.40',
    planTitle: 'Fundsachen',
    weight: 6,
    fileTitles: ['Fundsachen {year}', 'Fundbuch {year}, Monat {month}'],
    caseTitles: ['Fund {item}', 'Verlustanzeige {item}', 'Herausgabe Fundsache'],
    documentTitles: [
      { title: 'Fundanzeige {item}', type: 'note' },
      { title: 'Verlustanzeige', type: 'application' },
      { title: 'Benachrichtigung des Verlierers', type: 'letter' },
      { title: 'Herausgabeprotokoll', type: 'note' },
      { title: 'Mitteilung an den Finder', type: 'letter' },
    ],
    sentences: [
      'Am {date} wurde in der {street} ein {item} gefunden und im Fundbüro abgegeben.',
      'Der Finder {firstName} {surname} verzichtet auf den Finderlohn.',
      'Die Fundsache wird sechs Monate im Fundbüro aufbewahrt.',
      'Nach Ablauf der Frist erwirbt der Finder das Eigentum an der Fundsache nach § 973 BGB.',
      'Der Verlierer hat den Verlust eines {item} am {date} angezeigt.',
      'Die Fundsache wurde dem Eigentümer gegen Vorlage des Personalausweises ausgehändigt.',
      'Der Finderlohn beträgt fünf vom Hundert des Wertes bis 500 Euro.',
      'Nicht abgeholte Fundsachen werden öffentlich versteigert.',
    ],
  },
  {
    key: 'meldewesen',
    department: '32.1',
    planCode: '32.10',
    planTitle: 'Meldewesen',
    weight: 12,
    fileTitles: ['Meldeangelegenheiten {surname}', 'Melderegister Auskünfte {year}'],
    caseTitles: [
      'Anmeldung Wohnsitz',
      'Ummeldung',
      'Melderegisterauskunft',
      'Meldebescheinigung',
      'Abmeldung ins Ausland',
    ],
    documentTitles: [
      { title: 'Meldebescheinigung', type: 'notice' },
      { title: 'Anmeldung bei der Meldebehörde', type: 'application' },
      { title: 'Wohnungsgeberbestätigung', type: 'letter' },
      { title: 'Antrag auf Melderegisterauskunft', type: 'application' },
      { title: 'Auskunftssperre', type: 'note' },
    ],
    sentences: [
      'Frau {firstName} {surname} hat sich am {date} mit Hauptwohnsitz in der {street} {number} angemeldet.',
      'Die Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz liegt vor.',
      'Die Meldebescheinigung wird gegen eine Gebühr von {amount} Euro ausgestellt.',
      'Eine einfache Melderegisterauskunft wird nur erteilt, wenn die Person eindeutig bestimmt werden kann.',
      'Für die Person ist eine Auskunftssperre nach § 51 Bundesmeldegesetz eingetragen.',
      'Die Anmeldung muss innerhalb von zwei Wochen nach dem Einzug erfolgen.',
      'Der Wegzug ins Ausland wurde zum {date} angezeigt.',
      'Die Daten wurden an das Bundeszentralamt für Steuern übermittelt.',
    ],
  },
  {
    key: 'gewerbe',
    department: '32',
    planCode: '32.20',
    planTitle: 'Gewerbeangelegenheiten',
    weight: 8,
    fileTitles: ['Gewerbebetrieb {surname}', 'Gaststätte {street} {number}'],
    caseTitles: [
      'Gewerbeanmeldung',
      'Gewerbeabmeldung',
      'Gaststättenerlaubnis',
      'Sondernutzung Außengastronomie',
    ],
    documentTitles: [
      { title: 'Gewerbeanmeldung', type: 'application' },
      { title: 'Gewerbeabmeldung', type: 'application' },
      { title: 'Erlaubnis nach dem Gaststättengesetz', type: 'notice' },
      { title: 'Sondernutzungserlaubnis', type: 'notice' },
      { title: 'Anhörung', type: 'letter' },
    ],
    sentences: [
      'Herr {surname} hat zum {date} ein Gewerbe im Bereich Einzelhandel in der {street} {number} angemeldet.',
      'Die Gewerbeanmeldung wurde an das Finanzamt, die Industrie- und Handelskammer und das Statistische Landesamt weitergeleitet.',
      'Für die Außengastronomie wird eine Sondernutzungserlaubnis für {small} Quadratmeter erteilt.',
      'Die Sondernutzungsgebühr beträgt {amount} Euro pro Saison.',
      'Das Führungszeugnis und die Auskunft aus dem Gewerbezentralregister liegen vor.',
      'Vor einer Entscheidung erhalten Sie Gelegenheit zur Stellungnahme nach § 28 Verwaltungsverfahrensgesetz.',
      'Die Sperrzeit beginnt um 5 Uhr und endet um 6 Uhr.',
    ],
  },
  {
    key: 'sozial',
    department: '50',
    planCode: '50.10',
    planTitle: 'Hilfe zum Lebensunterhalt und Wohngeld',
    weight: 12,
    fileTitles: ['Leistungsakte {surname}, {firstName}', 'Wohngeld {surname}'],
    caseTitles: [
      'Antrag auf Wohngeld',
      'Weiterbewilligung',
      'Hilfe zum Lebensunterhalt',
      'Widerspruch',
      'Rückforderung',
    ],
    documentTitles: [
      { title: 'Antrag auf Wohngeld', type: 'application' },
      { title: 'Wohngeldbescheid', type: 'notice' },
      { title: 'Widerspruch gegen den Bescheid vom {date}', type: 'letter' },
      { title: 'Anforderung von Unterlagen', type: 'letter' },
      { title: 'Aktenvermerk', type: 'note' },
      { title: 'Bewilligungsbescheid', type: 'notice' },
    ],
    sentences: [
      'Hiermit beantrage ich Wohngeld in Form eines Mietzuschusses für die Wohnung in der {street} {number}.',
      'Bitte reichen Sie die Lohnabrechnungen der letzten drei Monate und den Mietvertrag ein.',
      'Das Wohngeld wird für die Zeit vom {date} bis {date} in Höhe von {amount} Euro monatlich bewilligt.',
      'Gegen den Bescheid vom {date} lege ich hiermit Widerspruch ein.',
      'Der Widerspruch ist zulässig, aber unbegründet.',
      'Die Leistungen werden nach § 45 SGB X zurückgefordert.',
      'Die Miete einschließlich der Nebenkosten beträgt {amount} Euro.',
      'Die Antragstellerin lebt mit zwei Kindern in einem gemeinsamen Haushalt.',
      'Das Einkommen übersteigt die maßgebliche Höchstgrenze nicht.',
      'Ein Hausbesuch fand am {date} statt.',
    ],
  },
  {
    key: 'kita',
    department: '51',
    planCode: '51.20',
    planTitle: 'Kindertagesbetreuung',
    weight: 8,
    fileTitles: ['Kita-Platz {surname}', 'Elternbeiträge {year}'],
    caseTitles: ['Platzvergabe', 'Elternbeitrag {year}', 'Ermäßigung Elternbeitrag', 'Tagespflege'],
    documentTitles: [
      { title: 'Anmeldung für einen Betreuungsplatz', type: 'application' },
      { title: 'Festsetzung des Elternbeitrags', type: 'notice' },
      { title: 'Einkommenserklärung', type: 'letter' },
      { title: 'Zusage Betreuungsplatz', type: 'letter' },
    ],
    sentences: [
      'Für das Kind {firstName} {surname} wird ab dem {date} ein Betreuungsplatz mit 45 Wochenstunden benötigt.',
      'Der Elternbeitrag wird nach der Elternbeitragssatzung auf {amount} Euro monatlich festgesetzt.',
      'Bitte reichen Sie die Einkommenserklärung bis zum {date} ein.',
      'Das letzte Kindergartenjahr vor der Einschulung ist beitragsfrei.',
      'Die Kindertagespflegeperson verfügt über die Pflegeerlaubnis nach § 43 SGB VIII.',
      'Wir freuen uns, Ihnen einen Platz in der Kindertageseinrichtung am {street} zusagen zu können.',
    ],
  },
  {
    key: 'personal',
    department: '10',
    planCode: '10.30',
    planTitle: 'Personalangelegenheiten',
    weight: 6,
    fileTitles: ['Personalakte {surname}, {firstName}', 'Stellenbesetzung {small}/{year}'],
    caseTitles: ['Einstellung', 'Fortbildung', 'Elternzeit', 'Stellenausschreibung'],
    documentTitles: [
      { title: 'Bewerbung', type: 'letter' },
      { title: 'Arbeitsvertrag', type: 'other' },
      { title: 'Antrag auf Elternzeit', type: 'application' },
      { title: 'Beteiligung des Personalrats', type: 'letter' },
    ],
    sentences: [
      'Hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Sachbearbeiterin im Bürgerbüro.',
      'Die Eingruppierung erfolgt in die Entgeltgruppe 9a TVöD.',
      'Der Personalrat hat der Maßnahme zugestimmt.',
      'Die Elternzeit wird für die Zeit vom {date} bis {date} gewährt.',
      'Die Teilnahme an der Fortbildung wird genehmigt, die Kosten von {amount} Euro trägt die Stadt.',
      'Das Auswahlgespräch findet am {date} im Rathaus statt.',
    ],
  },
  {
    key: 'rat',
    department: '10.1',
    planCode: '10.10',
    planTitle: 'Rat und Ausschüsse',
    weight: 5,
    fileTitles: ['Sitzungen des Rates {year}', 'Ausschuss für Stadtentwicklung {year}'],
    caseTitles: ['Sitzung am {date}', 'Beschlussvorlage {small}/{year}', 'Anfrage der Fraktion'],
    documentTitles: [
      { title: 'Niederschrift der Sitzung vom {date}', type: 'minutes' },
      { title: 'Beschlussvorlage {small}/{year}', type: 'other' },
      { title: 'Einladung zur Sitzung', type: 'letter' },
      { title: 'Anfrage', type: 'letter' },
    ],
    sentences: [
      'Der Rat der Stadt beschließt den Haushaltsplan für das Haushaltsjahr {year}.',
      'Die Beschlussvorlage wurde mit {small} Ja-Stimmen bei zwei Enthaltungen angenommen.',
      'Die Sitzung wurde um 17 Uhr von der Bürgermeisterin eröffnet.',
      'Zu Tagesordnungspunkt {small} gab es keine Wortmeldungen.',
      'Die Fraktion bittet um Auskunft über den Stand der Sanierung der Grundschule.',
      'Der Ausschuss empfiehlt dem Rat, den Bebauungsplan als Satzung zu beschließen.',
    ],
  },
  {
    key: 'kasse',
    department: '20.1',
    planCode: '20.20',
    planTitle: 'Zahlungsverkehr und Vollstreckung',
    weight: 8,
    fileTitles: ['Debitor {surname}', 'Vollstreckung {surname}'],
    caseTitles: ['Mahnverfahren', 'Stundung', 'Ratenzahlung', 'Vollstreckungsauftrag'],
    documentTitles: [
      { title: 'Mahnung', type: 'letter' },
      { title: 'Rechnung {small}/{year}', type: 'invoice' },
      { title: 'Stundungsantrag', type: 'application' },
      { title: 'Vollstreckungsankündigung', type: 'letter' },
    ],
    sentences: [
      'Der Betrag von {amount} Euro ist bis zum {date} auf das Konto der Stadtkasse zu überweisen.',
      'Trotz Fälligkeit ist bisher keine Zahlung eingegangen.',
      'Für die Mahnung wird eine Gebühr von fünf Euro erhoben.',
      'Einer Ratenzahlung in Höhe von {amount} Euro monatlich wird zugestimmt.',
      'Sollte die Zahlung nicht erfolgen, wird die Zwangsvollstreckung eingeleitet.',
      'Die Forderung wird bis zum {date} gestundet.',
    ],
  },
  {
    key: 'friedhof',
    department: '67',
    planCode: '67.30',
    planTitle: 'Friedhofswesen',
    weight: 4,
    fileTitles: ['Grabstätte Feld {small}, Nr. {number}', 'Friedhof {street}'],
    caseTitles: ['Nutzungsrecht Grabstätte', 'Bestattung', 'Grabmalgenehmigung'],
    documentTitles: [
      { title: 'Antrag auf Erwerb eines Nutzungsrechts', type: 'application' },
      { title: 'Gebührenbescheid Bestattung', type: 'notice' },
      { title: 'Grabmalantrag', type: 'application' },
    ],
    sentences: [
      'Das Nutzungsrecht an der Wahlgrabstätte wird für 25 Jahre verliehen.',
      'Die Bestattungsgebühr beträgt nach der Friedhofsgebührensatzung {amount} Euro.',
      'Das Grabmal muss standsicher errichtet werden.',
      'Die Beisetzung fand am {date} auf dem Friedhof statt.',
      'Die Ruhezeit beträgt zwanzig Jahre.',
    ],
  },
  {
    key: 'strassen',
    department: '32',
    planCode: '32.30',
    planTitle: 'Straßenverkehr',
    weight: 7,
    fileTitles: ['Verkehrsrechtliche Anordnungen {street}', 'Bewohnerparken Zone {small}'],
    caseTitles: ['Halteverbot Umzug', 'Bewohnerparkausweis', 'Baustellenabsicherung', 'Beschwerde Parken'],
    documentTitles: [
      { title: 'Verkehrsrechtliche Anordnung', type: 'notice' },
      { title: 'Antrag auf Bewohnerparkausweis', type: 'application' },
      { title: 'Beschwerde', type: 'letter' },
    ],
    sentences: [
      'Für den Umzug am {date} wird ein Halteverbot in der {street} vor Hausnummer {number} eingerichtet.',
      'Der Bewohnerparkausweis gilt für die Zone {small} und kostet {amount} Euro im Jahr.',
      'Die Baustelle ist nach den Richtlinien für die Sicherung von Arbeitsstellen an Straßen abzusichern.',
      'Anwohner beschweren sich über Falschparker auf dem Gehweg der {street}.',
      'Die Anordnung ergeht nach § 45 Straßenverkehrs-Ordnung.',
    ],
  },
];

/** Phrases of any letter, in every topic. */
export const commonSentences = [
  'Sehr geehrte Damen und Herren,',
  'Sehr geehrte Frau {surname},',
  'Sehr geehrter Herr {surname},',
  'vielen Dank für Ihr Schreiben vom {date}.',
  'Bitte geben Sie bei allen Rückfragen das oben genannte Aktenzeichen an.',
  'Mit freundlichen Grüßen',
  'Im Auftrag',
  'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.',
  'Die Unterlagen sind vollständig und wurden geprüft.',
  'Wir bitten um Rückmeldung bis zum {date}.',
  'Die Angelegenheit wurde an die zuständige Stelle weitergeleitet.',
  'Für Rückfragen stehe ich Ihnen gerne zur Verfügung.',
  'Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
  'Der Vorgang wird zur Wiedervorlage am {date} notiert.',
  'Die Sprechzeiten des Rathauses sind montags bis freitags von 8 bis 12 Uhr.',
  'Ihre personenbezogenen Daten werden nach der Datenschutz-Grundverordnung verarbeitet.',
  'Eine Kopie dieses Schreibens erhält {firstName} {surname} zur Kenntnis.',
  'Die Zahlung ist unter Angabe des Kassenzeichens zu leisten.',
];

/** A small deterministic random source, so the same archive is generated every time. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills the placeholders of a template with random names, places, dates and amounts. */
export function fill(template: string, random: () => number, topic?: Topic): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const year = 2016 + Math.floor(random() * 11);
  return template.replaceAll(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'surname':
        return pick(surnames);
      case 'firstName':
        return pick(firstNames);
      case 'street':
        return pick(streets);
      case 'number':
        return String(1 + Math.floor(random() * 120));
      case 'small':
        return String(1 + Math.floor(random() * 40));
      case 'year':
        return String(year);
      case 'month':
        return String(1 + Math.floor(random() * 12));
      case 'date':
        return `${1 + Math.floor(random() * 28)}.${1 + Math.floor(random() * 12)}.${year}`;
      case 'amount':
        return (Math.floor(random() * 200000) / 100).toFixed(2).replace('.', ',');
      case 'phone':
        return String(100 + Math.floor(random() * 900));
      case 'breed':
        return pick(dogBreeds);
      case 'item':
        return pick(foundItems);
      default:
        throw new Error(`unknown placeholder {${name}} in ${topic?.key ?? 'common'}`);
    }
  });
}
