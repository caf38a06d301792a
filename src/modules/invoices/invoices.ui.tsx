// What the invoice pages share: the platform's page parts, and amounts as a German reader expects them.
import type { RequestContext } from '../../platform/http/request-context.ts';

export { day, Facts, PostForm, Submit, Table, tx } from '../../platform/ui/page-parts.tsx';

/** An amount as the invoice writes it ("1234.5") for reading: "1.234,50 EUR" (German) / "1,234.50 EUR". */
export function money(ctx: RequestContext, decimal: string, currency = 'EUR'): string {
  if (decimal === '') return '–';
  const value = Number(decimal);
  if (!Number.isFinite(value)) return decimal;
  const digits = Math.max(2, (decimal.split('.')[1] ?? '').length);
  return `${value.toLocaleString(ctx.locale === 'en' ? 'en-GB' : 'de-DE', { minimumFractionDigits: 2, maximumFractionDigits: digits })} ${currency}`;
}

export function cents(ctx: RequestContext, amount: number, currency = 'EUR'): string {
  return money(ctx, (amount / 100).toFixed(2), currency);
}
