// When the assessed tax is due. NRW statutes built on the Mustersatzung (§ 7 Festsetzung und Fälligkeit),
// e.g. Winterberg: "Die Steuer wird erstmalig einen Monat nach Zugang des Hundesteuerbescheides für die
// zurückliegende Zeit und dann vierteljährlich (15.02.; 15.05.; 15.08. und 15.11.) mit einem Viertel des
// Jahresbetrages fällig. Die Steuer kann auf Antrag für das ganze Jahr in einer Summe zum 01.07. entrichtet
// werden." Each quarterly installment is the sum of that quarter's months (with a change during the year
// the quarters differ, which "ein Viertel" only describes for a full unchanged year).
import type { Assessment } from './dogtax.assessment.ts';

export interface Installment {
  dueOn: string;
  amountCents: number;
}

export interface DueOptions {
  /** Annual payment in one sum on 1 July, on the keeper's request. */
  annual: boolean;
  /** Day the notice is made known (Zugang/Bekanntgabe; for a posted letter the caller applies the fiction
   *  of § 122 Abs. 2 AO via § 12 KAG NRW). Installments that would be due earlier than one month after it
   *  ("für die zurückliegende Zeit") become due one month after it, in one sum. */
  noticeDate?: string;
}

const quarterDueDays = ['02-15', '05-15', '08-15', '11-15'] as const;

export function dueInstallments(assessment: Assessment, options: DueOptions): Installment[] {
  const year = String(assessment.year).padStart(4, '0');
  const regular: Installment[] = options.annual
    ? [{ dueOn: `${year}-07-01`, amountCents: assessment.totalCents }]
    : quarterDueDays.map((day, quarter) => ({
        dueOn: `${year}-${day}`,
        amountCents: assessment.months
          .filter((month) => Math.ceil(month.month / 3) === quarter + 1)
          .reduce((sum, month) => sum + month.amountCents, 0),
      }));

  const earliest = options.noticeDate === undefined ? undefined : oneMonthAfter(options.noticeDate);
  const byDay = new Map<string, number>();
  for (const installment of regular) {
    if (installment.amountCents === 0) continue;
    const dueOn = earliest !== undefined && installment.dueOn < earliest ? earliest : installment.dueOn;
    byDay.set(dueOn, (byDay.get(dueOn) ?? 0) + installment.amountCents);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dueOn, amountCents]) => ({ dueOn, amountCents }));
}

/**
 * The day one month after `day` (§ 188 Abs. 2 BGB via § 108 AO: same day number in the next month; § 188
 * Abs. 3: if that month is shorter, its last day — 31 Jan → 28/29 Feb).
 */
export function oneMonthAfter(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(nextYear, 4)}-${pad(nextMonth, 2)}-${pad(Math.min(date, lastDay), 2)}`;
}

/**
 * The installments of a change notice (Änderungsbescheid) that replaces `previous` for the same year.
 * What the earlier notice had already made due stays due on its day, up to the new amount (a change does
 * not postpone a debt the keeper already owed — §§ 218, 220 AO via § 12 KAG NRW: a tax falls due as the
 * notice that sets it says); only the part the new notice adds for past quarters (a Nachzahlung) falls due
 * one month after the change notice is made known, as for any notice. Quarters still to come follow the
 * new amounts. Formally, over the past days D (the regular due days and the earlier notice's days before
 * that date): the amount due by day d is min(new regular total by d, earlier notice's total by d).
 */
export function dueInstallmentsAfterChange(
  assessment: Assessment,
  options: DueOptions & { noticeDate: string; previous: readonly Installment[] },
): Installment[] {
  const regular = dueInstallments(assessment, { annual: options.annual });
  const earliest = oneMonthAfter(options.noticeDate);
  const cumulative = (list: readonly Installment[], day: string) =>
    list.filter((item) => item.dueOn <= day).reduce((sum, item) => sum + item.amountCents, 0);
  const pastDays = [
    ...new Set([...regular, ...options.previous].map((item) => item.dueOn).filter((day) => day < earliest)),
  ].sort();
  const result: Installment[] = [];
  let already = 0;
  for (const day of pastDays) {
    const dueBy = Math.min(cumulative(regular, day), cumulative(options.previous, day));
    if (dueBy > already) result.push({ dueOn: day, amountCents: dueBy - already });
    already = Math.max(already, dueBy);
  }
  const pastRegular = regular
    .filter((item) => item.dueOn < earliest)
    .reduce((sum, item) => sum + item.amountCents, 0);
  if (pastRegular > already) result.push({ dueOn: earliest, amountCents: pastRegular - already });
  for (const item of regular.filter((installment) => installment.dueOn >= earliest)) {
    const same = result.find((entry) => entry.dueOn === item.dueOn);
    if (same) same.amountCents += item.amountCents;
    else result.push({ ...item });
  }
  return result.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
