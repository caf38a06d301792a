// Pages for creating an account: the registration form, the confirmation behind the mailed link, and
// the plain message page the account flows end on.
import type { RequestContext } from '../../platform/http/request-context.ts';
import type { Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField } from '../../platform/ui/components.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { Field, Page, Submit, t, type FieldError } from './citizens.layout.tsx';
import { citizenText } from './citizens.messages.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';

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
  titleValues,
  message,
  kind = 'success',
  signedIn = false,
  back,
}: {
  ctx: RequestContext;
  title: Text;
  titleValues?: Record<string, string>;
  message: string;
  kind?: 'success' | 'info' | 'danger';
  signedIn?: boolean;
  /** A way on from here, e.g. back to the login. */
  back?: { href: string; label: string };
}) {
  return (
    <Page ctx={ctx} title={title} titleValues={titleValues} current="" signedIn={signedIn}>
      <Alert kind={kind} title={t(ctx, kind === 'danger' ? uiText.errorTitle : citizenText.done)}>
        <p class="kern-body">{message}</p>
      </Alert>
      {back ? (
        <p class="kern-body">
          <a class="kern-link" href={back.href}>
            {back.label}
          </a>
        </p>
      ) : null}
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
