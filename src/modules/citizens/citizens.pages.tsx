// The citizen account's pages (portal area). Every form works without JavaScript; problems appear in
// an error summary at the top and beside their field (WCAG 3.3.1).
import { InputField } from '../../platform/ui/form-fields.tsx';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { Layout, type NavigationItem } from '../../platform/ui/layout.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { citizenText } from './citizens.messages.ts';

export const CITIZEN_PATHS = {
  account: '/konto',
  register: '/konto/registrieren',
  verify: '/konto/bestaetigen',
  login: '/konto/anmelden',
  logout: '/konto/abmelden',
  forgot: '/konto/passwort-vergessen',
  reset: '/konto/passwort-neu',
} as const;

export interface FieldError {
  field: string;
  message: string;
}

const t = (ctx: RequestContext, text: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, text, values);

function navigation(ctx: RequestContext, signedIn: boolean, current: string): NavigationItem[] {
  const items = signedIn
    ? [{ href: CITIZEN_PATHS.account, label: t(ctx, citizenText.navAccount) }]
    : [
        { href: CITIZEN_PATHS.login, label: t(ctx, citizenText.navLogin) },
        { href: CITIZEN_PATHS.register, label: t(ctx, citizenText.navRegister) },
      ];
  return items.map((item) => ({ ...item, current: item.href === current }));
}

