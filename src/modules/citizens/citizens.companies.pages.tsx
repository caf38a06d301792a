// Business account pages: the list of one's companies with the choice whom to act for, and the form to
// create or change a company.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../platform/ui/components.tsx';
import { SelectField } from '../../platform/ui/form-fields.tsx';
import { companyText } from './citizens.companies.messages.ts';
import { legalForms, type CompanyForm } from './citizens.companies.validation.ts';
import { Field, Page, Submit, t, type FieldError } from './citizens.layout.tsx';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import type { CompanyRole } from './citizens.tables.ts';

export interface CompanyListItem {
  id: string;
  name: string;
  legalForm: string;
  role: CompanyRole;
}

export function CompaniesPage({
  ctx,
  displayName,
  companies,
  actingFor,
  notice,
}: {
  ctx: RequestContext;
  displayName: string;
  companies: CompanyListItem[];
  /** The company this session acts for; undefined: the person themselves. */
  actingFor: string | undefined;
  notice?: string | undefined;
}) {
  const actingName = companies.find((company) => company.id === actingFor)?.name;
  return (
    <Page ctx={ctx} title={companyText.listTitle} current={CITIZEN_PATHS.companies} signedIn>
      {notice ? <Alert kind="success" title={notice} /> : null}
      <p class="kern-body">{t(ctx, companyText.listIntro)}</p>
      <p class="kern-body" id="acting-for">
        {actingName ? t(ctx, companyText.actingNow, { name: actingName }) : t(ctx, companyText.actingSelfNow)}
      </p>
      {companies.length > 0 ? (
        <form method="post" action={CITIZEN_PATHS.actingFor} class="stack">
          <CsrfField token={ctx.csrfToken} />
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t(ctx, companyText.actingHeading)}</legend>
            <div class="kern-fieldset__body">
              {[{ id: '', label: t(ctx, companyText.actingForSelf, { name: displayName }) }]
                .concat(companies.map((company) => ({ id: company.id, label: company.name })))
                .map((choice, index) => (
                  <div class="kern-form-check">
                    <input
                      class="kern-form-check__radio"
                      type="radio"
                      id={`companyId-${index}`}
                      name="companyId"
                      value={choice.id}
                      checked={(actingFor ?? '') === choice.id}
                    />
                    <label class="kern-label" for={`companyId-${index}`}>
                      {choice.label}
                    </label>
                  </div>
                ))}
            </div>
          </fieldset>
          <Submit label={t(ctx, companyText.actingSwitch)} />
        </form>
      ) : null}
      <section aria-labelledby="companies-heading" class="stack">
        <Heading level={2} id="companies-heading">
          {t(ctx, companyText.yourCompanies)}
        </Heading>
        {companies.length === 0 ? (
          <p class="kern-body">{t(ctx, companyText.none)}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <caption class="kern-sr-only">{t(ctx, companyText.yourCompanies)}</caption>
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  {[companyText.nameColumn, companyText.legalFormColumn, companyText.roleColumn].map(
                    (column) => (
                      <th scope="col" class="kern-table__header">
                        {t(ctx, column)}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {companies.map((company) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      <a class="kern-link" href={CITIZEN_PATHS.company(company.id)}>
                        {company.name}
                      </a>
                    </td>
                    <td class="kern-table__cell">{company.legalForm}</td>
                    <td class="kern-table__cell">{t(ctx, companyText.roles[company.role])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ButtonLink href={CITIZEN_PATHS.companyNew} variant="secondary">
          {t(ctx, companyText.create)}
        </ButtonLink>
      </section>
    </Page>
  );
}

export const emptyCompanyForm: CompanyForm = {
  name: '',
  legalForm: '',
  registerCourt: '',
  registerNumber: '',
  taxNumber: '',
  street: '',
  postalCode: '',
  city: '',
};

export function CompanyFormPage({
  ctx,
  companyId,
  values,
  errors = [],
}: {
  ctx: RequestContext;
  /** Set when an existing company is changed; otherwise a new one is created. */
  companyId?: string | undefined;
  values: CompanyForm;
  errors?: FieldError[];
}) {
  const action = companyId ? CITIZEN_PATHS.companyEdit(companyId) : CITIZEN_PATHS.companyNew;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <Page
      ctx={ctx}
      title={companyId ? companyText.editTitle : companyText.newTitle}
      current={CITIZEN_PATHS.companies}
      signedIn
      errors={errors}
    >
      <p class="kern-body">{t(ctx, companyText.newIntro)}</p>
      <form method="post" action={action} novalidate class="stack">
        <CsrfField token={ctx.csrfToken} />
        <Field
          id="name"
          label={t(ctx, companyText.nameLabel)}
          autocomplete="organization"
          value={values.name}
          errors={errors}
        />
        <SelectField
          id="legalForm"
          label={t(ctx, companyText.legalFormLabel)}
          options={[
            { value: '', label: t(ctx, companyText.legalFormChoose) },
            ...legalForms.map((form) => ({ value: form, label: form })),
          ]}
          value={values.legalForm}
          error={errorOf('legalForm')}
        />
        <Field
          id="registerCourt"
          label={t(ctx, companyText.registerCourtLabel)}
          hint={t(ctx, companyText.registerCourtHint)}
          value={values.registerCourt}
          errors={errors}
        />
        <Field
          id="registerNumber"
          label={t(ctx, companyText.registerNumberLabel)}
          hint={t(ctx, companyText.registerNumberHint)}
          value={values.registerNumber}
          errors={errors}
        />
        <Field
          id="taxNumber"
          label={t(ctx, companyText.taxNumberLabel)}
          hint={t(ctx, companyText.taxNumberHint)}
          inputmode="numeric"
          value={values.taxNumber}
          errors={errors}
        />
        <Field id="street" label={t(ctx, companyText.streetLabel)} value={values.street} errors={errors} />
        <Field
          id="postalCode"
          label={t(ctx, companyText.postalCodeLabel)}
          inputmode="numeric"
          value={values.postalCode}
          errors={errors}
        />
        <Field id="city" label={t(ctx, companyText.cityLabel)} value={values.city} errors={errors} />
        <Submit label={t(ctx, companyId ? companyText.save : companyText.create)} />
      </form>
    </Page>
  );
}
