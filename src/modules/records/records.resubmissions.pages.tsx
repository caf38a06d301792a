// Pages of resubmissions: setting one on a case, and "my resubmissions" (due first, then upcoming).
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { StaffLayout } from '../identity/index.ts';
import { resubmissionText as text } from './records.resubmissions.messages.ts';
import type { describeResubmissionForm, listMyResubmissions } from './records.resubmissions.usecases.ts';
import { showDay } from './records.workflow.days.ts';
import { Badge, TextareaField } from './records.workflow.fields.tsx';
import {
  casePath,
  RESUBMISSIONS_PATH,
  resubmissionDonePath,
  resubmissionFormPath,
} from './records.workflow.paths.ts';

type FormData = Awaited<ReturnType<typeof describeResubmissionForm>>;
export type ResubmissionItem = Awaited<ReturnType<typeof listMyResubmissions>>['items'][number];

const translator = (ctx: RequestContext) => (value: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, value, values);

export function ResubmissionFormPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  data: FormData;
  form?: { staffId: string; dueOn: string; note: string };
  errors?: { field: string; message: string }[];
  created?: boolean;
}) {
  const { ctx, actor, data } = props;
  const t = translator(ctx);
  const errors = props.errors ?? [];
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const form = props.form ?? { staffId: '', dueOn: '', note: '' };
  const title = t(text.formTitle);
  const action = resubmissionFormPath(data.case.id);
  const closed = data.case.status === 'closed' || data.case.fileStatus === 'closed';
  return (
    <StaffLayout
      ctx={ctx}
      actor={actor}
      title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${title}` : title}
      currentHref={RESUBMISSIONS_PATH}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.created ? <Alert kind="success" title={t(text.created)} /> : null}
      <Heading>{title}</Heading>
      <p class="kern-body">
        {t(text.caseLine, {
          number: data.case.number,
          title: data.case.title,
          reference: data.case.fileReference,
        })}{' '}
        <a class="kern-link" href={casePath(data.case.id)}>
          {t(text.backToCase)}
        </a>
      </p>
      <p class="kern-body">{t(text.formIntro)}</p>
      <section aria-labelledby="open-heading" class="stack">
        <Heading level={2} id="open-heading">
          {t(text.openOfCaseHeading)}
        </Heading>
        {data.open.length === 0 ? (
          <p class="kern-body">{t(text.openOfCaseNone)}</p>
        ) : (
          <ul class="kern-list">
            {data.open.map((row) => (
              <li>
                {t(text.openOfCaseRow, { day: showDay(ctx.locale, row.dueOn), name: row.staffName })}
                {row.note ? `: ${row.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {closed ? <Alert kind="info" title={t(text.closed)} /> : null}
      {closed ? null : (
        <form method="post" action={action} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          {data.colleagues.length > 0 ? (
            <SelectField
              id="staffId"
              label={t(text.forLabel)}
              value={form.staffId}
              error={errorOf('staffId')}
              options={[
                { value: '', label: t(text.forMyself) },
                ...data.colleagues.map((c) => ({ value: c.id, label: c.displayName })),
              ]}
            />
          ) : null}
          <InputField
            id="dueOn"
            type="date"
            label={t(text.dueLabel)}
            hint={t(text.dueHint)}
            value={form.dueOn}
            error={errorOf('dueOn')}
          />
          <TextareaField
            id="note"
            label={t(text.noteLabel)}
            hint={t(text.noteHint)}
            value={form.note}
            error={errorOf('note')}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.submit)}</span>
          </button>
        </form>
      )}
    </StaffLayout>
  );
}

