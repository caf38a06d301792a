// The identity module's pages: the staff login, and the staff area's frame and start page.
import { hasPermission, type Permission, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { InputField } from '../../platform/ui/form-fields.tsx';
import { Layout, type NavigationItem } from '../../platform/ui/layout.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { identityText, roleText } from './identity.messages.ts';
import { OidcLoginButton } from './identity.oidc.pages.tsx';
import { LOGIN_PATH, STAFF_HOME_PATH } from './identity.return-to.ts';
import type { describeStaffMember } from './identity.usecases.ts';

export const LOGOUT_PATH = '/intern/abmelden';

/** The staff area's main navigation. Modules add their entry here as they arrive (records, invoices, …). */
// An entry with a permission is shown only to those who hold it.
const staffNavigation: { href: string; label: Text; permission?: Permission }[] = [
  { href: STAFF_HOME_PATH, label: identityText.navStart },
  {
    href: '/intern/antraege',
    label: { de: 'Anträge', en: 'Applications' },
    permission: 'portal.work_applications',
  },
  { href: '/intern/hundesteuer', label: { de: 'Hundesteuer', en: 'Dog tax' }, permission: 'dogtax.work' },
  { href: '/intern/rechnungen', label: { de: 'Rechnungen', en: 'Invoices' }, permission: 'invoices.work' },
  {
    href: '/intern/fundbuero',
    label: { de: 'Fundbüro', en: 'Lost and found' },
    permission: 'lostfound.work',
  },
  { href: '/intern/akten', label: { de: 'Akten', en: 'Files' }, permission: 'records.read' },
  { href: '/intern/aktenplan', label: { de: 'Aktenplan', en: 'File plan' }, permission: 'records.read' },
  { href: '/intern/arbeitsplatz', label: { de: 'Arbeitsplatz', en: 'My desk' }, permission: 'records.read' },
  {
    href: '/intern/wiedervorlagen',
    label: { de: 'Wiedervorlagen', en: 'Resubmissions' },
    permission: 'records.read',
  },
  { href: '/intern/betrieb/auftraege', label: identityText.navFailedJobs, permission: 'platform.operate' },
  { href: '/intern/betrieb/postausgang', label: identityText.navOutbox, permission: 'platform.operate' },
  { href: '/intern/konto/zwei-faktor', label: identityText.navSecondFactor },
  {
    href: '/intern/verwaltung/api-clients',
    label: identityText.navApiClients,
    permission: 'identity.manage_api_clients',
  },
  {
    href: '/intern/verwaltung/personen',
    label: { de: 'Verwaltung', en: 'Administration' },
    permission: 'identity.administer',
  },
  {
    href: '/intern/leistungen',
    label: { de: 'Leistungskatalog', en: 'Service catalogue' },
    permission: 'portal.manage_catalogue',
  },
  { href: '/intern/konto/vertretung', label: { de: 'Vertretung', en: 'Substitutes' } },
  { href: '/intern/suche', label: { de: 'Suche', en: 'Search' }, permission: 'records.read' },
];

function translator(ctx: RequestContext) {
  return (text: Text, values?: Record<string, string | number>) => translate(ctx.locale, text, values);
}

export interface FieldError {
  field: 'email' | 'password' | 'code';
  message: string;
}

/** The sign-in fields; the shared KERN input with its error message. */
export const TextField = InputField;

export function LoginPage({
  ctx,
  email,
  returnTo,
  errors = [],
  oidcLabel,
}: {
  ctx: RequestContext;
  email?: string | undefined;
  returnTo?: string | undefined;
  errors?: FieldError[];
  /** Set when sign-in through the municipality's identity provider is configured. */
  oidcLabel?: string | undefined;
}) {
  const t = translator(ctx);
  const errorFor = (field: FieldError['field']) => errors.find((error) => error.field === field)?.message;
  const title = t(identityText.loginTitle);
  return (
    <Layout ctx={ctx} title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${title}` : title} area="staff">
      <div class="stack">
        <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
        <Heading>{title}</Heading>
        <p class="kern-body">{t(identityText.loginIntro)}</p>
        {/* novalidate: the server's messages (with the summary above) replace the browser's bubbles. */}
        <form method="post" action={LOGIN_PATH} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
          <TextField
            id="email"
            label={t(identityText.emailLabel)}
            type="email"
            autocomplete="username"
            value={email}
            error={errorFor('email')}
          />
          <TextField
            id="password"
            label={t(identityText.passwordLabel)}
            type="password"
            autocomplete="current-password"
            error={errorFor('password')}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(identityText.loginButton)}</span>
          </button>
        </form>
        {oidcLabel ? <OidcLoginButton label={oidcLabel} returnTo={returnTo} /> : null}
      </div>
    </Layout>
  );
}

/** The frame of every staff page: the staff navigation, who is signed in, and the sign-out button. */
export function StaffLayout({
  ctx,
  actor,
  title,
  currentHref,
  children,
}: {
  ctx: RequestContext;
  actor: StaffActor;
  title: string;
  currentHref: string;
  children?: Child;
}) {
  const t = translator(ctx);
  const visible = staffNavigation.filter((item) => !item.permission || hasPermission(actor, item.permission));
  const navigation: NavigationItem[] = visible.map((item) => ({
    href: item.href,
    label: t(item.label),
    current: item.href === currentHref,
  }));
  return (
    <Layout ctx={ctx} title={title} area="staff" navigation={navigation}>
      <div class="stack">
        <section aria-label={t(identityText.sessionBar)} class="staff-session">
          <form method="post" action={LOGOUT_PATH}>
            <CsrfField token={ctx.csrfToken} />
            <p class="kern-body">
              {t(identityText.signedInAs, { name: actor.displayName })}{' '}
              <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit">
                <span class="kern-label">{t(identityText.logoutButton)}</span>
              </button>
            </p>
          </form>
        </section>
        {children}
      </div>
    </Layout>
  );
}

type StaffDescription = NonNullable<Awaited<ReturnType<typeof describeStaffMember>>['staff']>;

export function StaffHomePage({
  ctx,
  actor,
  staff,
}: {
  ctx: RequestContext;
  actor: StaffActor;
  staff: StaffDescription;
}) {
  const t = translator(ctx);
  return (
    <StaffLayout ctx={ctx} actor={actor} title={t(identityText.homeTitle)} currentHref={STAFF_HOME_PATH}>
      <Heading>{t(identityText.greeting, { name: staff.displayName })}</Heading>
      <section aria-labelledby="assignments-heading" class="stack">
        <Heading level={2} id="assignments-heading">
          {t(identityText.assignmentsHeading)}
        </Heading>
        {staff.assignments.length === 0 ? (
          <p class="kern-body">{t(identityText.assignmentsNone)}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t(identityText.departmentColumn)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(identityText.roleColumn)}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {staff.assignments.map((assignment) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">{`${assignment.department.number} ${assignment.department.name}`}</td>
                    <td class="kern-table__cell">{t(roleText[assignment.role])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </StaffLayout>
  );
}
