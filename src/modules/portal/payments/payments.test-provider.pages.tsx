// The test provider's payment page. It stands for an outside provider's page, so it uses the plain
// platform frame, and says on every page that it is a test and no money moves.
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../../platform/ui/components.tsx';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';
import { Layout } from '../../../platform/ui/layout.tsx';
import { paymentText, testProviderText as text } from './payments.messages.ts';
import { PaymentFacts, formatAmount } from './payments.pages.tsx';
import { testProviderPagePath, type TestOrder } from './payments.test-provider.ts';

function TestProviderFrame(props: { ctx: RequestContext; children?: Child }) {
  const t = (value: Text) => translate(props.ctx.locale, value);
  return (
    <Layout ctx={props.ctx} title={t(text.title)}>
      <div class="stack">
        <Alert kind="warning" title={t(text.banner)}>
          <p class="kern-body">{t(text.bannerBody)}</p>
        </Alert>
        {props.children}
      </div>
    </Layout>
  );
}

export function TestProviderPage(props: { ctx: RequestContext; order: TestOrder }) {
  const { ctx, order } = props;
  const t = (value: Text) => translate(ctx.locale, value);
  const rows: [string, string][] = [
    [t(text.payee), ctx.tenant?.name ?? ''],
    [t(paymentText.amount), formatAmount(ctx.locale, order.amountCents)],
    [t(paymentText.purpose), order.purpose],
  ];
  if (order.status !== 'pending')
    return (
      <TestProviderFrame ctx={ctx}>
        <Heading>{t(text.decidedTitle)}</Heading>
        <PaymentFacts rows={rows} />
        <ButtonLink href={order.returnUrl}>{t(text.back)}</ButtonLink>
      </TestProviderFrame>
    );
  return (
    <TestProviderFrame ctx={ctx}>
      <Heading>{t(text.heading)}</Heading>
      <PaymentFacts rows={rows} />
      <form method="post" action={testProviderPagePath(order.reference)} class="stack">
        <CsrfField token={ctx.csrfToken} />
        <p>
          <button class="kern-btn kern-btn--primary" type="submit" name="entscheidung" value="paid">
            <span class="kern-label">{t(text.confirm)}</span>
          </button>{' '}
          <button class="kern-btn kern-btn--secondary" type="submit" name="entscheidung" value="failed">
            <span class="kern-label">{t(text.fail)}</span>
          </button>{' '}
          <button class="kern-btn kern-btn--tertiary" type="submit" name="entscheidung" value="cancelled">
            <span class="kern-label">{t(text.cancel)}</span>
          </button>
        </p>
      </form>
    </TestProviderFrame>
  );
}
