import { translate } from '../../platform/i18n/i18n.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, ButtonLink, Heading } from '../../platform/ui/components.tsx';
import { Layout } from '../../platform/ui/layout.tsx';
import { portalText } from './portal.messages.ts';

export function StartPage({ ctx }: { ctx: RequestContext }) {
  const t = (text: { de: string; en: string }) => translate(ctx.locale, text);
  return (
    <Layout ctx={ctx} title={t(portalText.startTitle)}>
      <div class="stack">
        <Heading>{`${t(portalText.welcome)} ${ctx.tenant?.name ?? ''}`.trim()}</Heading>
        <p class="kern-body kern-body--large">{t(portalText.intro)}</p>
        <section aria-labelledby="services-heading" class="stack">
          <Heading level={2} id="services-heading">
            {t(portalText.servicesHeading)}
          </Heading>
          <Alert kind="info" title={t(portalText.servicesHeading)}>
            <p class="kern-body">{t(portalText.servicesSoon)}</p>
          </Alert>
          {/* The Fundbüro's public pages (lost-and-found module): search, loss and find reports. */}
          <p class="kern-body">
            <a class="kern-link" href="/fundbuero">
              {t({
                de: 'Fundbüro: Fundsachen suchen, Verlust oder Fund melden',
                en: 'Lost and found: search found items, report a loss or a find',
              })}
            </a>
          </p>
        </section>
        <section aria-labelledby="staff-heading" class="stack">
          <Heading level={2} id="staff-heading">
            {t(portalText.staffHeading)}
          </Heading>
          <ButtonLink href="/intern" variant="secondary">
            {t(portalText.staffLink)}
          </ButtonLink>
        </section>
      </div>
    </Layout>
  );
}
