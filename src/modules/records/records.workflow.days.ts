// Calendar days in the municipality's time. Resubmissions are due on a day, not at an instant: "today"
// is the day in Europe/Berlin, so a resubmission for Monday is due from Monday 00:00 local time on.
import type { Locale } from '../../platform/i18n/i18n.ts';

export { localDay, parseDay } from '../../platform/time/calendar-day.ts';

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
