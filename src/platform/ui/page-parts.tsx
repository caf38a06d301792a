// Pieces many modules' pages share: German/English text chosen by the request's language, calendar days as
// people read them, a form that posts with its CSRF token (also as multipart), a submit button, a checkbox,
// an accessible table with a caption and a description list. Forms work without JavaScript.
import type { RequestContext } from '../http/request-context.ts';
import { CsrfField } from './components.tsx';
import { describedBy, FieldError } from './form-fields.tsx';
import type { Child } from './jsx-runtime.ts';

/** An error shown at a field and in the page's error summary. */
export interface PageError {
  field: string;
  message: string;
}

/** The request's language picks the text; German first. */
export function tx(ctx: RequestContext, de: string, en: string): string {
  return ctx.locale === 'en' ? en : de;
}

export const errorFor = (errors: readonly PageError[] | undefined, field: string) =>
  errors?.find((error) => error.field === field)?.message;

/** YYYY-MM-DD as TT.MM.JJJJ (German) or the ISO day (English); '–' for none. */
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

/** A single checkbox sending "ja" when ticked. */
export function Checkbox(props: {
  id: string;
  label: string;
  checked?: boolean;
  hint?: string;
  error?: string | undefined;
}) {
  return (
    <div class="kern-form-input">
      {props.hint ? (
        <div class="kern-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError id={props.id} error={props.error} />
      <div class={`kern-form-check${props.error ? ' kern-form-check--error' : ''}`}>
        <input
          class="kern-form-check__checkbox"
          type="checkbox"
          id={props.id}
          name={props.id}
          value="ja"
          checked={props.checked}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
        />
        <label class="kern-label" for={props.id}>
          {props.label}
        </label>
      </div>
    </div>
  );
}

/** A table with a caption (read by screen readers) and header cells; listed columns align right (amounts). */
export function Table(props: { caption: string; headers: string[]; rows: Child[][]; numeric?: number[] }) {
  const numeric = new Set(props.numeric ?? []);
  const align = (index: number) => (numeric.has(index) ? ' kern-table__cell--numeric' : '');
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-title">{props.caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {props.headers.map((header, index) => (
              <th class={`kern-table__header${align(index)}`} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.rows.map((row) => (
            <tr class="kern-table__row">
              {row.map((cell, index) => (
                <td class={`kern-table__cell${align(index)}`}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Label–value pairs as a description list. */
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
