// The administrators' pages of the catalogue: the list, and one form for a new or an existing service.
import type { StaffActor } from '../../access/index.ts';
import { StaffPage } from '../../identity/index.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { CsrfField, Heading } from '../../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../../platform/ui/form-fields.tsx';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';
import { departmentLabel, type Department } from './catalogue.departments.ts';
import { adminText as text, levelText } from './catalogue.messages.ts';
import { LevelBadge, TextareaField, translator } from './catalogue.parts.tsx';
import { CATALOGUE_PATHS } from './catalogue.paths.ts';
import type { ServiceListItem, ServiceRow } from './catalogue.repository.ts';
import { onlineLevels } from './catalogue.tables.ts';
import { FEE_ROWS, type ServiceInput } from './catalogue.validation.ts';

export interface PageError {
  field: string;
  message: string;
}

function AdminPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  title: string;
  errors?: PageError[];
  notice?: string | undefined;
  children?: Child;
}) {
  return <StaffPage {...props} currentHref={CATALOGUE_PATHS.admin} />;
}

export function AdminListPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  services: ServiceListItem[];
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const t = translator(ctx);
  return (
    <AdminPage ctx={ctx} actor={props.actor} title={t(text.listTitle)} notice={props.notice}>
      <p class="kern-body">
        <a class="kern-link" href={CATALOGUE_PATHS.adminNew}>
          {t(text.newLink)}
        </a>
      </p>
      {props.services.length === 0 ? (
        <p class="kern-body">{t(text.empty)}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{t(text.listTitle)}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                {[text.columnName, text.columnDepartment, text.columnLevel, text.columnStatus].map(
                  (column) => (
                    <th scope="col" class="kern-table__header">
                      {t(column)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.services.map((service) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={CATALOGUE_PATHS.adminService(service.id)}>
                      {service.name}
                    </a>
                  </td>
                  <td class="kern-table__cell">{service.departmentName}</td>
                  <td class="kern-table__cell">{t(levelText[service.onlineLevel])}</td>
                  <td class="kern-table__cell">
                    {t(service.online ? text.statusOnline : text.statusOffline)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

export function ServiceFormPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  departments: Department[];
  values: ServiceInput;
  /** Absent for a new service. */
  service?: ServiceRow | undefined;
  errors?: PageError[];
  notice?: string | undefined;
}) {
  const { ctx, values, service } = props;
  const t = translator(ctx);
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const action = service ? CATALOGUE_PATHS.adminService(service.id) : CATALOGUE_PATHS.adminNew;
  const field = (id: keyof ServiceInput & string, label: string, hint?: string) => (
    <InputField id={id} label={label} hint={hint} value={String(values[id])} error={errorOf(id)} />
  );
  const area = (id: keyof ServiceInput & string, label: string, hint?: string, rows?: number) => (
    <TextareaField
      id={id}
      label={label}
      hint={hint}
      value={String(values[id])}
      error={errorOf(id)}
      rows={rows}
    />
  );
  const feeRows = Array.from(
    { length: FEE_ROWS },
    (_, index) => values.fees[index] ?? { label: '', amount: '', note: '' },
  );
  return (
    <AdminPage
      ctx={ctx}
      actor={props.actor}
      title={service ? t(text.editTitle, { name: service.name }) : t(text.newTitle)}
      errors={props.errors ?? []}
      notice={props.notice}
    >
      {service ? (
        <div class="stack">
          <p class="kern-body">
            <LevelBadge ctx={ctx} level={service.onlineLevel} online={service.online} />{' '}
            <a class="kern-link" href={CATALOGUE_PATHS.service(service.slug)}>
              {t(text.publicLink)}
            </a>{' '}
            ·{' '}
            <a class="kern-link" href={`/intern/leistungen/${service.id}/bescheidvorlagen`}>
              {t(text.noticeTemplatesLink)}
            </a>
          </p>
          <form method="post" action={CATALOGUE_PATHS.adminOnline(service.id)} class="inline-form">
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="online" value={service.online ? 'nein' : 'ja'} />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{t(service.online ? text.takeOffline : text.bringOnline)}</span>
            </button>
          </form>
        </div>
      ) : null}
      <form method="post" action={action} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <Heading level={2} size="medium">
          {t(text.sectionBasics)}
        </Heading>
        {field('name', t(text.nameLabel))}
        {field('slug', t(text.slugLabel), t(text.slugHint))}
        {area('summary', t(text.summaryLabel), t(text.summaryHint), 2)}
        {area('description', t(text.descriptionLabel), t(text.descriptionHint), 8)}
        {field('keywords', t(text.keywordsLabel), t(text.keywordsHint))}
        <Heading level={2} size="medium">
          {t(text.sectionFacts)}
        </Heading>
        <SelectField
          id="departmentId"
          label={t(text.departmentLabel)}
          value={values.departmentId}
          error={errorOf('departmentId')}
          options={[
            { value: '', label: t(text.departmentChoose) },
            ...props.departments.map((department) => ({
              value: department.id,
              label: departmentLabel(department),
            })),
          ]}
        />
        {field('leikaKey', t(text.leikaLabel), t(text.leikaHint))}
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t(text.feesLegend)}</legend>
          <div class="kern-hint">{t(text.feesHint)}</div>
          <div class="kern-fieldset__body stack">
            {feeRows.map((fee, index) => (
              <div class="stack">
                <InputField
                  id={`feeLabel${index}`}
                  label={t(text.feeLabelLabel, { n: index + 1 })}
                  value={fee.label}
                  error={errorOf(`feeLabel${index}`)}
                />
                <InputField
                  id={`feeAmount${index}`}
                  label={t(text.feeAmountLabel, { n: index + 1 })}
                  inputmode="decimal"
                  value={fee.amount}
                  error={errorOf(`feeAmount${index}`)}
                />
                <InputField
                  id={`feeNote${index}`}
                  label={t(text.feeNoteLabel, { n: index + 1 })}
                  value={fee.note}
                  error={errorOf(`feeNote${index}`)}
                />
              </div>
            ))}
          </div>
        </fieldset>
        {area('requiredDocuments', t(text.documentsLabel), t(text.documentsHint), 4)}
        {area('legalBasis', t(text.legalBasisLabel), undefined, 2)}
        <Heading level={2} size="medium">
          {t(text.sectionOnline)}
        </Heading>
        <SelectField
          id="onlineLevel"
          label={t(text.levelLabel)}
          value={values.onlineLevel}
          error={errorOf('onlineLevel')}
          options={onlineLevels.map((level) => ({ value: level, label: t(levelText[level]) }))}
        />
        {field('formKey', t(text.formKeyLabel), t(text.formKeyHint))}
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="online"
            name="online"
            value="ja"
            checked={values.online ? true : undefined}
            aria-describedby="online-hint"
          />
          <label class="kern-label" for="online">
            {t(text.onlineCheckbox)}
          </label>
          <div class="kern-hint" id="online-hint">
            {t(text.onlineHint)}
          </div>
        </div>
        <Heading level={2} size="medium">
          {t(text.sectionEnglish)}
        </Heading>
        {field('nameEn', t(text.nameEnLabel))}
        {area('summaryEn', t(text.summaryEnLabel), undefined, 2)}
        {area('descriptionEn', t(text.descriptionEnLabel), undefined, 6)}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(service ? text.saveButton : text.createButton)}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={CATALOGUE_PATHS.admin}>
          {t(text.backToList)}
        </a>
      </p>
    </AdminPage>
  );
}
