// "Mein Konto": how this session was opened (method and trust level), for whom it acts, the link to
// BundID, and the profile form.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../platform/ui/components.tsx';
import type { TrustLevel } from '../access/index.ts';
import { companyText } from './citizens.companies.messages.ts';
import { Field, Page, Submit, formatDate, t, type FieldError } from './citizens.layout.tsx';
import { oidcStartHref } from './citizens.login.pages.tsx';
import { citizenText } from './citizens.messages.ts';
import { citizenOidcText, trustLevelText } from './citizens.oidc.messages.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import type { CitizenAuthMethod } from './citizens.tables.ts';

export interface ProfileValues {
  email: string | null;
  givenName: string;
  familyName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
}

export interface SessionFacts {
  authMethod: CitizenAuthMethod;
  trustLevel: TrustLevel;
  actingFor: { id: string; name: string } | undefined;
}

/** "Angemeldet über BundID (Vertrauensniveau substanziell)" */
export function signedInWith(ctx: RequestContext, session: SessionFacts, oidcLabel: string): string {
  const level = t(ctx, trustLevelText[session.trustLevel]);
  return session.authMethod === 'oidc'
    ? t(ctx, citizenOidcText.signedInVia, { label: oidcLabel, level })
    : t(ctx, citizenOidcText.signedInWithPassword, { level });
}

export function AccountPage({
  ctx,
  displayName,
  values,
  session,
  oidc,
  errors = [],
  saved = false,
}: {
  ctx: RequestContext;
  displayName: string;
  values: ProfileValues;
  session: SessionFacts | undefined;
  /** The identity service, when one is configured; linkedSince when this account is linked to it. */
  oidc: { label: string; linkedSince: Date | undefined } | undefined;
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
      {session ? (
        <p class="kern-body" id="signed-in-with">
          {signedInWith(ctx, session, oidc?.label ?? 'BundID')}
        </p>
      ) : null}
      {session ? (
        <p class="kern-body">
          {session.actingFor
            ? t(ctx, companyText.actingNow, { name: session.actingFor.name })
            : t(ctx, companyText.actingSelfNow)}{' '}
          <a class="kern-link" href={CITIZEN_PATHS.companies}>
            {t(ctx, companyText.actingHeading)}
          </a>
        </p>
      ) : null}
      {saved ? <Alert kind="success" title={t(ctx, citizenText.saved)} /> : null}
      {oidc ? (
        <section aria-labelledby="oidc-heading" class="stack">
          <Heading level={2} id="oidc-heading">
            {t(ctx, citizenOidcText.linkHeading, { label: oidc.label })}
          </Heading>
          {oidc.linkedSince ? (
            <p class="kern-body">
              {t(ctx, citizenOidcText.linked, { label: oidc.label, date: formatDate(ctx, oidc.linkedSince) })}
            </p>
          ) : (
            <>
              <p class="kern-body">{t(ctx, citizenOidcText.notLinked, { label: oidc.label })}</p>
              <ButtonLink href={oidcStartHref({ link: true })} variant="secondary">
                {t(ctx, citizenOidcText.linkButton, { label: oidc.label })}
              </ButtonLink>
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="profile-heading" class="stack">
        <Heading level={2} id="profile-heading">
          {t(ctx, citizenText.profileHeading)}
        </Heading>
        <p class="kern-body">{t(ctx, citizenText.accountIntro)}</p>
        <p class="kern-body">
          {t(ctx, citizenText.emailLabel)}: {values.email ?? t(ctx, citizenOidcText.noEmail)}
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
      </section>
    </Page>
  );
}
