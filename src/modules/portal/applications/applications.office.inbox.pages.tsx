// The department inbox: filters (a plain GET form, so a filter can be bookmarked and works without
// JavaScript), the applications newest first, and a link to the next page (keyset cursor, no counts).
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary } from '../../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../../platform/ui/form-fields.tsx';
import { uiText } from '../../../platform/ui/ui.messages.ts';
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
  savedFilters: { id: string; name: string; query: string }[];
  /** What happened to a filter just saved or deleted (from the redirect). */
  filterResult: 'gespeichert' | 'geloescht' | 'name-fehlt' | 'zu-viele' | undefined;
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
  const nameError =
    view.filterResult === 'name-fehlt'
      ? t(text.filterNameMissing)
      : view.filterResult === 'zu-viele'
        ? t(text.filterTooMany)
        : undefined;
  const statuses: ApplicationStatus[] = ['submitted', 'in_progress', 'query', 'decided', 'closed'];
  return (
    <StaffLayout
      ctx={ctx}
      actor={props.actor}
      title={t(text.inboxTitle)}
      currentHref={APPLICATION_PATHS.inbox}
    >
      <ErrorSummary
        title={t(uiText.errorSummaryTitle)}
        errors={nameError ? [{ field: 'filtername', message: nameError }] : []}
      />
      <h1 class="kern-heading-x-large">{t(text.inboxTitle)}</h1>
      <p class="kern-body">{t(text.inboxIntro)}</p>
      {view.filterResult === 'gespeichert' ? <Alert kind="success" title={t(text.filterSaved)} /> : null}
      {view.filterResult === 'geloescht' ? <Alert kind="success" title={t(text.filterDeleted)} /> : null}
      {view.savedFilters.length > 0 ? (
        <section aria-labelledby="gespeicherte-filter" class="stack">
          <h2 class="kern-heading-small" id="gespeicherte-filter">
            {t(text.savedFilters)}
          </h2>
          <ul class="stack">
            {view.savedFilters.map((saved) => (
              <li class="filter-bar">
                <a class="kern-link" href={`${APPLICATION_PATHS.inbox}?${saved.query}`}>
                  {saved.name}
                </a>
                <form method="post" action={`${APPLICATION_PATHS.inbox}/filter/${saved.id}/loeschen`}>
                  <CsrfField token={ctx.csrfToken} />
                  <button
                    class="kern-btn kern-btn--tertiary"
                    type="submit"
                    aria-label={`${t(text.filterDelete)}: ${saved.name}`}
                  >
                    <span class="kern-label">{t(text.filterDelete)}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
      <form method="post" action={`${APPLICATION_PATHS.inbox}/filter`} class="filter-bar">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="stand" value={form.stand} />
        <input type="hidden" name="bearbeitung" value={form.bearbeitung} />
        <input type="hidden" name="amt" value={form.amt} />
        <InputField id="filtername" name="name" label={t(text.filterName)} error={nameError} />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t(text.filterSave)}</span>
        </button>
      </form>
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
