// When a closed file's retention period ends. One function, tested, because getting it wrong blocks
// closing or disposes of files too early (Open Zaak #2427): the period runs from the end of the calendar
// year in which the file was closed (zdA), in the municipality's time zone, e.g. § 7 RegR NRW.
import { localYear } from './records.reference.ts';

/** The last day of retention as YYYY-MM-DD: 31 December of (closing year + years). */
export function retentionUntil(closedAt: Date, years: number): string {
  if (!Number.isInteger(years) || years < 0 || years > 200) throw new RangeError(`retention years ${years}`);
  return `${String(localYear(closedAt) + years).padStart(4, '0')}-12-31`;
}
