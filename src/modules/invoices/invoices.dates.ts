// Calendar days as the town lives them (Europe/Berlin), for receipt numbers and deadlines.
import { localDay } from '../../platform/time/calendar-day.ts';

export function localYear(at: Date): number {
  return Number(localDay(at).slice(0, 4));
}

export function today(at: Date): string {
  return localDay(at);
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` lies before. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
