// The list of files (filters, keyset paging) and the form for a new file.
import { hasPermission, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { ButtonLink } from '../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import { CASES_PATH, FILES_PATH, filePath } from './records.core.http.ts';
import {
  RecordsPage,
  errorOf,
  formatDate,
  hrefWith,
  NextPageLink,
  translator,
  type PageError,
} from './records.core.pages.tsx';
import { disposals } from './records.core.fields.ts';
import { filesText as text } from './records.files.messages.ts';
import { confidentialityText, disposalText, fileStatusText } from './records.messages.ts';
import { confidentialityLevels } from './records.policies.ts';
import type { RecordStatus } from './records.tables.ts';

export interface FileListView {
  id: string;
  reference: string;
  title: string;
  status: RecordStatus;
  createdAt: Date;
  departmentNumber: string;
  departmentName: string;
}

export interface Option {
  id: string;
  label: string;
}

export interface FileFilterForm {
  amt?: string | undefined;
  planknoten?: string | undefined;
  status?: string | undefined;
  suche?: string | undefined;
}

export function FilesListPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  files: FileListView[];
  nextCursor: string | null;
  filter: FileFilterForm;
  departments: Option[];
  planNodes: Option[];
}) {
  const { ctx, filter } = props;
  const t = translator(ctx);
  const any = { value: '', label: t(text.anyOption) };
  return (
    <RecordsPage ctx={ctx} actor={props.actor} title={t(text.listTitle)} section={FILES_PATH}>
      <p class="kern-body">{t(text.listIntro)}</p>
      <p class="kern-body">
        {hasPermission(props.actor, 'records.write') ? (
          <ButtonLink href={hrefWith(`${FILES_PATH}/neu`, { planknoten: filter.planknoten })}>
            {t(text.newFileLink)}
          </ButtonLink>
        ) : null}{' '}
        <a class="kern-link" href={CASES_PATH}>
          {t(text.casesLink)}
        </a>
      </p>
      <form method="get" action={FILES_PATH} class="records-filter" aria-label={t(text.filterHeading)}>
        <SelectField
          id="amt"
          label={t(text.departmentFilter)}
          value={filter.amt}
          options={[any, ...props.departments.map((d) => ({ value: d.id, label: d.label }))]}
        />
        <SelectField
          id="planknoten"
          label={t(text.planFilter)}
          value={filter.planknoten}
          options={[any, ...props.planNodes.map((n) => ({ value: n.id, label: n.label }))]}
        />
        <SelectField
          id="status"
          label={t(text.statusFilter)}
          value={filter.status}
          options={[
            any,
            ...(['open', 'closed'] as const).map((s) => ({ value: s, label: t(fileStatusText[s]) })),
          ]}
        />
        <InputField id="suche" label={t(text.textFilter)} value={filter.suche} type="search" />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t(text.filterButton)}</span>
        </button>
      </form>
      {props.files.length === 0 ? (
        <p class="kern-body">{t(text.noFiles)}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <thead>
              <tr class="kern-table__row">
                {[
                  text.referenceColumn,
                  text.titleColumn,
                  text.departmentColumn,
                  text.statusColumn,
                  text.createdColumn,
                ].map((column) => (
                  <th scope="col" class="kern-table__header">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.files.map((file) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={filePath(file.id)}>
                      {file.reference}
                    </a>
                  </td>
                  <td class="kern-table__cell">{file.title}</td>
                  <td class="kern-table__cell">{`${file.departmentNumber} ${file.departmentName}`}</td>
                  <td class="kern-table__cell">{t(fileStatusText[file.status])}</td>
                  <td class="kern-table__cell">{formatDate(ctx, file.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageLink
        label={t(text.nextPage)}
        href={props.nextCursor ? hrefWith(FILES_PATH, { ...filter, nach: props.nextCursor }) : null}
      />
    </RecordsPage>
  );
}

export interface NewFileForm {
  planNodeId: string;
  title: string;
  departmentId: string;
  confidentiality: string;
  retentionYears: string;
  disposal: string;
}

export function NewFilePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  planNodes: Option[];
  departments: Option[];
  form: NewFileForm;
  errors?: PageError[] | undefined;
}) {
  const { ctx, form, errors } = props;
  const t = translator(ctx);
  const fromPlan = { value: '', label: t(text.fromPlan) };
  return (
    <RecordsPage ctx={ctx} actor={props.actor} title={t(text.newTitle)} section={FILES_PATH} errors={errors}>
      <p class="kern-body">{t(text.newIntro)}</p>
      <form method="post" action={FILES_PATH} novalidate class="stack">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <SelectField
          id="planNodeId"
          label={t(text.planLabel)}
          value={form.planNodeId}
          error={errorOf(errors, 'planNodeId')}
          options={[
            { value: '', label: t(text.choosePlan) },
            ...props.planNodes.map((n) => ({ value: n.id, label: n.label })),
          ]}
        />
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
          id="confidentiality"
          label={t(text.confidentialityLabel)}
          value={form.confidentiality}
          error={errorOf(errors, 'confidentiality')}
          options={[
            fromPlan,
            ...confidentialityLevels.map((value) => ({ value, label: t(confidentialityText[value]) })),
          ]}
        />
        <InputField
          id="retentionYears"
          label={t(text.retentionLabel)}
          hint={t(text.fromPlan)}
          inputmode="numeric"
          value={form.retentionYears}
          error={errorOf(errors, 'retentionYears')}
        />
        <SelectField
          id="disposal"
          label={t(text.disposalLabel)}
          value={form.disposal}
          error={errorOf(errors, 'disposal')}
          options={[fromPlan, ...disposals.map((value) => ({ value, label: t(disposalText[value]) }))]}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(text.createButton)}</span>
        </button>
      </form>
    </RecordsPage>
  );
}
