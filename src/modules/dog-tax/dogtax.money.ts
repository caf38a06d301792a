// Whole cents and whole months. The tax is an annual rate charged by month, so every amount is an integer
// number of cents and every period a whole calendar month; no floating-point money anywhere.

/** A month as one integer (year·12 + month−1), so months compare and subtract like numbers. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The month index of a YYYY-MM-DD day. */
export function monthIndexOf(day: string): number {
  return monthIndex(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
}

/** YYYY-MM-DD that is a real calendar day. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The share of an annual amount that falls on month `month` (1–12): ⌊(annual + k) / 12⌋ with a fixed offset
 * k ∈ 0…11 per month. By Hermite's identity (Σ_{k=0..11} ⌊(a + k)/12⌋ = a) the twelve shares sum exactly to
 * the annual amount whatever the order of the offsets; they differ by at most one cent, and each grows with
 * the annual amount, so a higher rate never yields a lower monthly amount (a plain "December takes the
 * rest" breaks that: 12,491 ct gives December 1,051, 12,492 ct only 1,041 — and with it "a second dog never
 * lowers the household total"). The offsets go round-robin over the quarters (January 0, April 1, July 2,
 * October 3, February 4, …), so the remainder cents are spread evenly: a full year's quarters are exactly
 * a quarter of the annual rate whenever it divides by four, as the statute's "mit einem Viertel des
 * Jahresbetrages" expects (125 € → 4 × 31,25 €), and otherwise differ by at most one cent.
 */
export function monthlyShare(annualCents: number, month: number): number {
  const offset = Math.floor((month - 1) / 3) + 4 * ((month - 1) % 3);
  return Math.floor((annualCents + offset) / 12);
}

/** An annual amount after waiving `percent` of it (0–100), rounded half up to whole cents. Applying the
 *  relief to the annual rate before splitting keeps a full year of a 50 % reduction at exactly half. */
export function afterRelief(annualCents: number, percent: number): number {
  return Math.floor((annualCents * (100 - percent) + 50) / 100);
}

/** 12345 → "123,45 €" as on a German notice. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}
