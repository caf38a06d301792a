// Calendar days in the municipality's time. Resubmissions are due on a day, not at an instant: "today"
// is the day in Europe/Berlin, so a resubmission for Monday is due from Monday 00:00 local time on.
// (identity has the same two helpers for substitutes but does not export them from its index.ts.)
import type { Locale } from '../../platform/i18n/i18n.ts';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the municipality (Europe/Berlin) as YYYY-MM-DD. */
export function localDay(now: Date): string {
  return dayFormat.format(now);
}

/** Accepts YYYY-MM-DD (what `<input type="date">` sends) and the German TT.MM.JJJJ; else undefined. */
export function parseDay(input: string): string | undefined {
  const value = input.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The day `years` after `day` (for an upper bound on due dates that catches typos like 2206). */
export function yearsAfter(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
}

/** A day as people read it: 05.03.2026 in German, 2026-03-05 in English. */
export function showDay(locale: Locale, day: string): string {
  if (locale === 'en') return day;
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

const timeFormats: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
};

/** An instant in the municipality's time, e.g. "02.03.2026, 09:15". */
export function showTime(locale: Locale, at: Date): string {
  return timeFormats[locale].format(at);
}
