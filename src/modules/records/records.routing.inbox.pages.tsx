// /intern/mitzeichnungen: the steps waiting for this person (co-sign, sign off, or return each with a
// comment; two submit buttons with formaction, so it works without JavaScript), and what they started.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { StaffLayout } from '../identity/index.ts';
import type { listStartedByMe, listWaitingForMe } from './records.routing.inbox.ts';
import { routingStatusText, routingText as text, stepKindText } from './records.routing.messages.ts';
import { addresseeName, StepsTable } from './records.routing.parts.tsx';
import { showTime } from './records.workflow.days.ts';
import { Badge, TextareaField } from './records.workflow.fields.tsx';
import { documentPath, ROUTINGS_PATH, routingActionPath, routingFormPath } from './records.workflow.paths.ts';

export type WaitingItem = Awaited<ReturnType<typeof listWaitingForMe>>['items'][number];
type StartedItem = Awaited<ReturnType<typeof listStartedByMe>>[number];

const translator = (ctx: RequestContext) => (value: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, value, values);

export const commentFieldId = (routingId: string) => `kommentar-${routingId}`;

export function addressedLine(ctx: RequestContext, item: WaitingItem): string {
  const t = translator(ctx);
  switch (item.addressedAs.kind) {
    case 'me':
      return t(text.addressedToMe);
    case 'department':
      return t(text.addressedToDepartment, { name: item.addressedAs.name });
    case 'absent':
      return t(text.addressedForAbsent, { name: item.addressedAs.name });
  }
}

/** One waiting step with its decision form; the inbox and the desk show it. */
export function WaitingStep(props: {
  ctx: RequestContext;
  item: WaitingItem;
  comment?: string | undefined;
  error?: string | undefined;
  headingLevel: 2 | 3;
}) {
  const { ctx, item } = props;
  const t = translator(ctx);
  const headingId = `routing-${item.routingId}`;
  const stale = item.currentVersion !== item.version;
  return (
    <article aria-labelledby={headingId} class="stack">
      <Heading level={props.headingLevel} id={headingId} size="medium">
        {`${t(stepKindText[item.kind])} (${addressedLine(ctx, item)}): `}
        <a class="kern-link" href={documentPath(item.documentId)}>
          {item.documentTitle}
        </a>
      </Heading>
      <p class="kern-body kern-body--small">
        {t(text.waitingItem, {
          version: item.version,
          reference: item.fileReference,
          number: item.caseNumber,
          caseTitle: item.caseTitle,
          initiator: item.initiatorName,
          since: item.activatedAt ? showTime(ctx.locale, item.activatedAt) : '',
        })}
      </p>
      {stale ? (
        <Alert
          kind="warning"
          title={t(text.staleWarning, { current: item.currentVersion, version: item.version })}
        />
      ) : null}
      {item.earlier.length > 0 ? (
        <StepsTable ctx={ctx} steps={item.earlier} caption={t(text.earlierHeading)} />
      ) : null}
      <form method="post" action={routingActionPath(item.routingId, 'mitzeichnen')} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="position" value={String(item.position)} />
        <TextareaField
          id={commentFieldId(item.routingId)}
          name="kommentar"
          label={t(text.commentLabel)}
          hint={t(text.commentHint)}
          value={props.comment}
          error={props.error}
        />
        <p class="kern-body">
          {stale ? null : (
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t(item.kind === 'sign_off' ? text.signOff : text.coSign)}</span>
            </button>
          )}{' '}
          <button
            class="kern-btn kern-btn--secondary"
            type="submit"
            formaction={routingActionPath(item.routingId, 'zurueckgeben')}
          >
            <span class="kern-label">{t(text.return)}</span>
          </button>
        </p>
      </form>
    </article>
  );
}

function StartedRow(props: { ctx: RequestContext; routing: StartedItem }) {
  const { ctx, routing } = props;
  const t = translator(ctx);
  return (
    <li>
      <a class="kern-link" href={routingFormPath(routing.documentId)}>
        {routing.documentTitle}
      </a>{' '}
      <Badge
        kind={routing.status === 'signed' ? 'success' : routing.status === 'returned' ? 'warning' : 'info'}
        label={t(routingStatusText[routing.status])}
      />
      {routing.current ? ` ${t(text.columnAddressee)}: ${addresseeName(routing.current)}` : ''}
      {routing.returned?.comment ? (
        <p class="kern-body">
          {t(text.returnedBy, {
            name: routing.returned.actedByName ?? '',
            comment: routing.returned.comment,
          })}
        </p>
      ) : null}
    </li>
  );
}

export function StartedList(props: { ctx: RequestContext; routings: StartedItem[] }) {
  const t = translator(props.ctx);
  if (props.routings.length === 0) return <p class="kern-body">{t(text.startedNone)}</p>;
  return (
    <ul class="kern-list">
      {props.routings.map((routing) => (
        <StartedRow ctx={props.ctx} routing={routing} />
      ))}
    </ul>
  );
}

export function RoutingInboxPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  waiting: WaitingItem[];
  nextCursor: string | null;
  started: StartedItem[];
  notice?: Text | undefined;
  /** A refused act (e.g. a stale version), shown above the lists. */
  problem?: string | undefined;
  /** The form that came back with an error, by routing. */
  failed?: { routingId: string; comment: string; error: string } | undefined;
}) {
  const { ctx, actor } = props;
  const t = translator(ctx);
  const title = t(text.inboxTitle);
  const errors = props.failed
    ? [{ field: commentFieldId(props.failed.routingId), message: props.failed.error }]
    : [];
  return (
    <StaffLayout
      ctx={ctx}
      actor={actor}
      title={errors.length > 0 || props.problem ? `${t(uiText.errorTitle)}: ${title}` : title}
      currentHref={ROUTINGS_PATH}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.problem ? <Alert kind="danger" title={props.problem} /> : null}
      {props.notice ? <Alert kind="success" title={t(props.notice)} /> : null}
      <Heading>{title}</Heading>
      <section aria-labelledby="waiting-heading" class="stack">
        <Heading level={2} id="waiting-heading">
          {t(text.waitingHeading)}
        </Heading>
        {props.waiting.length === 0 ? <p class="kern-body">{t(text.waitingNone)}</p> : null}
        {props.waiting.map((item) => {
          const failed = props.failed?.routingId === item.routingId ? props.failed : undefined;
          return (
            <WaitingStep
              ctx={ctx}
              item={item}
              comment={failed?.comment}
              error={failed?.error}
              headingLevel={3}
            />
          );
        })}
        {props.nextCursor ? (
          <p>
            <a class="kern-link" href={`${ROUTINGS_PATH}?ab=${encodeURIComponent(props.nextCursor)}`}>
              {t(text.more)}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="started-heading" class="stack">
        <Heading level={2} id="started-heading">
          {t(text.startedHeading)}
        </Heading>
        <StartedList ctx={ctx} routings={props.started} />
      </section>
    </StaffLayout>
  );
}
