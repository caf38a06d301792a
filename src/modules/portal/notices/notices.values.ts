// The values a notice's placeholders stand for, as text: from the application, the applicant, the signer
// and the clerk's reason. Answers of the form are formatted without the form definition (the decide action
// passes the stored answers), so a choice shows its stored value, e.g. "2" for the validity in years.
import { formatEuro } from '../catalogue/catalogue.index.ts';
import { ANSWER_PREFIX } from './notices.placeholders.ts';

const longDate = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long' });
const number = new Intl.NumberFormat('de-DE');
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2. März 2026" in the authority's time zone. */
export function noticeDate(date: Date): string {
  return longDate.format(date);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One answer as text; '' when there is nothing to show. */
export function formatAnswer(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    const date = isoDate.exec(value);
    return date ? `${date[3]}.${date[2]}.${date[1]}` : value;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? number.format(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (Array.isArray(value))
    return value
      .map(formatAnswer)
      .filter((text) => text !== '')
      .join(', ');
  if (isRecord(value)) {
    // An address of the forms engine, or an uploaded file (shown by its name).
    if (typeof value.street === 'string' && typeof value.postalCode === 'string') {
      const words = (...parts: unknown[]) =>
        parts.filter((part) => typeof part === 'string' && part !== '').join(' ');
      return [words(value.street, value.houseNumber), words(value.postalCode, value.city)]
        .filter((line) => line !== '')
        .join(', ');
    }
    if (typeof value.name === 'string') return value.name;
  }
  return '';
}

export interface NoticeData {
  application: {
    reference: string;
    submittedAt: Date;
    fileReference: string;
    serviceName: string;
    feeCents: number;
    answers: Record<string, unknown>;
  };
  applicant: { name: string; addressLines: string[] };
  signer: { name: string; role?: string };
  date: Date;
  /** The clerk's reason for the decision, typed when deciding; fills {{begruendung}}. */
  reason?: string | undefined;
}

/** Every placeholder's value for one notice. */
export function noticeValues(data: NoticeData): Record<string, string> {
  const { application, applicant } = data;
  const values: Record<string, string> = {
    'antragsteller.name': applicant.name,
    'antragsteller.anschrift': applicant.addressLines.join(', '),
    'antrag.zeichen': application.reference,
    'antrag.eingang': noticeDate(application.submittedAt),
    'leistung.name': application.serviceName,
    aktenzeichen: application.fileReference,
    datum: noticeDate(data.date),
    gebuehr: formatEuro(application.feeCents, 'de'),
    'sachbearbeitung.name': data.signer.name,
    begruendung: data.reason?.trim() ?? '',
  };
  for (const [name, answer] of Object.entries(application.answers))
    values[`${ANSWER_PREFIX}${name}`] = formatAnswer(answer);
  return values;
}