function Page(props: {
  ctx: RequestContext;
  title: Text;
  current: string;
  signedIn?: boolean;
  errors?: FieldError[];
  children?: Child;
}) {
  const { ctx, errors = [] } = props;
  const title = t(ctx, props.title);
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

function Field(props: {
  id: string;
  label: string;
  type?: string;
  autocomplete?: string;
  value?: string | null | undefined;
  errors: FieldError[];
  inputmode?: string;
}) {
  const { errors, ...field } = props;
  return <InputField {...field} error={errors.find((e) => e.field === props.id)?.message} />;
}

function Submit({ label }: { label: string }) {
  return (
    <button class="kern-btn kern-btn--primary" type="submit">
      <span class="kern-label">{label}</span>
    </button>
  );
}

export function RegisterPage({
  ctx,
  values = {},
  errors = [],
}: {
  ctx: RequestContext;
  values?: { givenName?: string; familyName?: string; email?: string; consent?: boolean };
  errors?: FieldError[];
}) {
  const consentError = errors.find((e) => e.field === 'consent')?.message;
  return (
    <Page ctx={ctx} title={citizenText.registerTitle} current={CITIZEN_PATHS.register} errors={errors}>
      <p class="kern-body">{t(ctx, citizenText.registerIntro)}</p>
      <form method="post" action={CITIZEN_PATHS.register} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <Field
          id="givenName"
          label={t(ctx, citizenText.givenNameLabel)}
          autocomplete="given-name"
          value={values.givenName}
          errors={errors}
        />
        <Field
          id="familyName"
          label={t(ctx, citizenText.familyNameLabel)}
          autocomplete="family-name"
          value={values.familyName}
          errors={errors}
        />
        <Field
          id="email"
          type="email"
          label={t(ctx, citizenText.emailLabel)}
          autocomplete="email"
          value={values.email}
          errors={errors}
        />
        <Field
          id="password"
          type="password"
          label={t(ctx, citizenText.passwordLabel)}
          autocomplete="new-password"
          errors={errors}
        />
        <Field
          id="passwordRepeat"
          type="password"
          label={t(ctx, citizenText.passwordRepeatLabel)}
          autocomplete="new-password"
          errors={errors}
        />
        <div class={`kern-form-check${consentError ? ' kern-form-check--error' : ''}`}>
          {consentError ? (
            <p class="kern-error" id="consent-error">
              <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true"></span>
              <span class="kern-body">{consentError}</span>
            </p>
          ) : null}
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="consent"
            name="consent"
            value="yes"
            checked={values.consent ? true : undefined}
            aria-invalid={consentError ? 'true' : undefined}
            aria-describedby={consentError ? 'consent-error' : undefined}
          />
          <label class="kern-label" for="consent">
            {t(ctx, citizenText.consentLabel)}
          </label>
        </div>
        <p class="kern-body">
          <a class="kern-link" href="/datenschutz">
            {t(ctx, citizenText.privacyLink)}
          </a>
        </p>
        <Submit label={t(ctx, citizenText.registerButton)} />
      </form>
    </Page>
  );
}

export function MessagePage({
  ctx,
  title,
  message,
  kind = 'success',
  signedIn = false,
}: {
  ctx: RequestContext;
  title: Text;
  message: string;
  kind?: 'success' | 'info' | 'danger';
  signedIn?: boolean;
}) {
  return (
    <Page ctx={ctx} title={title} current="" signedIn={signedIn}>
      <Alert kind={kind} title={t(ctx, kind === 'danger' ? uiText.errorTitle : citizenText.done)}>
        <p class="kern-body">{message}</p>
      </Alert>
    </Page>
  );
}

export function VerifyPage({ ctx, token }: { ctx: RequestContext; token: string }) {
  return (
    <Page ctx={ctx} title={citizenText.verifyTitle} current="">
      <p class="kern-body">{t(ctx, citizenText.verifyIntro)}</p>
      {/* A button, not the GET link itself: mail scanners that open links must not use up the token. */}
      <form method="post" action={CITIZEN_PATHS.verify} class="stack">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="token" value={token} />
        <Submit label={t(ctx, citizenText.verifyButton)} />
      </form>
    </Page>
  );
}

export function LoginPage({
  ctx,
  email,
  returnTo,
  errors = [],
  notice,
}: {
  ctx: RequestContext;
  email?: string;
  returnTo?: string | undefined;
  errors?: FieldError[];
  notice?: string;
}) {
  return (
    <Page ctx={ctx} title={citizenText.loginTitle} current={CITIZEN_PATHS.login} errors={errors}>
      {notice ? (
        <Alert kind="success" title={t(ctx, citizenText.done)}>
          <p class="kern-body">{notice}</p>
        </Alert>
      ) : null}
      <form method="post" action={CITIZEN_PATHS.login} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <Field
          id="email"
          type="email"
          label={t(ctx, citizenText.emailLabel)}
          autocomplete="username"
          value={email}
          errors={errors}
        />
        <Field
          id="password"
          type="password"
          label={t(ctx, citizenText.currentPasswordLabel)}
          autocomplete="current-password"
          errors={errors}
        />
        <Submit label={t(ctx, citizenText.loginButton)} />
      </form>
      <p class="kern-body">
        <a class="kern-link" href={CITIZEN_PATHS.forgot}>
          {t(ctx, citizenText.forgotLink)}
        </a>
      </p>
      <p class="kern-body">
        <a class="kern-link" href={CITIZEN_PATHS.register}>
          {t(ctx, citizenText.registerLink)}
        </a>
      </p>
    </Page>
  );
}

export function ForgotPage({
  ctx,
  email,
  errors = [],
}: {
  ctx: RequestContext;
  email?: string;
  errors?: FieldError[];
}) {
  return (
    <Page ctx={ctx} title={citizenText.forgotTitle} current="" errors={errors}>
      <p class="kern-body">{t(ctx, citizenText.forgotIntro)}</p>
      <form method="post" action={CITIZEN_PATHS.forgot} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <Field
          id="email"
          type="email"
          label={t(ctx, citizenText.emailLabel)}
          autocomplete="email"
          value={email}
          errors={errors}
        />
        <Submit label={t(ctx, citizenText.forgotButton)} />
      </form>
    </Page>
  );
}

export function ResetPage({
  ctx,
  token,
  errors = [],
}: {
  ctx: RequestContext;
  token: string;
  errors?: FieldError[];
}) {
  return (
    <Page ctx={ctx} title={citizenText.resetTitle} current="" errors={errors}>
      <form method="post" action={CITIZEN_PATHS.reset} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="token" value={token} />
        <Field
          id="password"
          type="password"
          label={t(ctx, citizenText.passwordLabel)}
          autocomplete="new-password"
          errors={errors}
        />
        <Field
          id="passwordRepeat"
          type="password"
          label={t(ctx, citizenText.passwordRepeatLabel)}
          autocomplete="new-password"
          errors={errors}
        />
        <Submit label={t(ctx, citizenText.resetButton)} />
      </form>
    </Page>
  );
}

export interface ProfileValues {
  email: string;
  givenName: string;
  familyName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
}

export function AccountPage({
  ctx,
  displayName,
  values,
  errors = [],
  saved = false,
}: {
  ctx: RequestContext;
  displayName: string;
  values: ProfileValues;
  errors?: FieldError[];
  saved?: boolean;
}) {
  return (
    <Page ctx={ctx} title={citizenText.accountTitle} current={CITIZEN_PATHS.account} signedIn errors={errors}>
      <form method="post" action={CITIZEN_PATHS.logout}>
        <CsrfField token={ctx.csrfToken} />
        <p class="kern-body">
          {t(ctx, citizenText.signedInAs, { name: displayName })}{' '}
          <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit">
            <span class="kern-label">{t(ctx, citizenText.logoutButton)}</span>
          </button>
        </p>
      </form>
      {saved ? <Alert kind="success" title={t(ctx, citizenText.saved)} /> : null}
      <p class="kern-body">{t(ctx, citizenText.accountIntro)}</p>
      <p class="kern-body">
        {t(ctx, citizenText.emailLabel)}: {values.email}
      </p>
      <form method="post" action={CITIZEN_PATHS.account} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <Field
          id="givenName"
          label={t(ctx, citizenText.givenNameLabel)}
          autocomplete="given-name"
          value={values.givenName}
          errors={errors}
        />
        <Field
          id="familyName"
          label={t(ctx, citizenText.familyNameLabel)}
          autocomplete="family-name"
          value={values.familyName}
          errors={errors}
        />
        <Field
          id="street"
          label={t(ctx, citizenText.streetLabel)}
          autocomplete="street-address"
          value={values.street}
          errors={errors}
        />
        <Field
          id="postalCode"
          label={t(ctx, citizenText.postalCodeLabel)}
          autocomplete="postal-code"
          inputmode="numeric"
          value={values.postalCode}
          errors={errors}
        />
        <Field
          id="city"
          label={t(ctx, citizenText.cityLabel)}
          autocomplete="address-level2"
          value={values.city}
          errors={errors}
        />
        <Field
          id="phone"
          type="tel"
          label={t(ctx, citizenText.phoneLabel)}
          autocomplete="tel"
          value={values.phone}
          errors={errors}
        />
        <Submit label={t(ctx, citizenText.saveButton)} />
      </form>
    </Page>
  );
}
