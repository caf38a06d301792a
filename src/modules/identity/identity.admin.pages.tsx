// Administration pages: departments (a tree), people (paged), one person with roles and status.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import type { Child, SafeHtml } from '../../platform/ui/jsx-runtime.ts';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { InputField, SelectField } from './identity.admin.fields.tsx';
import { adminText as text } from './identity.admin.messages.ts';
import type { DepartmentNode } from './identity.admin.usecases.ts';
import { StaffLayout } from './identity.pages.tsx';

export const DEPARTMENTS_PATH = '/intern/verwaltung/aemter';
export const PEOPLE_PATH = '/intern/verwaltung/personen';

export interface PageError {
  field: string;
  message: string;
}

function Page(props: {
  ctx: RequestContext;
  actor: StaffActor;
  title: string;
  href: string;
  errors?: PageError[];
  notice?: Text | undefined;
  children?: Child;
}) {
  const t = (value: Text) => translate(props.ctx.locale, value);
  const errors = props.errors ?? [];
  return (
    <StaffLayout
      ctx={props.ctx}
      actor={props.actor}
      title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${props.title}` : props.title}
      currentHref={props.href}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.notice ? <Alert kind="success" title={t(props.notice)} /> : null}
      <Heading>{props.title}</Heading>
      {props.children}
    </StaffLayout>
  );
}

const errorOf = (errors: PageError[], field: string) => errors.find((e) => e.field === field)?.message;

export function DepartmentsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  tree: DepartmentNode[];
  departments: { id: string; number: string; name: string }[];
  form?: { number: string; name: string; parentId: string };
  errors?: PageError[];
  notice?: Text | undefined;
}) {
  const { ctx } = props;
  const t = (value: Text, values?: Record<string, string>) => translate(ctx.locale, value, values);
  const errors = props.errors ?? [];
  const form = props.form ?? { number: '', name: '', parentId: '' };
  const Tree = ({ nodes }: { nodes: DepartmentNode[] }): SafeHtml | null =>
    nodes.length === 0 ? null : (
      <ul class="kern-list">
        {nodes.map((node) => (
          <li>
            <form method="post" action={`${DEPARTMENTS_PATH}/${node.id}/umbenennen`} class="inline-form">
              <CsrfField token={ctx.csrfToken} />
              <InputField
                id={`name-${node.id}`}
                name="name"
                label={t(text.renameLabel, { number: node.number })}
                value={node.name}
                error={errorOf(errors, `name-${node.id}`)}
              />
              <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit">
                <span class="kern-label">{t(text.renameButton)}</span>
              </button>
            </form>
            <Tree nodes={node.children} />
          </li>
        ))}
      </ul>
    );
  return (
    <Page
      ctx={ctx}
      actor={props.actor}
      title={t(text.departmentsTitle)}
      href={DEPARTMENTS_PATH}
      errors={errors}
      notice={props.notice}
    >
      <p class="kern-body">{t(text.departmentsIntro)}</p>
      {props.tree.length === 0 ? (
        <p class="kern-body">{t(text.noDepartments)}</p>
      ) : (
        <Tree nodes={props.tree} />
      )}
      <section aria-labelledby="create-heading" class="stack">
        <Heading level={2} id="create-heading">
          {t(text.createDepartmentHeading)}
        </Heading>
        <form method="post" action={DEPARTMENTS_PATH} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          <InputField
            id="number"
            label={t(text.numberLabel)}
            hint={t(text.numberHint)}
            value={form.number}
            error={errorOf(errors, 'number')}
          />
          <InputField id="name" label={t(text.nameLabel)} value={form.name} error={errorOf(errors, 'name')} />
          <SelectField
            id="parentId"
            label={t(text.parentLabel)}
            value={form.parentId}
            error={errorOf(errors, 'parentId')}
            options={[
              { value: '', label: t(text.noParent) },
              ...props.departments.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` })),
            ]}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.createDepartmentButton)}</span>
          </button>
        </form>
      </section>
    </Page>
  );
}

export function PeoplePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  people: { id: string; email: string; displayName: string; active: boolean }[];
  nextCursor: string | null;
  form?: { displayName: string; email: string };
  errors?: PageError[];
}) {
  const { ctx } = props;
  const t = (value: Text) => translate(ctx.locale, value);
  const errors = props.errors ?? [];
  const form = props.form ?? { displayName: '', email: '' };
  return (
    <Page ctx={ctx} actor={props.actor} title={t(text.peopleTitle)} href={PEOPLE_PATH} errors={errors}>
      <p class="kern-body">{t(text.peopleIntro)}</p>
      <div class="kern-table-responsive">
        <table class="kern-table">
          <thead>
            <tr class="kern-table__row">
              {[text.displayNameLabel, text.emailColumn, text.statusColumn].map((column) => (
                <th scope="col" class="kern-table__header">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {props.people.map((person) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  <a class="kern-link" href={`${PEOPLE_PATH}/${person.id}`}>
                    {person.displayName}
                  </a>
                </td>
                <td class="kern-table__cell">{person.email}</td>
                <td class="kern-table__cell">{t(person.active ? text.active : text.inactive)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.nextCursor ? (
        <p class="kern-body">
          <a class="kern-link" href={`${PEOPLE_PATH}?nach=${encodeURIComponent(props.nextCursor)}`}>
            {t(text.nextPage)}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="create-heading" class="stack">
        <Heading level={2} id="create-heading">
          {t(text.createStaffHeading)}
        </Heading>
        <form method="post" action={PEOPLE_PATH} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          <InputField
            id="displayName"
            label={t(text.displayNameLabel)}
            value={form.displayName}
            error={errorOf(errors, 'displayName')}
          />
          <InputField
            id="email"
            type="email"
            label={t(text.emailLabel)}
            value={form.email}
            error={errorOf(errors, 'email')}
          />
          <InputField
            id="password"
            type="password"
            autocomplete="new-password"
            label={t(text.initialPasswordLabel)}
            hint={t(text.initialPasswordHint)}
            error={errorOf(errors, 'password')}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.createStaffButton)}</span>
          </button>
        </form>
      </section>
    </Page>
  );
}
