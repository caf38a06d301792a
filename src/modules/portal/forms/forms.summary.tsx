// The summary before the declaration and submit: every visible step's answers with "Ändern" links (the
// link text names what it changes for screen readers), uploaded file names and computed values (fees).
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { describeComputed, describeSteps } from './forms.describe.ts';
import { formsText } from './forms.messages.ts';
import type { FormDefinition, FormValues } from './forms.types.ts';

export function FormSummary(props: {
  ctx: RequestContext;
  definition: FormDefinition;
  values: FormValues;
  changeHref: (stepId: string) => string;
  /** Level of each step's heading; default 2. */
  headingLevel?: 2 | 3;
}) {
  const { ctx, definition, values } = props;
  const t = (text: Text) => translate(ctx.locale, text);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingClass = props.headingLevel === 3 ? 'kern-heading-small' : 'kern-heading-medium';
  const computed = describeComputed(definition, values, ctx.locale);
  return (
    <div class="stack">
      {describeSteps(definition, values, ctx.locale).map((step) => (
        <section class="stack" aria-labelledby={`summary-${step.stepId}`}>
          <Heading class={headingClass} id={`summary-${step.stepId}`}>
            {step.stepTitle}
          </Heading>
          <dl class="kern-description-list">
            {step.rows.map((row) => (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{row.label}</dt>
                <dd class="kern-description-list-item__value">{row.value}</dd>
                <dd class="kern-description-list-item__value">
                  <a class="kern-link" href={`${props.changeHref(step.stepId)}#${row.anchor}`}>
                    {t(formsText.change)}
                    <span class="kern-sr-only"> {row.label}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {computed.length > 0 ? (
        <section class="stack" aria-labelledby="summary-computed">
          <Heading class={headingClass} id="summary-computed">
            {t(formsText.computedTitle)}
          </Heading>
          <dl class="kern-description-list">
            {computed.map((row) => (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{row.label}</dt>
                <dd class="kern-description-list-item__value">{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
