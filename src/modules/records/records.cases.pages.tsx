// The case list, one case's page (documents, actions) and the form to move a case.
import { hasPermission, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import type { describeCase } from './records.cases.usecases.ts';
import { casesText as text } from './records.cases.messages.ts';
import { CASES_PATH, DOCUMENTS_PAGE_PATH, FILES_PATH, casePath, filePath } from './records.core.http.ts';
import {
  ActionButton,
  Facts,
  RecordsPage,
  errorOf,
  formatDate,
  hrefWith,
  NextPageLink,
  translator,
  type PageError,
} from './records.core.pages.tsx';
import { auditHref } from './records.files.detail.pages.tsx';
import { filesText } from './records.files.messages.ts';
import type { Option } from './records.files.pages.tsx';
import { caseStatusText } from './records.messages.ts';
import type { RecordStatus } from './records.tables.ts';

export interface CaseListView {
  id: string;
  number: number;
  title: string;
  status: RecordStatus;
  createdAt: Date;
  fileId: string;
  fileReference: string;
  fileTitle: string;
  departmentNumber: string;
  departmentName: string;
}

export interface CaseFilterForm {
  amt?: string | undefined;
  status?: string | undefined;
  meine?: string | undefined;
}

export function CasesListPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  cases: CaseListView[];
  nextCursor: string | null;
  filter: CaseFilterForm;
  departments: Option[];
}) {
  const { ctx, filter } = props;
  const t = translator(ctx);
  const any = { value: '', label: t(filesText.anyOption) };
  return (
    <RecordsPage ctx={ctx} actor={props.actor} title={t(text.listTitle)} section={FILES_PATH}>
      <p class="kern-body">{t(text.listIntro)}</p>
      <form method="get" action={CASES_PATH} class="records-filter" aria-label={t(filesText.filterHeading)}>
        <SelectField
          id="amt"
          label={t(filesText.departmentFilter)}
          value={filter.amt}
          options={[any, ...props.departments.map((d) => ({ value: d.id, label: d.label }))]}
        />
        <SelectField
          id="status"
          label={t(filesText.statusFilter)}
          value={filter.status}
          options={[
            any,
            ...(['open', 'closed'] as const).map((s) => ({ value: s, label: t(caseStatusText[s]) })),
          ]}
        />
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="meine"
            name="meine"
            value="1"
            checked={filter.meine === '1'}
          />
          <label class="kern-label" for="meine">
            {t(text.mineFilter)}
          </label>
        </div>
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t(filesText.filterButton)}</span>
        </button>
      </form>
      {props.cases.length === 0 ? (
        <p class="kern-body">{t(text.noCases)}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <thead>
              <tr class="kern-table__row">
                {[
                  text.caseColumn,
                  filesText.titleColumn,
                  filesText.departmentColumn,
                  filesText.statusColumn,
                  filesText.createdColumn,
                ].map((column) => (
                  <th scope="col" class="kern-table__header">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.cases.map((item) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={casePath(item.id)}>
                      {t(text.caseLabel, { reference: item.fileReference, number: item.number })}
                    </a>
                  </td>
                  <td class="kern-table__cell">{item.title}</td>
                  <td class="kern-table__cell">{`${item.departmentNumber} ${item.departmentName}`}</td>
                  <td class="kern-table__cell">{t(caseStatusText[item.status])}</td>
                  <td class="kern-table__cell">{formatDate(ctx, item.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageLink
        label={t(text.nextPage)}
        href={props.nextCursor ? hrefWith(CASES_PATH, { ...filter, nach: props.nextCursor }) : null}
      />
    </RecordsPage>
  );
}

type CaseView = Awaited<ReturnType<typeof describeCase>>;

export function CasePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  view: CaseView;
  notice?: string | undefined;
}) {
  const { ctx, view } = props;
  const t = translator(ctx);
  const item = view.case;
  const base = casePath(item.id);
  const fileOpen = view.file.status === 'open';
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={t(text.caseTitle, { number: item.number, title: item.title })}
      section={FILES_PATH}
      notice={props.notice}
    >
      {!fileOpen ? <Alert kind="info" title={t(text.fileClosedNotice)} /> : null}
      {fileOpen && item.status === 'closed' ? <Alert kind="info" title={t(text.caseClosedNotice)} /> : null}
      <Facts
        items={[
          [
            t(text.fileLabel),
            <a
              class="kern-link"
              href={filePath(view.file.id)}
            >{`${view.file.reference} ${view.file.title}`}</a>,
          ],
          [t(text.numberLabel), String(item.number)],
          [t(filesText.titleColumn), item.title],
          [t(filesText.statusColumn), t(caseStatusText[item.status])],
          [t(filesText.departmentLabel), `${view.details.departmentNumber} ${view.details.departmentName}`],
          [t(text.responsibleLabel), view.details.responsibleName ?? t(filesText.nobody)],
          [t(filesText.createdOn), formatDate(ctx, item.createdAt)],
          [t(filesText.createdBy), view.details.createdByName],
          [t(filesText.closedOn), view.details.closedAt ? formatDate(ctx, view.details.closedAt) : null],
        ]}
      />
      <div class="records-actions">
        {view.writable ? (
          <>
            <a class="kern-btn kern-btn--primary" href={`${base}/dokumente/neu`}>
              <span class="kern-label">{t(text.addDocuments)}</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href={`${base}/wiedervorlage`}>
              <span class="kern-label">{t(text.setResubmission)}</span>
            </a>
          </>
        ) : null}
        {view.mayChange && fileOpen ? (
          <>
            <ActionButton
              ctx={ctx}
              action={`${base}/${item.status === 'open' ? 'abschliessen' : 'wiedereroeffnen'}`}
              label={t(item.status === 'open' ? text.closeButton : text.reopenButton)}
            />
            <a class="kern-link" href={`${base}/verschieben`}>
              {t(text.moveLink)}
            </a>
          </>
        ) : null}
        {hasPermission(props.actor, 'audit.read') ? (
          <a class="kern-link" href={auditHref('case', item.id)}>
            {t(text.auditLink)}
          </a>
        ) : null}
      </div>
      <section aria-labelledby="documents-heading" class="stack">
        <Heading level={2} id="documents-heading">
          {t(text.documentsHeading)}
        </Heading>
        {view.documents.length === 0 ? (
          <p class="kern-body">{t(text.noDocuments)}</p>
        ) : (
          <ul class="kern-list">
            {view.documents.map((document) => (
              <li>
                <a class="kern-link" href={`${DOCUMENTS_PAGE_PATH}/${document.id}`}>
                  {document.title}
                </a>
                {` – ${formatDate(ctx, document.createdAt)}, ${t(text.versionColumn)} ${document.currentVersion}`}
              </li>
            ))}
          </ul>
        )}
        {view.moreDocuments ? (
          <p class="kern-body">{t(text.moreDocuments, { count: view.documents.length })}</p>
        ) : null}
      </section>
    </RecordsPage>
  );
}

export function MoveCasePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  caseId: string;
  number: number;
  fileReference: string;
  reference?: string | undefined;
  errors?: PageError[] | undefined;
}) {
  const { ctx, errors } = props;
  const t = translator(ctx);
  const base = casePath(props.caseId);
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={t(text.moveTitle, { number: props.number })}
      section={FILES_PATH}
      errors={errors}
    >
      <p class="kern-body">{t(text.moveIntro, { reference: props.fileReference })}</p>
      <form method="post" action={`${base}/verschieben`} novalidate class="stack">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <InputField
          id="reference"
          label={t(text.targetLabel)}
          value={props.reference}
          error={errorOf(errors, 'reference')}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(text.moveButton)}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={base}>
          {t(text.backToCase)}
        </a>
      </p>
    </RecordsPage>
  );
}
