// The citizen's result page after paying (/zahlung/ergebnis/:paymentId), in the citizens' page frame.
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Locale, type Text } from '../../../platform/i18n/i18n.ts';
import { Alert, ButtonLink, CsrfField } from '../../../platform/ui/components.tsx';
import { CitizenPage } from '../../citizens/index.ts';
import { paymentText as text } from './payments.messages.ts';
import type { PaymentRecord } from './payments.repository.ts';
import { paymentResultPath, paymentRetryPath } from './payments.usecases.ts';

export function formatAmount(locale: Locale, cents: number): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

function formatDateTime(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

export function PaymentFacts(props: { rows: [string, string][] }) {
  return (
    <dl class="kern-description-list">
      {props.rows.map(([key, value]) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{key}</dt>
          <dd class="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PaymentResultPage(props: { ctx: RequestContext; payment: PaymentRecord; signedIn: boolean }) {
  const { ctx, payment } = props;
  const t = (value: Text, values?: Record<string, string>) => translate(ctx.locale, value, values);
  const amount = formatAmount(ctx.locale, payment.amountCents);
  const rows: [string, string][] = [
    [t(text.amount), amount],
    [t(text.purpose), payment.purpose],
    ...(payment.paidAt
      ? [[t(text.paidAt), formatDateTime(ctx.locale, payment.paidAt)] as [string, string]]
      : []),
  ];
  return (
    <CitizenPage
      ctx={ctx}
      title={text.resultTitle}
      current={paymentResultPath(payment.id)}
      signedIn={props.signedIn}
    >
      {payment.status === 'paid' ? (
        <Alert kind="success" title={t(text.paidTitle)}>
          <p class="kern-body">{t(text.paidBody, { amount })}</p>
        </Alert>
      ) : payment.status === 'pending' ? (
        <Alert kind="info" title={t(text.pendingTitle)}>
          <p class="kern-body">{t(text.pendingBody)}</p>
        </Alert>
      ) : (
        <Alert kind="warning" title={t(text.notPaidTitle)}>
          <p class="kern-body">{t(payment.status === 'failed' ? text.failedBody : text.cancelledBody)}</p>
        </Alert>
      )}
      <section aria-label={t(text.facts)}>
        <PaymentFacts rows={rows} />
      </section>
      {payment.status === 'failed' || payment.status === 'cancelled' ? (
        <form method="post" action={paymentRetryPath(payment.id)}>
          <CsrfField token={ctx.csrfToken} />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.retry)}</span>
          </button>
        </form>
      ) : null}
      {payment.status === 'pending' ? (
        <ButtonLink href={paymentResultPath(payment.id)} variant="secondary">
          {t(text.reload)}
        </ButtonLink>
      ) : (
        <ButtonLink href={payment.returnPath} variant={payment.status === 'paid' ? 'primary' : 'secondary'}>
          {t(text.continue)}
        </ButtonLink>
      )}
    </CitizenPage>
  );
}
