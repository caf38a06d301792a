// What a service's online form means for its notice templates: which answers a template may name
// ({{angaben.<Feldname>}}), and made-up answers for the preview.
import { onlineServiceFor } from '../applications/applications.services.ts';
import type { CatalogueService } from '../catalogue/catalogue.index.ts';
import type { FieldDefinition, FormDefinition, FormValues } from '../forms/forms.types.ts';

export const SAMPLE = '(Beispiel)';

export function formOf(service: Pick<CatalogueService, 'formKey'>): FormDefinition | undefined {
  return onlineServiceFor(service.formKey)?.form;
}

function fieldsOf(form: FormDefinition): FieldDefinition[] {
  return form.steps.flatMap((step) => [...step.fields]);
}

/** The form's answer names with their German labels; undefined when the service has no form in code. */
export function answerFieldsOf(
  form: FormDefinition | undefined,
): { name: string; label: string }[] | undefined {
  return form && fieldsOf(form).map((field) => ({ name: field.name, label: field.label.de }));
}

/** The preview's answers: the made-up applicant, a choice's first option, otherwise "(Beispiel)". */
export function sampleAnswers(form: FormDefinition | undefined): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of form ? fieldsOf(form) : []) {
    if (field.name === 'firstName') answers[field.name] = 'Erika';
    else if (field.name === 'lastName') answers[field.name] = 'Mustermann';
    else if (field.kind === 'address')
      answers[field.name] = {
        street: 'Am Büscherhof',
        houseNumber: '1',
        postalCode: '42799',
        city: 'Leichlingen',
      };
    else if ((field.kind === 'radio' || field.kind === 'select') && field.options[0])
      answers[field.name] = field.options[0].value;
    else answers[field.name] = SAMPLE;
  }
  return answers;
}

/** The sample case's file reference: the service's file plan group if known. */
export function sampleFileReference(service: Pick<CatalogueService, 'formKey'>, year: number): string {
  const planCode = onlineServiceFor(service.formKey)?.filing.planCode;
  return planCode ? `${planCode}-0000/${year}` : SAMPLE;
}

/** The fee the sample answers would cost, else the service's first fee. */
export function sampleFeeCents(
  service: Pick<CatalogueService, 'formKey' | 'fees'>,
  answers: Record<string, unknown>,
): number {
  const online = onlineServiceFor(service.formKey);
  const fee = online?.feeCents(answers as FormValues);
  return fee || (service.fees[0]?.amountCents ?? 0);
}
