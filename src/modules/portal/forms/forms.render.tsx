// One step of a form as a page part: error summary, step heading, the fields, "Weiter"/"Zurück". Works
// without JavaScript: "add another", "remove" and removing an uploaded file are submit buttons (name
// "aktion"), handled by parseStep.
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary } from '../../../platform/ui/components.tsx';
import { uiText } from '../../../platform/ui/ui.messages.ts';
import { isFieldVisible, isRequired, pruneHidden, scopeOf } from './forms.conditions.ts';
import { FieldView, type FieldViewContext } from './forms.fields.tsx';
import { stepPosition } from './forms.flow.ts';
import { formsText } from './forms.messages.ts';
import { SubmitButton } from './forms.inputs.tsx';
import type { FieldProblem, FormDefinition, FormValues, RawValues } from './forms.types.ts';
import { findStep } from './forms.validate.ts';

export const NEXT_ACTION = 'weiter';

/** The error summary's entries: each problem's text linked to its input (#id). */
export function problemLinks(ctx: RequestContext, problems: readonly FieldProblem[]) {
  return problems.map((problem) => ({
    field: problem.field,
    message: translate(ctx.locale, problem.text, problem.values),
  }));
}

export function FormErrorSummary(props: { ctx: RequestContext; problems: readonly FieldProblem[] }) {
  return (
    <ErrorSummary
      title={translate(props.ctx.locale, uiText.errorSummaryTitle)}
      errors={problemLinks(props.ctx, props.problems)}
    />
  );
}

export function FormStep(props: {
  ctx: RequestContext;
  definition: FormDefinition;
  stepId: string;
  values: FormValues;
  raw?: RawValues;
  problems: readonly FieldProblem[];
  action: string;
  csrfToken: string;
  backHref?: string;
  /** Level of the step's title; default 2 (the page's h1 is the form's title). */
  headingLevel?: 1 | 2;
  /** Set false when the page shows the error summary itself (e.g. above its h1). */
  errorSummary?: boolean;
}) {
  const { ctx, definition, problems } = props;
  const t = (text: Text, values?: Record<string, string | number>) => translate(ctx.locale, text, values);
  const step = findStep(definition, props.stepId);
  if (!step) throw new Error(`Form ${definition.key} has no step ${props.stepId}`);
  const values = pruneHidden(definition, props.values);
  const errors = new Map<string, string>();
  for (const problem of problems) {
    const message = translate(ctx.locale, problem.text, problem.values);
    errors.set(
      problem.field,
      errors.has(problem.field) ? `${errors.get(problem.field)} ${message}` : message,
    );
  }
  const view: FieldViewContext = { locale: ctx.locale, raw: props.raw ?? {}, errors, scope: scopeOf(values) };
  const fields = step.fields.filter((field) => isFieldVisible(field, view.scope));
  const hasFiles = fields.some((field) => field.kind === 'file');
  const hasGroups = fields.some((field) => field.kind === 'group');
  const position = stepPosition(definition, values, step.id);
  const Title = props.headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div class="stack">
      {props.errorSummary === false ? null : <FormErrorSummary ctx={ctx} problems={problems} />}
      <div>
        {position.number > 0 ? <p class="kern-hint">{t(formsText.stepOf, position)}</p> : null}
        <Title class={Title === 'h1' ? 'kern-heading-x-large' : 'kern-heading-large'}>{t(step.title)}</Title>
      </div>
      {step.intro ? <p class="kern-body">{t(step.intro)}</p> : null}
      <form
        method="post"
        action={props.action}
        class="stack"
        novalidate
        enctype={hasFiles ? 'multipart/form-data' : undefined}
      >
        <CsrfField token={props.csrfToken} />
        {hasGroups ? (
          // Enter in a text field submits with the form's first button; without this one it would be "add".
          <button
            type="submit"
            name="aktion"
            value={NEXT_ACTION}
            class="kern-sr-only"
            tabindex="-1"
            aria-hidden="true"
          >
            {t(formsText.next)}
          </button>
        ) : null}
        {fields.map((field) => (
          <FieldView
            field={{ ...field, required: isRequired(field, view.scope) }}
            path={[field.name]}
            value={values[field.name]}
            view={view}
          />
        ))}
        <div class="kern-btn-wrapper">
          <SubmitButton label={t(formsText.next)} value={NEXT_ACTION} />
          {props.backHref ? (
            <a class="kern-btn kern-btn--secondary" href={props.backHref}>
              <span class="kern-label">{t(formsText.back)}</span>
            </a>
          ) : null}
        </div>
      </form>
    </div>
  );
}
