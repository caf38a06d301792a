// The routing page of a document: its routings with their steps, cancelling a running one, and the form
// that starts a new one (rows of co-signers, added one by one without JavaScript, then the sign-off).
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { StaffLayout } from '../identity/index.ts';
import { routingStatusText, routingText as text } from './records.routing.messages.ts';
import { AddresseeField, StepsTable } from './records.routing.parts.tsx';
import type { describeDocumentRouting } from './records.routing.usecases.ts';
import { MAX_CO_SIGN_STEPS } from './records.routing.usecases.ts';
import { showTime } from './records.workflow.days.ts';
import { Badge } from './records.workflow.fields.tsx';
import { documentPath, ROUTINGS_PATH, routingActionPath, routingFormPath } from './records.workflow.paths.ts';

type Data = Awaited<ReturnType<typeof describeDocumentRouting>>;

export interface RoutingForm {
  rows: number;
  coSigners: string[];
  signOff: string;
}

export const emptyRoutingForm: RoutingForm = { rows: 2, coSigners: [], signOff: '' };

const translator = (ctx: RequestContext) => (value: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, value, values);

export function DocumentRoutingPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  data: Data;
  form?: RoutingForm;
  errors?: { field: string; message: string }[];
  notice?: Text | undefined;
}) {
  const { ctx, actor, data } = props;
  const t = translator(ctx);
  const errors = props.errors ?? [];
  const title = t(text.formTitle);
  const { document } = data;
  const canStart = data.mayStart && !data.running && !data.closed && !document.currentFrozenAt;
  return (
    <StaffLayout
      ctx={ctx}
      actor={actor}
      title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${title}` : title}
      currentHref={ROUTINGS_PATH}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.notice ? <Alert kind="success" title={t(props.notice)} /> : null}
      <Heading>{title}</Heading>
      <p class="kern-body" id="dokument" tabindex="-1">
        {t(text.documentLine, {
          title: document.title,
          version: document.currentVersion,
          number: document.case.number,
          caseTitle: document.case.title,
          reference: document.case.fileReference,
        })}{' '}
        <a class="kern-link" href={documentPath(document.id)}>
          {t(text.backToDocument)}
        </a>
      </p>
      {document.currentFrozenAt ? <Alert kind="info" title={t(text.frozen)} /> : null}
      {data.closed ? <Alert kind="info" title={t(text.caseClosed)} /> : null}
      {data.running ? <Alert kind="info" title={t(text.runningNotice)} /> : null}
      <section aria-labelledby="history-heading" class="stack">
        <Heading level={2} id="history-heading">
          {t(text.historyHeading)}
        </Heading>
        {data.routings.length === 0 ? <p class="kern-body">{t(text.historyNone)}</p> : null}
        {data.routings.map((routing) => (
          <div class="stack">
            <p class="kern-body">
              <Badge
                kind={
                  routing.status === 'signed' ? 'success' : routing.status === 'returned' ? 'warning' : 'info'
                }
                label={t(routingStatusText[routing.status])}
              />
            </p>
            <StepsTable
              ctx={ctx}
              steps={routing.steps}
              caption={t(text.routingCaption, {
                version: routing.version,
                name: routing.initiatorName,
                at: showTime(ctx.locale, routing.createdAt),
              })}
            />
            {routing.mayCancel ? (
              <form method="post" action={routingActionPath(routing.id, 'abbrechen')}>
                <CsrfField token={ctx.csrfToken} />
                <button class="kern-btn kern-btn--secondary" type="submit">
                  <span class="kern-label">{t(text.cancel)}</span>
                </button>
              </form>
            ) : null}
          </div>
        ))}
      </section>
      {canStart ? (
        <StartForm ctx={ctx} data={data} form={props.form ?? emptyRoutingForm} errors={errors} />
      ) : !data.mayStart ? (
        <p class="kern-body">{t(text.mayNotStart)}</p>
      ) : null}
    </StaffLayout>
  );
}

function StartForm(props: {
  ctx: RequestContext;
  data: Data;
  form: RoutingForm;
  errors: { field: string; message: string }[];
}) {
  const { ctx, data, form } = props;
  const t = translator(ctx);
  const errorOf = (field: string) => props.errors.find((e) => e.field === field)?.message;
  const rows = Math.min(Math.max(form.rows, 1), MAX_CO_SIGN_STEPS);
  return (
    <section aria-labelledby="start-heading" class="stack">
      <Heading level={2} id="start-heading">
        {t(text.startHeading)}
      </Heading>
      <p class="kern-body">{t(text.startIntro)}</p>
      <form method="post" action={routingFormPath(data.document.id)} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="version" value={String(data.document.currentVersion)} />
        <input type="hidden" name="zeilen" value={String(rows)} />
        {Array.from({ length: rows }, (_, index) => (
          <AddresseeField
            ctx={ctx}
            id={`schritt-${index + 1}`}
            label={t(text.coSignLabel, { position: index + 1 })}
            hint={index === 0 ? t(text.coSignHint) : undefined}
            emptyLabel={t(text.chooseNobody)}
            value={form.coSigners[index] ?? ''}
            error={errorOf(`schritt-${index + 1}`)}
            people={data.people}
            departments={data.departments}
          />
        ))}
        {rows < MAX_CO_SIGN_STEPS ? (
          <button class="kern-btn kern-btn--secondary" type="submit" name="aktion" value="hinzufuegen">
            <span class="kern-label">{t(text.addStep)}</span>
          </button>
        ) : null}
        <AddresseeField
          ctx={ctx}
          id="zeichnung"
          label={t(text.signOffLabel)}
          emptyLabel={t(text.choosePrompt)}
          value={form.signOff}
          error={errorOf('zeichnung')}
          people={data.people}
          departments={data.departments}
        />
        <button class="kern-btn kern-btn--primary" type="submit" name="aktion" value="starten">
          <span class="kern-label">{t(text.start)}</span>
        </button>
      </form>
    </section>
  );
}
