// The three pages every public authority's site must have: Impressum, Datenschutzerklärung and the
// Erklärung zur Barrierefreiheit. The facts come from the municipality's row (portal.site.ts); the
// fixed wording here is the platform's, since the platform is what the statements are about.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { Layout } from '../../platform/ui/layout.tsx';
import { legalText } from './portal.legal.messages.ts';
import type { SiteInfo } from './portal.site.ts';

export const IMPRINT_PATH = '/impressum';
export const PRIVACY_PATH = '/datenschutz';
export const ACCESSIBILITY_PATH = '/barrierefreiheit';

type Page = 'imprint' | 'privacy' | 'accessibility';
const titles: Record<Page, Text> = {
  imprint: legalText.imprintTitle,
  privacy: legalText.privacyTitle,
  accessibility: legalText.accessibilityTitle,
};

export function LegalPage({ ctx, page, site }: { ctx: RequestContext; page: Page; site?: SiteInfo }) {
  const t = (text: Text, values?: Record<string, string>) => translate(ctx.locale, text, values);
  const title = t(titles[page]);
  const body = !site ? (
    <Alert kind="info" title={title}>
      <p class="kern-body">{t(legalText.missing)}</p>
    </Alert>
  ) : page === 'imprint' ? (
    <Imprint t={t} site={site} />
  ) : page === 'privacy' ? (
    <Privacy t={t} site={site} />
  ) : (
    <Accessibility t={t} site={site} />
  );
  return (
    <Layout ctx={ctx} title={title}>
      <div class="stack">
        <Heading>{title}</Heading>
        {body}
      </div>
    </Layout>
  );
}

type Translate = (text: Text, values?: Record<string, string>) => string;

function Section(props: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={props.id} class="stack">
      <Heading level={2} id={props.id}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

/** Plain text entered by the municipality: paragraphs at blank lines, everything escaped by the runtime. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph) => (
          <p class="kern-body">{paragraph.trim()}</p>
        ))}
    </>
  );
}

function Address({ t, site }: { t: Translate; site: SiteInfo }) {
  return (
    <address class="kern-body">
      {site.authority}
      <br />
      {site.street}
      <br />
      {`${site.postalCode} ${site.city}`}
      <br />
      {t(legalText.phone, { phone: site.phone })}
      <br />
      {t(legalText.email)}{' '}
      <a class="kern-link" href={`mailto:${site.email}`}>
        {site.email}
      </a>
    </address>
  );
}

function Imprint({ t, site }: { t: Translate; site: SiteInfo }) {
  return (
    <>
      <Section id="provider" title={t(legalText.provider)}>
        <Address t={t} site={site} />
      </Section>
      <Section id="represented" title={t(legalText.representedBy)}>
        <p class="kern-body">{site.representative}</p>
      </Section>
      {site.vatId ? (
        <Section id="vat" title={t(legalText.vatId)}>
          <p class="kern-body">{site.vatId}</p>
        </Section>
      ) : null}
      <Section id="supervisory" title={t(legalText.supervisory)}>
        <p class="kern-body">{site.supervisoryAuthority}</p>
      </Section>
      <Section id="content" title={t(legalText.contentResponsible)}>
        <p class="kern-body">{site.contentResponsible}</p>
      </Section>
    </>
  );
}

function Privacy({ t, site }: { t: Translate; site: SiteInfo }) {
  return (
    <>
      <Section id="controller" title={t(legalText.controller)}>
        <Address t={t} site={site} />
      </Section>
      <Section id="dpo" title={t(legalText.dpo)}>
        <p class="kern-body">{site.dataProtectionOfficer}</p>
      </Section>
      <Section id="purposes" title={t(legalText.purposesHeading)}>
        <p class="kern-body">{t(legalText.purposes)}</p>
      </Section>
      <Section id="cookies" title={t(legalText.cookiesHeading)}>
        <p class="kern-body">{t(legalText.cookies)}</p>
      </Section>
      <Section id="rights" title={t(legalText.rightsHeading)}>
        <p class="kern-body">{t(legalText.rights)}</p>
        <p class="kern-body">{site.dataProtectionAuthority}</p>
      </Section>
    </>
  );
}

function Accessibility({ t, site }: { t: Translate; site: SiteInfo }) {
  const status = {
    full: legalText.status_full,
    partial: legalText.status_partial,
    none: legalText.status_none,
  };
  return (
    <>
      <p class="kern-body">{t(legalText.accessibilityIntro, { authority: site.authority })}</p>
      <Section id="status" title={t(legalText.statusHeading)}>
        <p class="kern-body">{t(status[site.accessibilityStatus])}</p>
      </Section>
      {site.accessibilityKnownBarriers.trim() !== '' ? (
        <Section id="barriers" title={t(legalText.barriersHeading)}>
          <Paragraphs text={site.accessibilityKnownBarriers} />
        </Section>
      ) : null}
      <Section id="method" title={t(legalText.methodHeading)}>
        <p class="kern-body">{t(legalText.method, { date: site.accessibilityReviewedOn })}</p>
      </Section>
      <Section id="feedback" title={t(legalText.feedbackHeading)}>
        <p class="kern-body">{t(legalText.feedback)}</p>
        <p class="kern-body">{site.accessibilityContact}</p>
      </Section>
      <Section id="enforcement" title={t(legalText.enforcementHeading)}>
        <p class="kern-body">{t(legalText.enforcement)}</p>
        <p class="kern-body">{site.accessibilityEnforcement}</p>
      </Section>
    </>
  );
}
