// Operations pages for a municipality's administrators: failed background jobs and the mail outbox.
import type { Job } from '../../platform/jobs/index.ts';
import type { OutboxMessage, OutboxSummary } from '../../platform/mail/index.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, CsrfField, Heading } from '../../platform/ui/components.tsx';
import { StaffLayout } from '../identity/index.ts';
import type { StaffActor } from '../access/index.ts';
import { operationsText as text } from './operations.messages.ts';

function dateTime(ctx: RequestContext, date: Date | null): string {
  if (!date) return '–';
  return new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

export function FailedJobsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  jobs: Job[];
  nextCursor: string | null;
  notice?: 'retried' | 'not-retried';
}) {
  const t = (value: Text) => translate(props.ctx.locale, value);
  return (
    <StaffLayout
      ctx={props.ctx}
      actor={props.actor}
      title={t(text.failedJobsTitle)}
      currentHref="/intern/betrieb/auftraege"
    >
      <div class="stack">
        <Heading>{t(text.failedJobsTitle)}</Heading>
        <p class="kern-body">{t(text.failedJobsIntro)}</p>
        {props.notice === 'retried' ? <Alert kind="success" title={t(text.retried)} /> : null}
        {props.notice === 'not-retried' ? <Alert kind="warning" title={t(text.notRetried)} /> : null}
        {props.jobs.length === 0 ? (
          <p class="kern-body">{t(text.noFailedJobs)}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <caption class="kern-sr-only">{t(text.failedJobsTitle)}</caption>
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t(text.kind)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(text.failedAt)}
                  </th>
                  <th scope="col" class="kern-table__header kern-table__header--numeric">
                    {t(text.attempts)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(text.lastError)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(text.action)}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {props.jobs.map((job) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      <code>{job.kind}</code>
                    </td>
                    <td class="kern-table__cell">{dateTime(props.ctx, job.finishedAt)}</td>
                    <td class="kern-table__cell kern-table__cell--numeric">{job.attempts}</td>
                    <td class="kern-table__cell">{job.lastError ?? ''}</td>
                    <td class="kern-table__cell">
                      <form method="post" action={`/intern/betrieb/auftraege/${job.id}/wiederholen`}>
                        <CsrfField token={props.ctx.csrfToken} />
                        <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small">
                          <span class="kern-label">{t(text.retry)}</span>
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {props.nextCursor ? (
          <p>
            <a
              class="kern-link"
              href={`/intern/betrieb/auftraege?vor=${encodeURIComponent(props.nextCursor)}`}
            >
              {t(text.olderEntries)}
            </a>
          </p>
        ) : null}
      </div>
    </StaffLayout>
  );
}

export function OutboxPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  messages: OutboxSummary[];
  nextCursor: string | null;
}) {
  const t = (value: Text) => translate(props.ctx.locale, value);
  return (
    <StaffLayout
      ctx={props.ctx}
      actor={props.actor}
      title={t(text.outboxTitle)}
      currentHref="/intern/betrieb/postausgang"
    >
      <div class="stack">
        <Heading>{t(text.outboxTitle)}</Heading>
        <p class="kern-body">{t(text.outboxIntro)}</p>
        {props.messages.length === 0 ? (
          <p class="kern-body">{t(text.noMail)}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <caption class="kern-sr-only">{t(text.outboxTitle)}</caption>
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t(text.createdAt)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(text.recipient)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(text.subject)}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t(text.status)}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {props.messages.map((message) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">{dateTime(props.ctx, message.createdAt)}</td>
                    <td class="kern-table__cell">{message.to}</td>
                    <td class="kern-table__cell">
                      <a class="kern-link" href={`/intern/betrieb/postausgang/${message.id}`}>
                        {message.subject}
                      </a>
                    </td>
                    <td class="kern-table__cell">{t(text.mailStatus[message.status])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {props.nextCursor ? (
          <p>
            <a
              class="kern-link"
              href={`/intern/betrieb/postausgang?vor=${encodeURIComponent(props.nextCursor)}`}
            >
              {t(text.olderEntries)}
            </a>
          </p>
        ) : null}
      </div>
    </StaffLayout>
  );
}

export function OutboxMessagePage(props: { ctx: RequestContext; actor: StaffActor; message: OutboxMessage }) {
  const t = (value: Text) => translate(props.ctx.locale, value);
  const { message } = props;
  // Only mail that never left the building (capture mode, no SMTP) is shown in full: it is the
  // developer's and demo's way to read it. Delivered mail may hold personal data meant for one person.
  const showBody = message.status === 'captured';
  return (
    <StaffLayout
      ctx={props.ctx}
      actor={props.actor}
      title={message.subject}
      currentHref="/intern/betrieb/postausgang"
    >
      <div class="stack">
        <Heading>{message.subject}</Heading>
        <dl class="kern-description-list">
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t(text.recipient)}</dt>
            <dd class="kern-description-list-item__value">{message.to}</dd>
          </div>
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t(text.status)}</dt>
            <dd class="kern-description-list-item__value">{t(text.mailStatus[message.status])}</dd>
          </div>
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t(text.createdAt)}</dt>
            <dd class="kern-description-list-item__value">{dateTime(props.ctx, message.createdAt)}</dd>
          </div>
        </dl>
        {showBody ? (
          <pre class="mail-body">{message.text}</pre>
        ) : (
          <p class="kern-body">{t(text.bodyHidden)}</p>
        )}
        <p>
          <a class="kern-link" href="/intern/betrieb/postausgang">
            {t(text.backToOutbox)}
          </a>
        </p>
      </div>
    </StaffLayout>
  );
}