/** A table of resubmissions with a "done" button each; the list page and the desk show it. */
export function ResubmissionTable(props: {
  ctx: RequestContext;
  actor: StaffActor;
  items: ResubmissionItem[];
  today: string;
  caption: string;
  /** Where to come back to after marking one done. */
  returnTo: string;
}) {
  const { ctx, actor, today } = props;
  const t = translator(ctx);
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-sr-only">{props.caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t(text.columnDue)}
            </th>
            <th scope="col" class="kern-table__header">
              {t(text.columnCase)}
            </th>
            <th scope="col" class="kern-table__header">
              {t(text.columnFor)}
            </th>
            <th scope="col" class="kern-table__header">
              {t(text.columnNote)}
            </th>
            <th scope="col" class="kern-table__header">
              {t(text.columnAction)}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.items.map((item) => {
            const day = showDay(ctx.locale, item.dueOn);
            const caseLabel = t(text.caseReference, {
              reference: item.fileReference,
              number: item.caseNumber,
            });
            return (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  {day}{' '}
                  {item.dueOn < today ? (
                    <Badge kind="danger" label={t(text.overdue)} />
                  ) : item.dueOn === today ? (
                    <Badge kind="warning" label={t(text.today)} />
                  ) : null}
                </td>
                <td class="kern-table__cell">
                  <a class="kern-link" href={casePath(item.caseId)}>
                    {item.caseTitle}
                  </a>
                  <br />
                  <span class="kern-body kern-body--small">{caseLabel}</span>
                </td>
                <td class="kern-table__cell">
                  {item.staffId === actor.id ? t(text.forMe) : t(text.forOther, { name: item.staffName })}
                </td>
                <td class="kern-table__cell">
                  {item.note ?? ''}
                  {item.note ? <br /> : null}
                  <span class="kern-body kern-body--small">
                    {t(text.setBy, { name: item.createdByName })}
                  </span>
                </td>
                <td class="kern-table__cell">
                  <form method="post" action={resubmissionDonePath(item.id)}>
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="returnTo" value={props.returnTo} />
                    <button class="kern-btn kern-btn--secondary kern-btn--small" type="submit">
                      <span class="kern-label">
                        {t(text.markDone)}
                        <span class="kern-sr-only">{t(text.markDoneContext, { day, case: caseLabel })}</span>
                      </span>
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ResubmissionListPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  today: string;
  items: ResubmissionItem[];
  nextCursor: string | null;
  /** A later page: the sections say nothing about what earlier pages showed. */
  continued?: boolean;
  marked?: boolean;
}) {
  const { ctx, actor, today } = props;
  const t = translator(ctx);
  const due = props.items.filter((item) => item.dueOn <= today);
  const upcoming = props.items.filter((item) => item.dueOn > today);
  return (
    <StaffLayout ctx={ctx} actor={actor} title={t(text.listTitle)} currentHref={RESUBMISSIONS_PATH}>
      {props.marked ? <Alert kind="success" title={t(text.marked)} /> : null}
      <Heading>{t(text.listTitle)}</Heading>
      <p class="kern-body">{t(text.listIntro)}</p>
      {due.length === 0 && props.continued ? null : (
        <section aria-labelledby="due-heading" class="stack">
          <Heading level={2} id="due-heading">
            {t(text.dueHeading)}
          </Heading>
          {due.length === 0 ? (
            <p class="kern-body">{t(text.noneDue)}</p>
          ) : (
            <ResubmissionTable
              ctx={ctx}
              actor={actor}
              items={due}
              today={today}
              caption={t(text.dueHeading)}
              returnTo={RESUBMISSIONS_PATH}
            />
          )}
        </section>
      )}
      <section aria-labelledby="upcoming-heading" class="stack">
        <Heading level={2} id="upcoming-heading">
          {t(text.upcomingHeading)}
        </Heading>
        {upcoming.length === 0 ? (
          <p class="kern-body">{t(text.noneUpcoming)}</p>
        ) : (
          <ResubmissionTable
            ctx={ctx}
            actor={actor}
            items={upcoming}
            today={today}
            caption={t(text.upcomingHeading)}
            returnTo={RESUBMISSIONS_PATH}
          />
        )}
      </section>
      {props.nextCursor ? (
        <p>
          <a class="kern-link" href={`${RESUBMISSIONS_PATH}?ab=${encodeURIComponent(props.nextCursor)}`}>
            {t(text.more)}
          </a>
        </p>
      ) : null}
    </StaffLayout>
  );
}
