// Pages for signing in: with e-mail and password (or, when configured, through BundID), and for
// setting a new password after a forgotten one.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../platform/ui/components.tsx';
import { Field, Page, Submit, t, type FieldError } from './citizens.layout.tsx';
import { citizenText } from './citizens.messages.ts';
import { citizenOidcText } from './citizens.oidc.messages.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';

/** The link that starts the sign-in through the identity service, keeping where to go afterwards. */
export function oidcStartHref(options: { returnTo?: string | undefined; link?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (options.returnTo) params.set('returnTo', options.returnTo);
  if (options.link) params.set('verknuepfen', '1');
  const query = params.toString();
  return query ? `${CITIZEN_PATHS.oidcStart}?${query}` : CITIZEN_PATHS.oidcStart;
}

export function LoginPage({
  ctx,
  email,
  returnTo,
  errors = [],
  notice,
  oidcLabel,
}: {
  ctx: RequestContext;
  email?: string;
  returnTo?: string | undefined;
  errors?: FieldError[];
  notice?: string;
  /** The identity service's name when one is configured (CITIZEN_OIDC_ISSUER). */
  oidcLabel?: string | undefined;
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
      {oidcLabel ? (
        <section aria-labelledby="oidc-heading" class="stack">
          <Heading level={2} id="oidc-heading">
            {t(ctx, citizenOidcText.alternativeHeading, { label: oidcLabel })}
          </Heading>
          <p class="kern-body">{t(ctx, citizenOidcText.alternativeIntro, { label: oidcLabel })}</p>
          <ButtonLink href={oidcStartHref({ returnTo })} variant="secondary">
            {t(ctx, citizenOidcText.signInWith, { label: oidcLabel })}
          </ButtonLink>
        </section>
      ) : null}
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
