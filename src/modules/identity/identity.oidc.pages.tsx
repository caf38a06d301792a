// Pages of the sign-in through OpenID Connect: the button for the login page, and the refusal page.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, ButtonLink, Heading } from '../../platform/ui/components.tsx';
import { Layout } from '../../platform/ui/layout.tsx';
import { LOGIN_PATH } from './identity.return-to.ts';

export const OIDC_START_PATH = '/intern/anmelden/oidc';
export const OIDC_CALLBACK_PATH = '/intern/anmelden/oidc/callback';

const oidcText = {
  refusedTitle: { de: 'Anmeldung nicht möglich', en: 'Sign-in not possible' },
  backToLogin: { de: 'Zurück zur Anmeldung', en: 'Back to sign-in' },
} satisfies Record<string, Text>;

/** The login page's second way in; rendered only when OIDC_ISSUER is set. */
export function OidcLoginButton({ label, returnTo }: { label: string; returnTo?: string | undefined }) {
  const href = returnTo
    ? `${OIDC_START_PATH}?${new URLSearchParams({ returnTo }).toString()}`
    : OIDC_START_PATH;
  return (
    <ButtonLink href={href} variant="secondary">
      {label}
    </ButtonLink>
  );
}

export function OidcRefusedPage({ ctx, message }: { ctx: RequestContext; message: Text }) {
  const title = translate(ctx.locale, oidcText.refusedTitle);
  return (
    <Layout ctx={ctx} title={title} area="staff">
      <div class="stack">
        <Heading>{title}</Heading>
        <Alert kind="danger" title={title}>
          <p class="kern-body">{translate(ctx.locale, message)}</p>
        </Alert>
        <ButtonLink href={LOGIN_PATH} variant="secondary">
          {translate(ctx.locale, oidcText.backToLogin)}
        </ButtonLink>
      </div>
    </Layout>
  );
}
