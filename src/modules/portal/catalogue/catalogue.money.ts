// Amounts of money as people here write and read them: "30,70" in, "30,70 €" out; stored in cents.
import type { Locale } from '../../../platform/i18n/i18n.ts';

// 30 | 30,7 | 30,70 | 1.234,50 | 1234,50, optionally followed by "€" or "EUR". A point is a thousands
// separator in German, so "30.70" is refused rather than read as 3,070 euros.
const germanAmount = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
const MAX_CENTS = 100_000_000; // 1 million euros: no municipal fee comes near it

/** Cents of a German amount in euros, or undefined when it is not one. */
export function parseEuroAmount(raw: string): number | undefined {
  const value = raw
    .trim()
    .replace(/\s*(€|EUR)$/i, '')
    .trim();
  const match = germanAmount.exec(value);
  if (!match) return undefined;
  const euros = Number(match[1]!.replaceAll('.', ''));
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) && total <= MAX_CENTS ? total : undefined;
}

/** "30,70" — the value an input field shows again. */
export function euroInputValue(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

const formats = {
  de: new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** "30,70 €" (German, with a no-break space) or "€30.70" (English). */
export function formatEuro(cents: number, locale: Locale): string {
  return formats[locale].format(cents / 100);
}
