// Calendar days as YYYY-MM-DD strings and as whole day numbers (days since 1970-01-01), so that the rules
// compute periods on dates without time zones and the matcher compares integers.

/** YYYY-MM-DD that is a real calendar day. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** 2025-01-02 → 20090: whole days since 1970-01-01 (UTC, so no daylight-saving gaps). */
export function dayNumber(day: string): number {
  return Math.round(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000,
  );
}

/** The inverse of `dayNumber`. */
export function dayFromNumber(value: number): string {
  return new Date(value * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/**
 * The last day of a period of `months` months that begins with an event on `day` (§ 187 Abs. 1 BGB: the
 * day of the event is not counted; § 188 Abs. 2 BGB: the period ends with the day of the last month that
 * has the event day's number; § 188 Abs. 3 BGB: if that month is shorter, with its last day — 31 August
 * plus six months ends on 28/29 February).
 */
export function periodEnd(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const monthIndex = Number(day.slice(5, 7)) - 1 + months;
  const endYear = year + Math.floor(monthIndex / 12);
  const endMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  const date = Math.min(Number(day.slice(8, 10)), lastDay);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(endYear, 4)}-${pad(endMonth, 2)}-${pad(date, 2)}`;
}
