// The Hundesteuerbescheid of one household for one year as a DIN 5008 letter: the assessment per dog in
// periods (consecutive months with the same rate, relief and statute version), the household total, the
// due dates, how it is paid, and the Rechtsbehelfsbelehrung valid in NRW. A pure function of its input, so
// the annual run, a first registration and a change print the same letter. Always German (§ 23 Abs. 1
// VwVfG NRW: the official language).
//
// Rechtsbehelf (checked 2026 against secondary sources; confirm against recht.nrw.de before production):
// NRW abolished the Widerspruchsverfahren in most areas (§ 110 Abs. 1 JustG NRW), but since the amendment
// of 9 Dec 2014 (GV. NRW. S. 874) it is required again for notices under the Kommunalabgabengesetz, the
// Hundesteuer included (§ 110 Abs. 2 Satz 1 Nr. 6 JustG NRW — the number as cited in teaching material;
// the official text was not at hand); the authority that issued the notice decides on it (§ 111 JustG NRW,
// § 73 Abs. 1 Satz 2 Nr. 3 VwGO). Form and period: § 70 Abs. 1 VwGO (one month after Bekanntgabe, in
// writing, electronically under § 3a Abs. 2 VwVfG or for the record at the authority). Neither Widerspruch
// nor Klage suspends public levies (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO); suspension on application to the
// authority (§ 80 Abs. 4) or the court (§ 80 Abs. 5, as a rule only after the authority refused, § 80
// Abs. 6). Court for Leichlingen (Rheinisch-Bergischer Kreis): Verwaltungsgericht Köln, whose district
// covers that Kreis (§ 17 JustG NRW) — an input, since other municipalities belong to other courts.
// Machine-made notice without signature: § 119 Abs. 3 Satz 2 AO, applied by § 12 Abs. 1 Nr. 3 Buchst. b
// KAG NRW.
import type { PdfBlock, PdfDocumentSpec } from '../../platform/pdf/index.ts';
import type { AssessedMonth, Assessment } from './dogtax.assessment.ts';
import type { Installment } from './dogtax.due-dates.ts';
import { formatEuro } from './dogtax.money.ts';

export interface TaxNoticeInput {
  municipality: {
    /** As it signs, e.g. 'Stadt Leichlingen (Rhld.)' or 'Der Bürgermeister der Stadt Leichlingen'. */
    authority: string;
    street: string;
    postalCode: string;
    city: string;
    phone: string;
    email: string;
    /** Competent for actions against the municipality's notices, e.g. 'Verwaltungsgericht Köln'. */
    administrativeCourt: string;
  };
  treasury: {
    /** e.g. 'Steueramt' */
    department: string;
    /** Contact person as printed, e.g. 'Frau Weber'. */
    contact: string;
    bankName: string;
    iban: string;
    bic: string;
    /** SEPA creditor identifier (Gläubiger-Identifikationsnummer). */
    creditorId: string;
  };
  recipient: { name: string; addressLines: string[] };
  /** The household number, used as Kassenzeichen (payment reference). */
  householdNumber: string;
  /** Aktenzeichen */
  fileReference: string;
  /** Date of the notice, YYYY-MM-DD. */
  date: string;
  year: number;
  /** 'first' on a new registration, 'annual' from the annual run, 'change' after a change. */
  kind: 'first' | 'annual' | 'change';
  assessment: Assessment;
  /** The household's dogs by dogId (every dog of the assessment must be here). */
  dogs: Readonly<Record<string, { name: string; breed: string; taxMarkNumber?: string }>>;
  installments: readonly Installment[];
  payment:
    | { method: 'sepa-direct-debit'; mandateReference: string; maskedIban: string }
    | { method: 'bank-transfer' };
  /** e.g. 'Hundesteuersatzung der Stadt Leichlingen (Rhld.) in der geltenden Fassung' */
  statuteTitle: string;
  /** Name (and role) of the official who signs; absent for a notice made by machine. */
  signer?: { name: string; role?: string };
}

export const TAX_NOTICE_MACHINE_MADE =
  'Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.';

const monthNames = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

