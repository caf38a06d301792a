// Calendar days in the municipality's time (Europe/Berlin). Rules that run by day — substitutions,
// resubmissions, dates received — compare these YYYY-MM-DD strings, never instants shifted by time zones.
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
