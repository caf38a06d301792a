// The frame of every citizen account page (portal area) and the small form parts they share. Every
// form works without JavaScript; problems appear in an error summary at the top and beside their field
// (WCAG 3.3.1).
import { InputField } from '../../platform/ui/form-fields.tsx';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { Layout, type NavigationItem } from '../../platform/ui/layout.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { companyText } from './citizens.companies.messages.ts';
import { citizenText } from './citizens.messages.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';

export interface FieldError {
  field: string;
  message: string;
}

export const t = (ctx: RequestContext, text: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, text, values);

function navigation(ctx: RequestContext, signedIn: boolean, current: string): NavigationItem[] {
  const items = signedIn
    ? [
        { href: '/leistungen', label: t(ctx, citizenText.navServices) },
        { href: CITIZEN_PATHS.applications, label: t(ctx, citizenText.navApplications) },
        { href: CITIZEN_PATHS.mailbox, label: t(ctx, citizenText.navMailbox) },
        // The dog tax module's page of the account (its own module; only the address is known here).
        { href: '/konto/hunde', label: t(ctx, { de: 'Meine Hunde', en: 'My dogs' }) },
        { href: CITIZEN_PATHS.account, label: t(ctx, citizenText.navAccount) },
        { href: CITIZEN_PATHS.companies, label: t(ctx, companyText.navCompanies) },
      ]
    : [
        { href: '/leistungen', label: t(ctx, citizenText.navServices) },
        { href: CITIZEN_PATHS.login, label: t(ctx, citizenText.navLogin) },
        { href: CITIZEN_PATHS.register, label: t(ctx, citizenText.navRegister) },
      ];
  return items.map((item) => ({ ...item, current: item.href === current }));
}

export function Page(props: {
  ctx: RequestContext;
  title: Text;
  /** Fills placeholders of the title, e.g. a company's name. */
  titleValues?: Record<string, string>;
  current: string;
  signedIn?: boolean;
  errors?: FieldError[];
  children?: Child;
}) {
  const { ctx, errors = [] } = props;
  const title = t(ctx, props.title, props.titleValues);
  return (
    <Layout
      ctx={ctx}
      title={errors.length > 0 ? `${t(ctx, uiText.errorTitle)}: ${title}` : title}
      navigation={navigation(ctx, props.signedIn ?? false, props.current)}
    >
      <div class="stack">
        <ErrorSummary title={t(ctx, uiText.errorSummaryTitle)} errors={errors} />
        <Heading>{title}</Heading>
        {props.children}
      </div>
    </Layout>
  );
}

export function Field(props: {
  id: string;
  name?: string;
  label: string;
  type?: string;
  autocomplete?: string;
  value?: string | null | undefined;
  hint?: string;
  errors: FieldError[];
  inputmode?: string;
}) {
  const { errors, ...field } = props;
  return <InputField {...field} error={errors.find((e) => e.field === props.id)?.message} />;
}

export function Submit({ label, variant = 'primary' }: { label: string; variant?: 'primary' | 'secondary' }) {
  return (
    <button class={`kern-btn kern-btn--${variant}`} type="submit">
      <span class="kern-label">{label}</span>
    </button>
  );
}

/** A date as people here read it, in the town's time zone. */
export function formatDate(ctx: RequestContext, date: Date): string {
  return new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(date);
}
