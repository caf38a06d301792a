// One file's page (metadata, cases, related files, actions) and its edit form.
import { hasPermission, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import type { describeFile } from './records.files.queries.ts';
import { FILES_PATH, casePath, filePath, planNodePath } from './records.core.http.ts';
import {
  ActionButton,
  Facts,
  RecordsPage,
  errorOf,
  formatDate,
  formatDay,
  hrefWith,
  NextPageLink,
  translator,
  yearsLabel,
  type PageError,
} from './records.core.pages.tsx';
import { disposals } from './records.core.fields.ts';
import { filesText as text } from './records.files.messages.ts';
import { caseStatusText, confidentialityText, disposalText, fileStatusText } from './records.messages.ts';
import { confidentialityLevels } from './records.policies.ts';
import type { Option } from './records.files.pages.tsx';

type FileView = Awaited<ReturnType<typeof describeFile>>;

export function auditHref(objectType: string, objectId: string): string {
  return hrefWith('/intern/protokoll', { objekttyp: objectType, objekt: objectId });
}

export function FilePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  view: FileView;
  casesCursor?: string | undefined;
  caseTitle?: string | undefined;
  linkReference?: string | undefined;
  errors?: PageError[] | undefined;
  notice?: string | undefined;
}) {
  const { ctx, view, errors } = props;
  const { file } = view;
  const t = translator(ctx);
  const base = filePath(file.id);
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={`${t(text.fileTitle, { reference: file.reference })}: ${file.title}`}
      section={FILES_PATH}
      errors={errors}
      notice={props.notice}
    >
      {file.status === 'closed' ? <Alert kind="info" title={t(text.closedNotice)} /> : null}
      <Facts
        items={[
          [t(text.referenceColumn), file.reference],
          [t(text.titleColumn), file.title],
          [
            t(text.planGroup),
            <a
              class="kern-link"
              href={planNodePath(file.planNodeId)}
            >{`${file.planCode} ${file.planTitle}`}</a>,
          ],
          [t(text.departmentLabel), `${file.departmentNumber} ${file.departmentName}`],
          [t(text.responsibleLabel), file.responsibleName ?? t(text.nobody)],
          [t(text.confidentialityLabel), t(confidentialityText[file.confidentiality])],
          [t(text.statusColumn), t(fileStatusText[file.status])],
          [t(text.retention), `${yearsLabel(t, file.retentionYears)}, ${t(disposalText[file.disposal])}`],
          [t(text.createdOn), formatDate(ctx, file.createdAt)],
          [t(text.createdBy), file.createdByName],
          [t(text.closedOn), file.closedAt ? formatDate(ctx, file.closedAt) : null],
          [t(text.retentionUntil), file.retentionUntil ? formatDay(ctx, file.retentionUntil) : null],
        ]}
      />
      <div class="records-actions">
        {view.writable ? (
          <a class="kern-btn kern-btn--secondary" href={`${base}/bearbeiten`}>
            <span class="kern-label">{t(text.editLink)}</span>
          </a>
        ) : null}
        {view.writable ? (
          <ActionButton ctx={ctx} action={`${base}/schliessen`} label={t(text.closeButton)} />
        ) : null}
        {view.mayReopen ? (
          <ActionButton ctx={ctx} action={`${base}/wiedereroeffnen`} label={t(text.reopenButton)} />
        ) : null}
        {hasPermission(props.actor, 'audit.read') ? (
          <a class="kern-link" href={auditHref('file', file.id)}>
            {t(text.auditLink)}
          </a>
        ) : null}
      </div>
      {view.writable ? <p class="kern-body kern-body--small">{t(text.closeHint)}</p> : null}

      <section aria-labelledby="cases-heading" class="stack">
        <Heading level={2} id="cases-heading">
          {t(text.casesHeading)}
        </Heading>
        {view.cases.items.length === 0 ? (
          <p class="kern-body">{t(text.noCases)}</p>
        ) : (
          <ul class="kern-list">
            {view.cases.items.map((item) => (
              <li>
                <a class="kern-link" href={casePath(item.id)}>{`${item.number}. ${item.title}`}</a>
                {` – ${t(caseStatusText[item.status])}, ${formatDate(ctx, item.createdAt)}`}
              </li>
            ))}
          </ul>
        )}
        <NextPageLink
          label={t(text.moreCases)}
          href={view.cases.nextCursor ? hrefWith(base, { vorgaenge_nach: view.cases.nextCursor }) : null}
        />
        {view.writable ? (
          <form
            method="post"
            action={`${base}/vorgaenge`}
            novalidate
            class="stack"
            aria-labelledby="new-case-heading"
          >
            <Heading level={3} id="new-case-heading">
              {t(text.newCaseHeading)}
            </Heading>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <InputField
              id="title"
              label={t(text.caseTitleLabel)}
              value={props.caseTitle}
              error={errorOf(errors, 'title')}
            />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t(text.newCaseButton)}</span>
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="links-heading" class="stack">
        <Heading level={2} id="links-heading">
          {t(text.linksHeading)}
        </Heading>
        {view.links.visible.length === 0 && view.links.hiddenCount === 0 ? (
          <p class="kern-body">{t(text.noLinks)}</p>
        ) : null}
        <ul class="kern-list">
          {view.links.visible.map((other) => (
            <li>
              <a class="kern-link" href={filePath(other.id)}>{`${other.reference} ${other.title}`}</a>{' '}
              {view.writable ? (
                <form method="post" action={`${base}/bezuege/${other.id}/entfernen`} class="inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button
                    class="kern-btn kern-btn--tertiary kern-btn--x-small"
                    type="submit"
                    aria-label={t(text.unlinkLabel, { reference: other.reference })}
                  >
                    <span class="kern-label">{t(text.unlinkButton)}</span>
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {view.links.hiddenCount > 0 ? (
          <p class="kern-body">{t(text.hiddenLinks, { count: view.links.hiddenCount })}</p>
        ) : null}
        {view.writable ? (
          <form method="post" action={`${base}/bezuege`} novalidate class="stack">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <InputField
              id="reference"
              label={t(text.linkLabel)}
              value={props.linkReference}
              error={errorOf(errors, 'reference')}
            />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{t(text.linkButton)}</span>
            </button>
          </form>
        ) : null}
      </section>
    </RecordsPage>
  );
}

export interface EditFileForm {
  title: string;
  departmentId: string;
  responsibleStaffId: string;
  confidentiality: string;
  retentionYears: string;
  disposal: string;
  rowVersion: string;
}

export function EditFilePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  fileId: string;
  reference: string;
  form: EditFileForm;
  departments: Option[];
  people: Option[];
  errors?: PageError[] | undefined;
}) {
  const { ctx, form, errors } = props;
  const t = translator(ctx);
  const base = filePath(props.fileId);
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={t(text.editTitle, { reference: props.reference })}
      section={FILES_PATH}
      errors={errors}
    >
      <form method="post" action={`${base}/bearbeiten`} novalidate class="stack">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="rowVersion" value={form.rowVersion} />
        <InputField
          id="title"
          label={t(text.titleLabel)}
          value={form.title}
          error={errorOf(errors, 'title')}
        />
        <SelectField
          id="departmentId"
          label={t(text.departmentLabel)}
          value={form.departmentId}
          error={errorOf(errors, 'departmentId')}
          options={props.departments.map((d) => ({ value: d.id, label: d.label }))}
        />
        <SelectField
          id="responsibleStaffId"
          label={t(text.responsibleLabel)}
          value={form.responsibleStaffId}
          error={errorOf(errors, 'responsibleStaffId')}
          options={[
            { value: '', label: t(text.nobody) },
            ...props.people.map((p) => ({ value: p.id, label: p.label })),
          ]}
        />
        <p class="kern-hint">{t(text.responsibleHint)}</p>
        <SelectField
          id="confidentiality"
          label={t(text.confidentialityLabel)}
          value={form.confidentiality}
          error={errorOf(errors, 'confidentiality')}
          options={confidentialityLevels.map((value) => ({ value, label: t(confidentialityText[value]) }))}
        />
        <InputField
          id="retentionYears"
          label={t(text.retentionLabel)}
          inputmode="numeric"
          value={form.retentionYears}
          error={errorOf(errors, 'retentionYears')}
        />
        <SelectField
          id="disposal"
          label={t(text.disposalLabel)}
          value={form.disposal}
          error={errorOf(errors, 'disposal')}
          options={disposals.map((value) => ({ value, label: t(disposalText[value]) }))}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(text.saveButton)}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={base}>
          {t(text.backToFile)}
        </a>
      </p>
    </RecordsPage>
  );
}
