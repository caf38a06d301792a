// What pain.001 and pain.008 share: checking the input (collecting every problem), amounts as
// integer cents written with two decimals, accounts and agents as the EPC guidelines want them.
import { checkBic } from './bic.ts';
import { checkIban } from './iban.ts';
import { checkSepaIdentifier } from './references.ts';
import { sepaErrors, type SepaProblem, type SepaProblemKind } from './sepa.errors.ts';
import { toSepaText, type SepaCharset } from './sepa-text.ts';
import { el, type XmlElement } from './xml-writer.ts';

/** A party's account: its name (converted to the SEPA set), IBAN and, optionally, the bank's BIC. */
export interface SepaAccountHolder {
  name: string;
  iban: string;
  bic?: string;
}

// EPC SCT/SDD: an amount is at least 0.01 and at most 999,999,999.99 euro.
const maxCents = 99_999_999_999;

export function createInputCheck(charset: SepaCharset) {
  const problems: SepaProblem[] = [];
  const report = (field: string, kind: SepaProblemKind) => problems.push({ field, kind });
  return {
    problems,
    report,
    text(field: string, value: string | undefined, maxLength: number, required: boolean): string {
      const text = toSepaText(value ?? '', maxLength, { charset });
      if (required && text === '') report(field, 'empty');
      return text;
    },
    iban(field: string, value: string): string {
      const check = checkIban(value);
      if (!check.ok) report(field, 'iban');
      return check.ok ? check.iban : '';
    },
    bic(field: string, value: string | undefined): string | undefined {
      if (value === undefined || value.trim() === '') return undefined;
      const check = checkBic(value);
      if (!check.ok) report(field, 'bic');
      return check.ok ? check.bic : undefined;
    },
    identifier(field: string, value: string): string {
      const check = checkSepaIdentifier(value);
      if (!check.ok) report(field, 'identifier');
      return check.ok ? check.reference : '';
    },
    date(field: string, value: string): string {
      if (!isIsoDate(value)) report(field, 'date');
      return value;
    },
    amount(field: string, cents: number): number {
      const ok = Number.isSafeInteger(cents) && cents > 0 && cents <= maxCents;
      if (!ok) report(field, 'amount');
      return ok ? cents : 0;
    },
    holder(field: string, holder: SepaAccountHolder, maxName = 70) {
      return {
        name: this.text(`${field}.name`, holder.name, maxName, true),
        iban: this.iban(`${field}.iban`, holder.iban),
        bic: this.bic(`${field}.bic`, holder.bic),
      };
    },
    /** Throws the collected problems, if any. */
    done(): void {
      if (problems.length > 0) throw sepaErrors.invalid_payment_file({ problems });
    },
  };
}

/** An existing calendar day written YYYY-MM-DD (what ISODate in the schemas means for us). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Integer cents as the schemas' decimal with two places: 123456 → "1234.56". */
export function formatCents(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** xs:dateTime in UTC without fractions: "2024-05-10T08:30:00Z". */
export function formatCreationTime(createdAt: Date): string {
  return createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** PmtInfId: the message id with the group's number, kept within the 35 characters. */
export function paymentInformationId(messageId: string, index: number): string {
  const suffix = `-${index + 1}`;
  return messageId.slice(0, 35 - suffix.length) + suffix;
}

/** Groups items by a key, groups ordered by key, items in input order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function accountXml(tag: string, iban: string): XmlElement {
  return el(tag, el('Id', el('IBAN', iban)));
}

/** A bank by BIC; without one, "NOTPROVIDED" as the EPC and DK guidelines ask (IBAN-only). */
export function agentXml(tag: string, bic: string | undefined): XmlElement {
  return el(tag, el('FinInstnId', bic ? el('BICFI', bic) : el('Othr', el('Id', 'NOTPROVIDED'))));
}

export function amountXml(tag: string, cents: number): XmlElement {
  return { name: tag, attributes: { Ccy: 'EUR' }, children: [formatCents(cents)] };
}

export function sumCents(items: readonly { amountCents: number }[]): number {
  return items.reduce((sum, item) => sum + item.amountCents, 0);
}
