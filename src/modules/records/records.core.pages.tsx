// The frame and small building blocks of the E-Akte's pages (file plan, files, cases).
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { inheritedText } from './records.messages.ts';

/** "10 Jahre", "1 Jahr". */
export function yearsLabel(t: ReturnType<typeof translator>, years: number): string {
  return t(years === 1 ? inheritedText.oneYear : inheritedText.years, { years });
}

export interface PageError {
  field: string;
  message: string;
}

export function translator(ctx: RequestContext) {
  return (text: Text, values?: Record<string, string | number>) => translate(ctx.locale, text, values);
}

export function RecordsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  title: string;
  /** The navigation entry this page belongs to. */
  section: string;
  errors?: PageError[];
  notice?: string | undefined;
  children?: Child;
}) {
  return <StaffPage {...props} currentHref={props.section} />;
}

export const errorOf = (errors: PageError[] | undefined, field: string) =>
  errors?.find((error) => error.field === field)?.message;

/** A KERN description list of label/value pairs; pairs without a value are left out. */
export function Facts(props: { items: [label: string, value: Child | null | undefined][] }) {
  return (
    <dl class="kern-description-list">
      {props.items
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{label}</dt>
            <dd class="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

const dateFormats = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }),
};

export function formatDate(ctx: RequestContext, date: Date): string {
  return dateFormats[ctx.locale].format(date);
}

/** A YYYY-MM-DD day as the reader writes it (31.12.2036). */
export function formatDay(ctx: RequestContext, day: string): string {
  return dateFormats[ctx.locale].format(new Date(`${day}T12:00:00Z`));
}

/** The "next page" link of a keyset-paged list, keeping the filters. */
export function NextPageLink(props: { href: string | null; label: string }) {
  if (!props.href) return null;
  return (
    <p class="kern-body">
      <a class="kern-link" href={props.href} rel="next">
        {props.label}
      </a>
    </p>
  );
}

export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** A one-button form (close, reopen, deactivate …) that works without JavaScript. */
export function ActionButton(props: {
  ctx: RequestContext;
  action: string;
  label: string;
  variant?: 'primary' | 'secondary';
  hidden?: Record<string, string>;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button class={`kern-btn kern-btn--${props.variant ?? 'secondary'}`} type="submit">
        <span class="kern-label">{props.label}</span>
      </button>
    </form>
  );
}
