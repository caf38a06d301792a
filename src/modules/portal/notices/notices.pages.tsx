// The administrators' pages of notice templates: the templates of a service, and one form for a new or
// an existing template with the placeholders as help text.
import type { StaffActor } from '../../access/index.ts';
import { StaffPage } from '../../identity/index.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Heading } from '../../../platform/ui/components.tsx';
import { Badge, InputField, SelectField, TextareaField } from '../../../platform/ui/form-fields.tsx';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';
import type { CatalogueService } from '../catalogue/catalogue.index.ts';
import { kindText, pageText as text } from './notices.messages.ts';
import { NOTICE_PATHS } from './notices.paths.ts';
import { ANSWER_PREFIX, PLACEHOLDERS } from './notices.placeholders.ts';
import type { NoticeTemplate, NoticeTemplateListItem } from './notices.repository.ts';
import { noticeKinds } from './notices.tables.ts';
import type { TemplateInput } from './notices.validation.ts';

export interface PageError {
  field: string;
  message: string;
}

function translator(ctx: RequestContext) {
  return (value: Text, values?: Record<string, string | number>) => translate(ctx.locale, value, values);
}

function AdminPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  title: string;
  errors?: PageError[];
  notice?: string | undefined;
  children?: Child;
}) {
  return <StaffPage {...props} currentHref={NOTICE_PATHS.catalogueAdmin} />;
}

export function TemplateListPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  service: CatalogueService;
  templates: NoticeTemplateListItem[];
}) {
  const { ctx, service } = props;
  const t = translator(ctx);
  return (
    <AdminPage ctx={ctx} actor={props.actor} title={t(text.listTitle, { service: service.name })}>
      <p class="kern-body">{t(text.listIntro)}</p>
      <p class="kern-body">
        <a class="kern-link" href={NOTICE_PATHS.newOfService(service.id)}>
          {t(text.newLink)}
        </a>
      </p>
      {props.templates.length === 0 ? (
        <p class="kern-body">{t(text.empty)}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{t(text.listTitle, { service: service.name })}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                {[text.columnName, text.columnKind, text.columnStatus, text.columnPreview].map((column) => (
                  <th scope="col" class="kern-table__header">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.templates.map((template) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={NOTICE_PATHS.template(template.id)}>
                      {template.name}
                    </a>
                  </td>
                  <td class="kern-table__cell">{t(kindText[template.kind])}</td>
                  <td class="kern-table__cell">
                    <Badge
                      kind={template.active ? 'success' : 'info'}
                      label={t(template.active ? text.statusActive : text.statusInactive)}
                    />
                  </td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={NOTICE_PATHS.preview(template.id)}>
                      {t(text.previewLink, { name: template.name })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="kern-body">
        <a class="kern-link" href={NOTICE_PATHS.service(service.id)}>
          {t(text.backToService)}
        </a>
      </p>
    </AdminPage>
  );
}

/** The placeholders with what they stand for; the form's answers by field name where the form is known. */
function PlaceholderHelp(props: {
  ctx: RequestContext;
  answerFields: { name: string; label: string }[] | undefined;
}) {
  const t = translator(props.ctx);
  const rows: [string, string][] = PLACEHOLDERS.map((placeholder) => [
    `{{${placeholder.name}}}`,
    placeholder.description,
  ]);
  return (
    <section class="stack" aria-labelledby="placeholders-heading">
      <Heading level={2} size="medium" id="placeholders-heading">
        {t(text.placeholdersTitle)}
      </Heading>
      <p class="kern-body">{t(text.placeholdersIntro)}</p>
      <dl class="kern-description-list">
        {rows.map(([name, description]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">
              <code>{name}</code>
            </dt>
            <dd class="kern-description-list-item__value">{description}</dd>
          </div>
        ))}
      </dl>
      <Heading level={3} size="small">
        {t(text.answersTitle)}
      </Heading>
      {props.answerFields ? (
        <dl class="kern-description-list">
          {props.answerFields.map((field) => (
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">
                <code>{`{{${ANSWER_PREFIX}${field.name}}}`}</code>
              </dt>
              <dd class="kern-description-list-item__value">{field.label}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="kern-body">{t(text.answersGeneric)}</p>
      )}
    </section>
  );
}

export function TemplateFormPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  service: CatalogueService;
  values: TemplateInput;
  answerFields: { name: string; label: string }[] | undefined;
  /** Absent for a new template. */
  template?: NoticeTemplate | undefined;
  errors?: PageError[];
  notice?: string | undefined;
}) {
  const { ctx, values, service, template } = props;
  const t = translator(ctx);
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const action = template ? NOTICE_PATHS.template(template.id) : NOTICE_PATHS.newOfService(service.id);
  return (
    <AdminPage
      ctx={ctx}
      actor={props.actor}
      title={
        template ? t(text.editTitle, { name: template.name }) : t(text.newTitle, { service: service.name })
      }
      errors={props.errors ?? []}
      notice={props.notice}
    >
      {template ? (
        <p class="kern-body">
          <a class="kern-link" href={NOTICE_PATHS.preview(template.id)}>
            {t(text.previewLink, { name: template.name })}
          </a>
        </p>
      ) : null}
      <form method="post" action={action} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <InputField
          id="name"
          label={t(text.nameLabel)}
          hint={t(text.nameHint)}
          value={values.name}
          error={errorOf('name')}
        />
        <SelectField
          id="kind"
          label={t(text.kindLabel)}
          value={values.kind}
          error={errorOf('kind')}
          options={noticeKinds.map((kind) => ({ value: kind, label: t(kindText[kind]) }))}
        />
        <InputField
          id="subject"
          label={t(text.subjectLabel)}
          hint={t(text.subjectHint)}
          value={values.subject}
          error={errorOf('subject')}
        />
        <TextareaField
          id="body"
          label={t(text.bodyLabel)}
          hint={t(text.bodyHint)}
          value={values.body}
          error={errorOf('body')}
          rows={16}
        />
        <TextareaField
          id="legalRemedy"
          label={t(text.remedyLabel)}
          hint={t(text.remedyHint)}
          value={values.legalRemedy}
          error={errorOf('legalRemedy')}
          rows={6}
        />
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="active"
            name="active"
            value="ja"
            checked={values.active ? true : undefined}
            aria-describedby="active-hint"
          />
          <label class="kern-label" for="active">
            {t(text.activeLabel)}
          </label>
          <div class="kern-hint" id="active-hint">
            {t(text.activeHint)}
          </div>
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(template ? text.saveButton : text.createButton)}</span>
        </button>
      </form>
      <PlaceholderHelp ctx={ctx} answerFields={props.answerFields} />
      <p class="kern-body">
        <a class="kern-link" href={NOTICE_PATHS.ofService(service.id)}>
          {t(text.backToList)}
        </a>
      </p>
    </AdminPage>
  );
}
