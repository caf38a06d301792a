// Small pieces the dog tax pages share: German/English text by the request's language, euro and date
// formats, a form that posts with the CSRF token, and a plain accessible table.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { CsrfField } from '../../platform/ui/components.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { formatEuro } from './dogtax.money.ts';

/** The request's language picks the text; German first. */
export function tx(ctx: RequestContext, de: string, en: string): string {
  return ctx.locale === 'en' ? en : de;
}

export const euro = (cents: number) => formatEuro(cents);

/** YYYY-MM-DD as TT.MM.JJJJ (German) or the ISO day (English). */
export function day(ctx: RequestContext, iso: string | null | undefined): string {
  if (!iso) return '–';
  return ctx.locale === 'en' ? iso : iso.split('-').reverse().join('.');
}

export function PostForm(props: {
  ctx: RequestContext;
  action: string;
  multipart?: boolean;
  children?: Child;
}) {
  return (
    <form
      method="post"
      // A multipart body is read after the CSRF check, so its token travels in the address.
      action={
        props.multipart ? `${props.action}?_csrf=${encodeURIComponent(props.ctx.csrfToken)}` : props.action
      }
      class="stack"
      novalidate
      enctype={props.multipart ? 'multipart/form-data' : undefined}
    >
      <CsrfField token={props.ctx.csrfToken} />
      {props.children}
    </form>
  );
}

export function Submit(props: {
  label: string;
  variant?: 'primary' | 'secondary';
  name?: string;
  value?: string;
}) {
  return (
    <button
      class={`kern-btn kern-btn--${props.variant ?? 'primary'}`}
      type="submit"
      name={props.name}
      value={props.value}
    >
      <span class="kern-label">{props.label}</span>
    </button>
  );
}

/** A table with a caption (for screen readers) and header cells; numbers can be right-aligned. */
export function Table(props: { caption: string; headers: string[]; rows: Child[][]; numeric?: number[] }) {
  const numeric = new Set(props.numeric ?? []);
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-title">{props.caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {props.headers.map((header, index) => (
              <th
                class={`kern-table__header${numeric.has(index) ? ' kern-table__cell--numeric' : ''}`}
                scope="col"
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.rows.map((row) => (
            <tr class="kern-table__row">
              {row.map((cell, index) => (
                <td class={`kern-table__cell${numeric.has(index) ? ' kern-table__cell--numeric' : ''}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Facts(props: { items: [string, Child][] }) {
  return (
    <dl class="kern-description-list">
      {props.items.map(([label, value]) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{label}</dt>
          <dd class="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
