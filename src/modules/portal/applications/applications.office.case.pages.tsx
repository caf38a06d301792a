// The office's view of one application: facts and the link to its E-Akte case, who works it (claim,
// assignment), the citizen's answers, the messages of the Postfach, internal notes, and the actions:
// ask the citizen, decide with a notice, close. Every form works without JavaScript.
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../../platform/ui/components.tsx';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';
import { InputField, SelectField, TextareaField } from '../../../platform/ui/form-fields.tsx';
import { uiText } from '../../../platform/ui/ui.messages.ts';
import type { StaffActor } from '../../access/index.ts';
import { StaffLayout } from '../../identity/index.ts';
import { describeSteps } from '../forms/forms.describe.ts';
import type { FormValues } from '../forms/forms.types.ts';
import { formatMoney } from '../forms/forms.values.ts';
import { statusText } from './applications.messages.ts';
import { historyText, officeText as text } from './applications.office.messages.ts';
import type { loadCaseView } from './applications.office.usecases.ts';
import { APPLICATION_PATHS } from './applications.paths.ts';
import type { OnlineService } from './applications.services.ts';

export type CaseView = Awaited<ReturnType<typeof loadCaseView>>;

export interface CaseForms {
  query?: { betreff: string; nachricht: string; antwortBis: string };
  note?: string;
}

const dateTime = (ctx: RequestContext, at: Date) =>
  new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(at);

function ActionForm(props: { ctx: RequestContext; action: string; children?: Child }) {
  return (
    <form method="post" action={props.action} class="stack" novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      {props.children}
    </form>
  );
}

function Submit(props: { label: string; variant?: 'primary' | 'secondary' }) {
  return (
    <button class={`kern-btn kern-btn--${props.variant ?? 'primary'}`} type="submit">
      <span class="kern-label">{props.label}</span>
    </button>
  );
}

