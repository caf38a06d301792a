// Reading and writing single values the way people here type them: German amounts and numbers, dates
// as dd.mm.yyyy or ISO, e-mail addresses, telephone numbers, postal codes.
import type { Locale } from '../../../platform/i18n/i18n.ts';
import type { DateBound } from './forms.types.ts';

/** "1.234,56", "1234,5", "1234", "12.50", "1.234 €" → cents; undefined when it is no amount. */
export function parseMoney(input: string): number | undefined {
  const text = input.replace(/[\s\u00a0]|€|EUR/gi, '');
  if (text === '') return undefined;
  let euros: string;
  let cents: string;
  const german = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  // A single dot followed by one or two digits is a decimal point ("12.50"), not thousands.
  const dotted = /^(-?)(\d+)\.(\d{1,2})$/.exec(text);
  if (german) {
    euros = `${german[1]}${(german[2] ?? '').replace(/\./g, '')}`;
    cents = german[3] ?? '';
  } else if (dotted) {
    euros = `${dotted[1]}${dotted[2]}`;
    cents = dotted[3] ?? '';
  } else {
    return undefined;
  }
  const sign = euros.startsWith('-') ? -1 : 1;
  const value = Math.abs(Number(euros)) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(value) ? sign * value : undefined;
}

export function formatMoney(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

/** The amount as typed back into the field: "1.234,56". */
export function moneyInput(cents: number): string {
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    cents / 100,
  );
}

/** German decimal comma ("1.234,5"); a lone dot with digits after it is read as a decimal point. */
export function parseNumber(input: string): number | undefined {
  const text = input.replace(/[\s\u00a0]/g, '');
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalized = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(text)) normalized = text.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(text)) normalized = text;
  else return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 10 }).format(
    value,
  );
}

/** ISO yyyy-mm-dd (from <input type=date>) or dd.mm.yyyy → ISO; undefined when no real date. */
export function parseDate(input: string): string | undefined {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  return parseDate(value) === value;
}

/** 31.12.1980 in German, 31/12/1980 in English. */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-');
  return locale === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** Today in the town's time zone, as ISO date. */
export function todayInBerlin(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

export function resolveDateBound(bound: DateBound, today: string): string {
  if (bound === 'today') return today;
  if ('iso' in bound) return bound.iso;
  const date = new Date(`${today}T00:00:00Z`);
  if ('daysFromToday' in bound) date.setUTCDate(date.getUTCDate() + bound.daysFromToday);
  else date.setUTCFullYear(date.getUTCFullYear() + bound.yearsFromToday);
  return date.toISOString().slice(0, 10);
}

// Deliberately simple: one @, no spaces, a dot in the domain; the real check is the confirmation mail.
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** Digits with the usual separators and an optional leading +; between 6 and 20 digits. */
export function normalizePhone(input: string): string | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  if (!/^\+?[\d\s/().-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20 ? text : undefined;
}

export function isPostalCode(value: string): boolean {
  return /^\d{5}$/.test(value);
}
