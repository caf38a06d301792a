// The citizen's pages of an application: one page per form step, the summary with the declaration, the
// list "Meine Anträge" and one application's status. All work without JavaScript.
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../../platform/ui/components.tsx';
import { CitizenPage, type CitizenFieldError } from '../../citizens/index.ts';
import { describeSteps } from '../forms/forms.describe.ts';
import { FormStep, FormSummary, problemLinks } from '../forms/forms.index.ts';
import type { FieldProblem, FormValues, RawValues } from '../forms/forms.types.ts';
import { formatMoney } from '../forms/forms.values.ts';
import { applicationsText as text, statusText } from './applications.messages.ts';
import { APPLICATION_PATHS, withCsrf } from './applications.paths.ts';
import type { ApplicationSummary } from './applications.repository.ts';
import type { OnlineService } from './applications.services.ts';
import type { ApplicationStatus } from './applications.tables.ts';

const t = (ctx: RequestContext, value: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, value, values);
const plain = (value: string): Text => ({ de: value, en: value });

const dateTime = (ctx: RequestContext, at: Date) =>
  new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(at);

export function StepPage(props: {
  ctx: RequestContext;
  serviceName: string;
  slug: string;
  online: OnlineService;
  stepId: string;
  values: FormValues;
  raw?: RawValues;
  problems: FieldProblem[];
  backHref?: string;
}) {
  const { ctx } = props;
  const errors: CitizenFieldError[] = problemLinks(ctx, props.problems);
  return (
    <CitizenPage ctx={ctx} title={plain(props.serviceName)} current="" signedIn errors={errors}>
      <p class="kern-body">{t(ctx, text.draftSaved)}</p>
      <FormStep
        ctx={ctx}
        definition={props.online.form}
        stepId={props.stepId}
        values={props.values}
        raw={props.raw}
        problems={props.problems}
        action={withCsrf(APPLICATION_PATHS.step(props.slug, props.stepId), ctx.csrfToken)}
        csrfToken={ctx.csrfToken}
        backHref={props.backHref}
        errorSummary={false}
      />
    </CitizenPage>
  );
}

export function SummaryPage(props: {
  ctx: RequestContext;
  serviceName: string;
  slug: string;
  online: OnlineService;
  values: FormValues;
  draftId: string | undefined;
  errors: CitizenFieldError[];
}) {
  const { ctx } = props;
  const declarationError = props.errors.find((error) => error.field === 'erklaerung')?.message;
  return (
    <CitizenPage ctx={ctx} title={text.summaryTitle} current="" signedIn errors={props.errors}>
      <p class="kern-body">
        <strong>{props.serviceName}</strong>
      </p>
      <p class="kern-body">{t(ctx, text.summaryIntro)}</p>
      <FormSummary
        ctx={ctx}
        definition={props.online.form}
        values={props.values}
        changeHref={(stepId) => APPLICATION_PATHS.step(props.slug, stepId)}
      />
      <form method="post" action={APPLICATION_PATHS.submit(props.slug)} class="stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {props.draftId ? <input type="hidden" name="entwurf" value={props.draftId} /> : null}
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t(ctx, text.declarationLegend)}</legend>
          {declarationError ? (
            <p class="kern-error" id="erklaerung-error" role="alert">
              <span class="kern-sr-only">Fehler: </span>
              {declarationError}
            </p>
          ) : null}
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              type="checkbox"
              id="erklaerung"
              name="erklaerung"
              value="ja"
              aria-describedby={declarationError ? 'erklaerung-error' : undefined}
            />
            <label class="kern-label" for="erklaerung">
              {t(ctx, text.declaration)}
            </label>
          </div>
        </fieldset>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(ctx, text.submit)}</span>
        </button>
      </form>
    </CitizenPage>
  );
}

