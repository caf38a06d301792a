// The decide section of the case view: choose one of the service's notice templates, add the reason
// that fills {{begruendung}}, and make the notice (filed and delivered at once).
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Heading } from '../../../platform/ui/components.tsx';
import { SelectField, TextareaField } from '../../../platform/ui/form-fields.tsx';
import { decideText as text } from './applications.decide.messages.ts';
import { APPLICATION_PATHS } from './applications.paths.ts';

export function DecideSection(props: {
  ctx: RequestContext;
  applicationId: string;
  templates: { id: string; name: string }[];
  values?: { vorlage: string; begruendung: string };
  errors?: { field: string; message: string }[];
}) {
  const { ctx } = props;
  const t = (value: { de: string; en: string }) => translate(ctx.locale, value);
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  return (
    <section class="stack" aria-labelledby="entscheiden">
      <Heading level={2} id="entscheiden">
        {t(text.heading)}
      </Heading>
      {props.templates.length === 0 ? (
        <p class="kern-body">{t(text.noTemplates)}</p>
      ) : (
        <form
          method="post"
          action={APPLICATION_PATHS.officeAction(props.applicationId, 'entscheiden')}
          class="stack"
          novalidate
        >
          <CsrfField token={ctx.csrfToken} />
          <p class="kern-body">{t(text.intro)}</p>
          <SelectField
            id="vorlage"
            label={t(text.template)}
            value={props.values?.vorlage}
            error={errorOf('vorlage')}
            options={[
              { value: '', label: t(text.choose) },
              ...props.templates.map((template) => ({ value: template.id, label: template.name })),
            ]}
          />
          <TextareaField
            id="begruendung"
            label={t(text.reason)}
            hint={t(text.reasonHint)}
            value={props.values?.begruendung}
            error={errorOf('begruendung')}
            rows={5}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.submit)}</span>
          </button>
        </form>
      )}
    </section>
  );
}