export function CaseViewPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  view: CaseView;
  online: OnlineService | undefined;
  notice?: Text | undefined;
  errors?: { field: string; message: string }[];
  forms?: CaseForms;
  /** The decide section, from the notices part (templates of this service). */
  decide?: Child;
}) {
  const { ctx, view } = props;
  const t = (value: Text, values?: Record<string, string | number>) => translate(ctx.locale, value, values);
  const { application } = view;
  const errors = props.errors ?? [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const path = (action: string) => APPLICATION_PATHS.officeAction(application.id, action);
  const title = t(text.caseTitle, { reference: application.reference });
  const open = ['in_progress', 'query'].includes(application.status);
  return (
    <StaffLayout ctx={ctx} actor={props.actor} title={title} currentHref={APPLICATION_PATHS.inbox}>
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      {props.notice ? <Alert kind="success" title={t(props.notice)} /> : null}
      <dl class="kern-description-list">
        {(
          [
            [text.factsService, application.service_name],
            [text.factsStatus, t(statusText[application.status])],
            [text.factsSubmitted, dateTime(ctx, application.submitted_at)],
            [text.factsClaimed, view.claimedByName ?? t(text.nobody)],
            ...(application.fee_cents > 0
              ? [
                  [
                    text.factsFee,
                    `${formatMoney(application.fee_cents, ctx.locale)}, ${
                      view.payment?.status === 'paid' && view.payment.paidAt
                        ? t(text.feePaid, { date: dateTime(ctx, view.payment.paidAt) })
                        : t(text.feeOpen)
                    }`,
                  ] as [Text, string],
                ]
              : []),
          ] as [Text, string][]
        ).map(([label, value]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t(label)}</dt>
            <dd class="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a class="kern-link" href={`/intern/vorgaenge/${application.case_id}`}>
          {t(text.factsFileLink, { reference: application.file_reference })}
        </a>
        {view.mayAct ? (
          <>
            {' · '}
            <a class="kern-link" href={`/intern/vorgaenge/${application.case_id}/wiedervorlage`}>
              {t(text.resubmission)}
            </a>
          </>
        ) : null}
      </p>
      {view.mayClaim && application.claimed_by !== props.actor.id && application.status !== 'closed' ? (
        <ActionForm ctx={ctx} action={path('uebernehmen')}>
          <Submit label={t(text.claim)} />
        </ActionForm>
      ) : null}
      {!view.mayAct && application.status !== 'closed' ? <p class="kern-body">{t(text.claimFirst)}</p> : null}
      {view.mayAssign ? (
        <section class="stack" aria-labelledby="zuweisen">
          <Heading level={2} id="zuweisen">
            {t(text.assignHeading)}
          </Heading>
          <ActionForm ctx={ctx} action={path('zuweisen')}>
            <SelectField
              id="bearbeitung"
              label={t(text.assignLabel)}
              value={application.claimed_by ?? ''}
              options={[
                { value: '', label: t(text.assignNobody) },
                ...view.assignable.map((person) => ({ value: person.id, label: person.displayName })),
              ]}
            />
            <Submit label={t(text.assign)} variant="secondary" />
          </ActionForm>
        </section>
      ) : null}
      {props.online ? (
        <section class="stack" aria-labelledby="angaben">
          <Heading level={2} id="angaben">
            {t(text.answersHeading)}
          </Heading>
          {describeSteps(props.online.form, application.answers as FormValues, ctx.locale).map((step) => (
            <dl class="kern-description-list" aria-label={step.stepTitle}>
              {step.rows.map((row) => (
                <div class="kern-description-list-item">
                  <dt class="kern-description-list-item__key">{row.label}</dt>
                  <dd class="kern-description-list-item__value">{row.value}</dd>
                </div>
              ))}
            </dl>
          ))}
        </section>
      ) : null}
      <section class="stack" aria-labelledby="nachrichten">
        <Heading level={2} id="nachrichten">
          {t(text.messagesHeading)}
        </Heading>
        {view.messages.length === 0 ? <p class="kern-body">{t(text.messagesNone)}</p> : null}
        {view.messages.map((message) => (
          <article class="stack message" aria-label={message.subject}>
            <p class="kern-body">
              <strong>{message.subject}</strong> ·{' '}
              {t(message.direction === 'to_citizen' ? text.messageToCitizen : text.messageFromCitizen)} ·{' '}
              {dateTime(ctx, message.createdAt)}
              {message.direction === 'to_citizen'
                ? ` · ${
                    message.firstOpenedAt
                      ? t(text.messageOpened, { at: dateTime(ctx, message.firstOpenedAt) })
                      : t(text.messageNotOpened)
                  }`
                : ''}
            </p>
            {message.replyBy ? (
              <p class="kern-body">{t(text.messageReplyBy, { date: message.replyBy })}</p>
            ) : null}
            <p class="kern-body preformatted">{message.body}</p>
          </article>
        ))}
      </section>
      {view.mayAct && open ? (
        <section class="stack" aria-labelledby="rueckfrage">
          <Heading level={2} id="rueckfrage">
            {t(text.queryHeading)}
          </Heading>
          <ActionForm ctx={ctx} action={path('rueckfrage')}>
            <InputField
              id="betreff"
              label={t(text.querySubject)}
              value={props.forms?.query?.betreff}
              error={errorOf('betreff')}
            />
            <TextareaField
              id="nachricht"
              label={t(text.queryBody)}
              value={props.forms?.query?.nachricht}
              error={errorOf('nachricht')}
              rows={6}
            />
            <InputField
              id="antwortBis"
              type="date"
              label={t(text.queryReplyBy)}
              value={props.forms?.query?.antwortBis}
              error={errorOf('antwortBis')}
            />
            <Submit label={t(text.querySend)} variant="secondary" />
          </ActionForm>
        </section>
      ) : null}
      {view.mayAct && application.status === 'in_progress' ? (
        props.online?.officeAction ? (
          <p>
            <a class="kern-btn kern-btn--primary" href={props.online.officeAction.path(application.id)}>
              <span class="kern-label">{t(props.online.officeAction.label)}</span>
            </a>
          </p>
        ) : (
          props.decide
        )
      ) : null}
      {view.mayAct && application.status === 'decided' ? (
        <section class="stack" aria-labelledby="abschliessen">
          <Heading level={2} id="abschliessen">
            {t(text.closeHeading)}
          </Heading>
          <ActionForm ctx={ctx} action={path('abschliessen')}>
            <Submit label={t(text.close)} variant="secondary" />
          </ActionForm>
        </section>
      ) : null}
      <section class="stack" aria-labelledby="verlauf">
        <Heading level={2} id="verlauf">
          {t(text.historyHeading)}
        </Heading>
        <ol class="stack">
          {view.history.map((entry) => (
            <li class="kern-body">
              {dateTime(ctx, entry.at)}:{' '}
              {historyText[entry.action] ? t(historyText[entry.action]!) : entry.action}
              {entry.actorName
                ? ` (${entry.actorName})`
                : entry.byCitizen
                  ? ` (${t(text.historyCitizen)})`
                  : ''}
            </li>
          ))}
        </ol>
      </section>
      <section class="stack" aria-labelledby="vermerke">
        <Heading level={2} id="vermerke">
          {t(text.notesHeading)}
        </Heading>
        {view.notes.length === 0 ? <p class="kern-body">{t(text.notesNone)}</p> : null}
        {view.notes.map((note) => (
          <p class="kern-body preformatted">
            <strong>
              {note.staffName}, {dateTime(ctx, note.createdAt)}:
            </strong>{' '}
            {note.body}
          </p>
        ))}
        {view.mayAct ? (
          <ActionForm ctx={ctx} action={path('vermerk')}>
            <TextareaField
              id="vermerk"
              label={t(text.noteLabel)}
              value={props.forms?.note}
              error={errorOf('vermerk')}
            />
            <Submit label={t(text.noteAdd)} variant="secondary" />
          </ActionForm>
        ) : null}
      </section>
    </StaffLayout>
  );
}
