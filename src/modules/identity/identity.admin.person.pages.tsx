// The administration page of one person: roles (assign, remove) and the account's status.
import type { StaffActor, StaffRole } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { SelectField } from './identity.admin.fields.tsx';
import { adminText as text } from './identity.admin.messages.ts';
import { PEOPLE_PATH, type PageError } from './identity.admin.pages.tsx';
import { staffRoles } from './identity.admin.usecases.ts';
import { roleText } from './identity.messages.ts';
import { StaffLayout } from './identity.pages.tsx';

export function PersonPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  person: {
    id: string;
    email: string;
    displayName: string;
    active: boolean;
    assignments: { role: StaffRole; departmentId: string; number: string; name: string }[];
  };
  departments: { id: string; number: string; name: string }[];
  form?: { departmentId: string; role: string };
  errors?: PageError[];
  notice?: Text | undefined;
}) {
  const { ctx, person } = props;
  const t = (value: Text, values?: Record<string, string>) => translate(ctx.locale, value, values);
  const errors = props.errors ?? [];
  const base = `${PEOPLE_PATH}/${person.id}`;
  const title = `${person.displayName} (${person.email})`;
  return (
    <StaffLayout
      ctx={ctx}
      actor={props.actor}
      title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${title}` : title}
      currentHref={PEOPLE_PATH}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.notice ? <Alert kind="success" title={t(props.notice)} /> : null}
      <Heading>{title}</Heading>
      <p class="kern-body">{t(person.active ? text.active : text.inactive)}</p>
      <form method="post" action={`${base}/${person.active ? 'deaktivieren' : 'reaktivieren'}`}>
        <CsrfField token={ctx.csrfToken} />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t(person.active ? text.deactivateButton : text.reactivateButton)}</span>
        </button>
      </form>
      <section aria-labelledby="roles-heading" class="stack">
        <Heading level={2} id="roles-heading">
          {t(text.rolesHeading)}
        </Heading>
        {person.assignments.length === 0 ? <p class="kern-body">{t(text.noRoles)}</p> : null}
        <ul class="kern-list">
          {person.assignments.map((grant) => {
            const department = `${grant.number} ${grant.name}`;
            const role = t(roleText[grant.role]);
            return (
              <li>
                <form method="post" action={`${base}/rollen/entziehen`}>
                  <CsrfField token={ctx.csrfToken} />
                  <input type="hidden" name="departmentId" value={grant.departmentId} />
                  <input type="hidden" name="role" value={grant.role} />
                  {`${department}: ${role} `}
                  <button
                    class="kern-btn kern-btn--secondary kern-btn--x-small"
                    type="submit"
                    aria-label={t(text.revokeLabel, { role, department })}
                  >
                    <span class="kern-label">{t(text.revokeButton)}</span>
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
        <Heading level={3}>{t(text.grantHeading)}</Heading>
        <form method="post" action={`${base}/rollen`} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            id="departmentId"
            label={t(text.departmentLabel)}
            value={props.form?.departmentId}
            error={errors.find((e) => e.field === 'departmentId')?.message}
            options={props.departments.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))}
          />
          <SelectField
            id="role"
            label={t(text.roleLabel)}
            value={props.form?.role}
            error={errors.find((e) => e.field === 'role')?.message}
            options={staffRoles.map((role) => ({ value: role, label: t(roleText[role]) }))}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.grantButton)}</span>
          </button>
        </form>
      </section>
      <p class="kern-body">
        <a class="kern-link" href={PEOPLE_PATH}>
          {t(text.backToPeople)}
        </a>
      </p>
    </StaffLayout>
  );
}