/** "2026-02-15" → "15. Februar 2026" */
export function longDate(day: string): string {
  return `${Number(day.slice(8, 10))}. ${monthNames[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

export interface TaxPeriod {
  fromMonth: number;
  toMonth: number;
  annualRateCents: number;
  dogsCounted: number;
  reliefPercent: number;
  reliefReference?: string;
  versionValidFrom?: string;
  amountCents: number;
}

/** Consecutive taxable months with the same rate, relief and statute version, as one period each. */
export function taxPeriods(months: readonly AssessedMonth[]): TaxPeriod[] {
  const periods: TaxPeriod[] = [];
  for (const month of months) {
    const last = periods.at(-1);
    const continues =
      month.taxable &&
      last !== undefined &&
      last.toMonth === month.month - 1 &&
      last.annualRateCents === month.annualRateCents &&
      last.reliefPercent === month.reliefPercent &&
      last.reliefReference === month.reliefReference &&
      last.versionValidFrom === month.versionValidFrom;
    if (continues) {
      last.toMonth = month.month;
      last.amountCents += month.amountCents;
    } else if (month.taxable) {
      periods.push({
        fromMonth: month.month,
        toMonth: month.month,
        annualRateCents: month.annualRateCents,
        dogsCounted: month.dogsCounted,
        reliefPercent: month.reliefPercent,
        ...(month.reliefReference === undefined ? {} : { reliefReference: month.reliefReference }),
        ...(month.versionValidFrom === undefined ? {} : { versionValidFrom: month.versionValidFrom }),
        amountCents: month.amountCents,
      });
    }
  }
  return periods;
}

function periodLabel(period: TaxPeriod): string {
  const from = monthNames[period.fromMonth - 1]!;
  return period.fromMonth === period.toMonth ? from : `${from}–${monthNames[period.toMonth - 1]!}`;
}

function reliefLabel(period: TaxPeriod): string {
  if (period.reliefPercent === 0) return '–';
  const what = period.reliefPercent === 100 ? 'befreit' : `${period.reliefPercent} %`;
  return period.reliefReference ? `${what} (${period.reliefReference})` : what;
}

const periodColumns = [
  { header: 'Zeitraum', width: { mm: 34 } },
  { header: 'Hunde', width: { mm: 16 }, align: 'right' },
  { header: 'Jahressteuer je Hund', width: { mm: 30 }, align: 'right' },
  { header: 'Monate', width: { mm: 17 }, align: 'right' },
  { header: 'Ermäßigung', width: { share: 1 } },
  { header: 'Betrag', width: { mm: 26 }, align: 'right' },
] as const;

function dogBlocks(input: TaxNoticeInput): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  for (const assessed of input.assessment.dogs) {
    const dog = input.dogs[assessed.dogId];
    if (!dog) throw new Error(`tax notice: no name and breed for dog ${assessed.dogId}`);
    const mark = dog.taxMarkNumber ? `, Steuermarke Nr. ${dog.taxMarkNumber}` : '';
    const title = `Hund „${dog.name}“ (${dog.breed}${mark})`;
    const periods = taxPeriods(assessed.months);
    blocks.push({
      type: 'paragraph',
      text: [
        { text: title, bold: true },
        ...(assessed.dangerous ? [{ text: '\nSteuersatz für gefährliche Hunde' }] : []),
      ],
    });
    if (periods.length === 0) {
      blocks.push({ type: 'paragraph', text: `Im Jahr ${input.year} nicht steuerpflichtig.` });
      continue;
    }
    blocks.push({
      type: 'table',
      columns: periodColumns.map((column) => ({ ...column })),
      rows: periods.map((period) => [
        periodLabel(period),
        String(period.dogsCounted),
        formatEuro(period.annualRateCents),
        String(period.toMonth - period.fromMonth + 1),
        reliefLabel(period),
        formatEuro(period.amountCents),
      ]),
      total: [`Summe „${dog.name}“`, '', '', '', '', formatEuro(assessed.totalCents)],
    });
  }
  return blocks;
}

function paymentBlocks(input: TaxNoticeInput): PdfBlock[] {
  const { treasury, payment, householdNumber, year, municipality } = input;
  if (payment.method === 'sepa-direct-debit') {
    return [
      {
        type: 'paragraph',
        text:
          `Die Beträge werden zu den Fälligkeitsterminen per SEPA-Lastschrift von Ihrem Konto ${payment.maskedIban} ` +
          `eingezogen. Mandatsreferenz: ${payment.mandateReference}, Gläubiger-Identifikationsnummer: ` +
          `${treasury.creditorId}. Bitte sorgen Sie zu den Fälligkeitsterminen für ausreichende Deckung; ` +
          'Sie müssen nichts überweisen.',
      },
    ];
  }
  return [
    {
      type: 'paragraph',
      text: 'Bitte überweisen Sie die Beträge so, dass sie spätestens zu den Fälligkeitsterminen gutgeschrieben sind:',
    },
    {
      type: 'keyValue',
      rows: [
        { label: 'Empfänger', value: municipality.authority },
        { label: 'Bank', value: treasury.bankName },
        { label: 'IBAN', value: treasury.iban },
        { label: 'BIC', value: treasury.bic },
        { label: 'Verwendungszweck', value: `Kassenzeichen ${householdNumber}, Hundesteuer ${year}` },
      ],
    },
    {
      type: 'paragraph',
      text: 'Bitte geben Sie immer das Kassenzeichen an, damit Ihre Zahlung richtig zugeordnet werden kann.',
    },
  ];
}

function introduction(input: TaxNoticeInput): string {
  switch (input.kind) {
    case 'first':
      return `aufgrund Ihrer Anmeldung setze ich die Hundesteuer für das Jahr ${input.year} wie folgt fest.`;
    case 'annual':
      return `für das Jahr ${input.year} setze ich die Hundesteuer wie folgt fest.`;
    case 'change':
      return `aufgrund der geänderten Verhältnisse setze ich die Hundesteuer für das Jahr ${input.year} neu fest.`;
  }
}

function remedyBlocks(input: TaxNoticeInput): PdfBlock[] {
  const { municipality } = input;
  const address = `${municipality.authority}, ${municipality.street}, ${municipality.postalCode} ${municipality.city}`;
  return [
    { type: 'heading', level: 2, text: 'Rechtsbehelfsbelehrung' },
    {
      type: 'paragraph',
      text:
        'Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden. ' +
        'Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Absatz 2 des ' +
        'Verwaltungsverfahrensgesetzes oder zur Niederschrift bei der Behörde zu erheben, die den Bescheid ' +
        `erlassen hat: ${address}.`,
    },
    { type: 'heading', level: 2, text: 'Hinweis zur Zahlungspflicht' },
    {
      type: 'paragraph',
      text:
        'Widerspruch und Klage haben keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO): Die ' +
        'festgesetzte Steuer ist auch dann zu den Fälligkeitsterminen zu zahlen, wenn Sie Widerspruch erheben. ' +
        'Auf Antrag kann die Vollziehung ausgesetzt werden (§ 80 Abs. 4 VwGO); das ' +
        `${municipality.administrativeCourt} kann auf Antrag die aufschiebende Wirkung anordnen (§ 80 Abs. 5 VwGO), ` +
        'in der Regel erst, nachdem die Behörde einen Antrag auf Aussetzung ganz oder zum Teil abgelehnt hat ' +
        '(§ 80 Abs. 6 VwGO).',
    },
  ];
}

export function buildTaxNoticeSpec(input: TaxNoticeInput): PdfDocumentSpec {
  const { municipality, treasury, assessment, installments, year } = input;
  const installmentSum = installments.reduce((sum, installment) => sum + installment.amountCents, 0);
  if (installmentSum !== assessment.totalCents || assessment.year !== year) {
    // The caller mixed up data: a notice whose due dates do not add up to its total must not go out.
    throw new Error(
      `tax notice: installments ${installmentSum} ct / year ${assessment.year} do not match total ${assessment.totalCents} ct / year ${year}`,
    );
  }
  const subject = `Bescheid über die Festsetzung der Hundesteuer für das Jahr ${year}`;
  const cityLine = `${municipality.postalCode} ${municipality.city}`;
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 1, text: subject },
    { type: 'paragraph', text: `Guten Tag ${input.recipient.name},` },
    { type: 'paragraph', text: introduction(input) },
    ...(input.kind === 'change'
      ? [
          {
            type: 'paragraph' as const,
            text: [
              {
                text: `Dieser Bescheid ersetzt alle bisherigen Bescheide über die Hundesteuer für das Jahr ${year}.`,
                bold: true,
              },
              { text: ' Bereits gezahlte Beträge werden angerechnet.' },
            ],
          },
        ]
      : []),
    {
      type: 'paragraph',
      text:
        'Rechtsgrundlage: §§ 1, 2 und 3 des Kommunalabgabengesetzes für das Land Nordrhein-Westfalen ' +
        `(KAG NRW) in Verbindung mit der ${input.statuteTitle}.`,
    },
    { type: 'heading', level: 2, text: 'Festsetzung' },
    ...dogBlocks(input),
    {
      type: 'paragraph',
      text:
        '„Hunde“ ist die Zahl der Hunde im Haushalt, nach der sich der Steuersatz richtet; gefährliche Hunde ' +
        'werden gesondert gezählt.',
    },
    {
      type: 'paragraph',
      text: [
        { text: `Hundesteuer ${year} insgesamt: ` },
        { text: formatEuro(assessment.totalCents), bold: true },
      ],
    },
    { type: 'heading', level: 2, text: 'Fälligkeit' },
    {
      type: 'table',
      columns: [
        { header: 'Fällig am', width: { share: 1 } },
        { header: 'Betrag', width: { mm: 40 }, align: 'right' },
      ],
      rows: installments.map((installment) => [
        longDate(installment.dueOn),
        formatEuro(installment.amountCents),
      ]),
      total: ['Summe', formatEuro(installmentSum)],
    },
    { type: 'heading', level: 2, text: 'Zahlung' },
    ...paymentBlocks(input),
    { type: 'heading', level: 2, text: 'Steuermarke' },
    {
      type: 'paragraph',
      text:
        'Jeder Hund muss außerhalb Ihrer Wohnung oder Ihres umfriedeten Grundbesitzes die gültige Steuermarke ' +
        'sichtbar tragen. Geben Sie einen Hund ab oder stirbt er, melden Sie ihn bitte ab und geben Sie die ' +
        'Steuermarke zurück.',
    },
    ...(input.signer
      ? [
          {
            type: 'signature' as const,
            closing: 'Mit freundlichen Grüßen\nIm Auftrag',
            name: input.signer.name,
            ...(input.signer.role ? { role: input.signer.role } : {}),
          },
        ]
      : [
          { type: 'paragraph' as const, text: 'Mit freundlichen Grüßen\nIm Auftrag' },
          { type: 'paragraph' as const, text: TAX_NOTICE_MACHINE_MADE },
        ]),
    ...remedyBlocks(input),
  ];
  return {
    title: `${subject} (Kassenzeichen ${input.householdNumber})`,
    author: municipality.authority,
    subject: `Hundesteuer ${year}`,
    keywords: ['Hundesteuer', 'Bescheid', String(year), input.householdNumber, input.fileReference],
    language: 'de-DE',
    letterhead: {
      sender: [municipality.authority, treasury.department, municipality.street, cityLine],
      recipient: [input.recipient.name, ...input.recipient.addressLines],
      date: `Datum: ${longDate(input.date)}`,
      reference: `Aktenzeichen: ${input.fileReference}`,
      info: [
        `Kassenzeichen: ${input.householdNumber}`,
        `Ansprechpartner: ${treasury.contact}`,
        `Telefon: ${municipality.phone}`,
        `E-Mail: ${municipality.email}`,
      ],
    },
    footer:
      `${municipality.authority} · ${municipality.street} · ${cityLine}\n` +
      `${treasury.bankName} · IBAN ${treasury.iban} · BIC ${treasury.bic}`,
    blocks,
  };
}
