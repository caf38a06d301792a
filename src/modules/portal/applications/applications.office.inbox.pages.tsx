// The department inbox: filters (a plain GET form, so a filter can be bookmarked and works without
// JavaScript), the applications newest first, and a link to the next page (keyset cursor, no counts).
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { SelectField } from '../../../platform/ui/form-fields.tsx';
import { StaffLayout } from '../../identity/index.ts';
import type { StaffActor } from '../../access/index.ts';
import { statusText } from './applications.messages.ts';
import { officeText as text } from './applications.office.messages.ts';
import { APPLICATION_PATHS } from './applications.paths.ts';
import type { ApplicationStatus } from './applications.tables.ts';

export interface InboxForm {
  stand: string;
  bearbeitung: string;
  amt: string;
}

export interface InboxView {
  rows: {
    id: string;
    reference: string;
    serviceName: string;
    status: ApplicationStatus;
    submittedAt: Date;
    claimedByName: string | undefined;
  }[];
  departments: { id: string; number: string; name: string }[];
  nextHref: string | undefined;
}

const dateTime = (ctx: RequestContext, at: Date) =>
  new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(at);

export function InboxPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  form: InboxForm;
  view: InboxView;
}) {
  const { ctx, form, view } = props;
  const t = (value: Text) => translate(ctx.locale, value);
  const statuses: ApplicationStatus[] = ['submitted', 'in_progress', 'query', 'decided', 'closed'];
  return (
    <StaffLayout
      ctx={ctx}
      actor={props.actor}
      title={t(text.inboxTitle)}
      currentHref={APPLICATION_PATHS.inbox}
    >
      <h1 class="kern-heading-x-large">{t(text.inboxTitle)}</h1>
      <p class="kern-body">{t(text.inboxIntro)}</p>
      <form
        method="get"
        action={APPLICATION_PATHS.inbox}
        class="filter-bar"
        aria-label={t(text.filterHeading)}
      >
        <SelectField
          id="stand"
          label={t(text.filterStatus)}
          value={form.stand}
          options={[
            { value: 'offen', label: t(text.statusOpen) },
            ...statuses.map((status) => ({ value: status, label: t(statusText[status]) })),
            { value: 'alle', label: t(text.statusAll) },
          ]}
        />
        <SelectField
          id="bearbeitung"
          label={t(text.filterAssignment)}
          value={form.bearbeitung}
          options={[
            { value: 'alle', label: t(text.assignmentAny) },
            { value: 'meine', label: t(text.assignmentMine) },
            { value: 'niemand', label: t(text.assignmentUnassigned) },
          ]}
        />
        <SelectField
          id="amt"
          label={t(text.filterDepartment)}
          value={form.amt}
          options={[
            { value: '', label: t(text.departmentAll) },
            ...view.departments.map((department) => ({
              value: department.id,
              label: `${department.number} ${department.name}`,
            })),
          ]}
        />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t(text.filterApply)}</span>
        </button>
      </form>
      {view.rows.length === 0 ? (
        <p class="kern-body">{t(text.none)}</p>
      ) : (
        <table class="kern-table">
          <caption class="kern-sr-only">{t(text.inboxTitle)}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t(text.columnReference)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(text.columnService)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(text.columnSubmitted)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(text.columnStatus)}
              </th>
              <th class="kern-table__header" scope="col">
                {t(text.columnClaimed)}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {view.rows.map((row) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  <a class="kern-link" href={APPLICATION_PATHS.office(row.id)}>
                    {row.reference}
                  </a>
                </td>
                <td class="kern-table__cell">{row.serviceName}</td>
                <td class="kern-table__cell">{dateTime(ctx, row.submittedAt)}</td>
                <td class="kern-table__cell">{t(statusText[row.status])}</td>
                <td class="kern-table__cell">{row.claimedByName ?? t(text.nobody)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.nextHref ? (
        <p>
          <a class="kern-link" href={view.nextHref}>
            {t(text.next)}
          </a>
        </p>
      ) : null}
    </StaffLayout>
  );
}