export function ApplicationsListPage(props: { ctx: RequestContext; applications: ApplicationSummary[] }) {
  const { ctx } = props;
  return (
    <CitizenPage ctx={ctx} title={text.listTitle} current={APPLICATION_PATHS.list} signedIn>
      <p class="kern-body">{t(ctx, text.listIntro)}</p>
      {props.applications.length === 0 ? (
        <>
          <p class="kern-body">{t(ctx, text.listNone)}</p>
          <ButtonLink href="/leistungen" variant="secondary">
            {t(ctx, text.toCatalogue)}
          </ButtonLink>
        </>
      ) : (
        <table class="kern-table">
          <caption class="kern-sr-only">{t(ctx, text.listTitle)}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t(ctx, text.columnReference)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(ctx, text.columnService)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(ctx, text.columnSubmitted)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(ctx, text.columnStatus)}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {props.applications.map((application) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  <a class="kern-link" href={APPLICATION_PATHS.detail(application.id)}>
                    {application.reference}
                  </a>
                </td>
                <td class="kern-table__cell">{application.serviceName}</td>
                <td class="kern-table__cell">{dateTime(ctx, application.submittedAt)}</td>
                <td class="kern-table__cell">{t(ctx, statusText[application.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CitizenPage>
  );
}

export function ApplicationPage(props: {
  ctx: RequestContext;
  application: {
    id: string;
    reference: string;
    serviceName: string;
    status: ApplicationStatus;
    submittedAt: Date;
    feeCents: number;
    answers: FormValues;
  };
  online: OnlineService | undefined;
  justSubmitted: boolean;
  payment: { status: string; paidAt: Date | null } | undefined;
}) {
  const { ctx, application, payment } = props;
  const rows: [Text, string][] = [
    [text.factsService, application.serviceName],
    [text.factsSubmitted, dateTime(ctx, application.submittedAt)],
    [text.factsStatus, t(ctx, statusText[application.status])],
  ];
  if (application.feeCents > 0) rows.push([text.factsFee, formatMoney(application.feeCents, ctx.locale)]);
  return (
    <CitizenPage
      ctx={ctx}
      title={text.detailTitle}
      titleValues={{ reference: application.reference }}
      current={APPLICATION_PATHS.list}
      signedIn
    >
      {props.justSubmitted ? (
        <Alert kind="success" title={t(ctx, text.submittedNotice, { reference: application.reference })} />
      ) : null}
      <dl class="kern-description-list">
        {rows.map(([label, value]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t(ctx, label)}</dt>
            <dd class="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      {application.feeCents > 0 ? (
        <section class="stack" aria-labelledby="gebuehr">
          <Heading level={2} id="gebuehr">
            {t(ctx, text.feeHeading)}
          </Heading>
          {payment?.status === 'paid' && payment.paidAt ? (
            <p class="kern-body">{t(ctx, text.feePaid, { date: dateTime(ctx, payment.paidAt) })}</p>
          ) : (
            <form method="post" action={APPLICATION_PATHS.pay(application.id)} class="stack">
              <CsrfField token={ctx.csrfToken} />
              <p class="kern-body">
                {payment?.status === 'pending'
                  ? t(ctx, text.feePending)
                  : t(ctx, text.feeOpen, { amount: formatMoney(application.feeCents, ctx.locale) })}
              </p>
              <button class="kern-btn kern-btn--primary" type="submit">
                <span class="kern-label">{t(ctx, text.pay)}</span>
              </button>
            </form>
          )}
        </section>
      ) : null}
      <p>
        <a class="kern-link" href={APPLICATION_PATHS.receipt(application.id)}>
          {t(ctx, text.receipt)}
        </a>
      </p>
      {props.online ? (
        <section class="stack" aria-labelledby="angaben">
          <Heading level={2} id="angaben">
            {t(ctx, text.answersHeading)}
          </Heading>
          {describeSteps(props.online.form, application.answers, ctx.locale).map((step) => (
            <section class="stack" aria-labelledby={`angaben-${step.stepId}`}>
              <Heading level={3} id={`angaben-${step.stepId}`}>
                {step.stepTitle}
              </Heading>
              <dl class="kern-description-list">
                {step.rows.map((row) => (
                  <div class="kern-description-list-item">
                    <dt class="kern-description-list-item__key">{row.label}</dt>
                    <dd class="kern-description-list-item__value">{row.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </section>
      ) : null}
    </CitizenPage>
  );
}
