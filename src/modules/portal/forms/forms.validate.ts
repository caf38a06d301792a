// Validation over stored answers: one step (is it complete?) and the whole form before submission, so a
// step skipped by URL or an answer manipulated in a draft is caught at the latest here.
import { checkField, topLevelContext } from './forms.check.ts';
import {
  isFieldVisible,
  isFilled,
  evaluate,
  isStepVisible,
  pruneHidden,
  scopeOf,
} from './forms.conditions.ts';
import { inputId } from './forms.names.ts';
import type { FieldProblem, FormDefinition, FormValues, StepDefinition } from './forms.types.ts';
import { todayInBerlin } from './forms.values.ts';

export interface ValidateOptions {
  /** ISO date of "today" for relative date limits; default: today in Europe/Berlin. */
  today?: string;
}

export function findStep(definition: FormDefinition, stepId: string): StepDefinition | undefined {
  return definition.steps.find((step) => step.id === stepId);
}

/** The step that holds a top-level field. */
export function stepOfField(definition: FormDefinition, fieldName: string): StepDefinition | undefined {
  return definition.steps.find((step) => step.fields.some((field) => field.name === fieldName));
}

/** Cross-field rules whose field is on this step, for fields that are visible, filled and otherwise fine. */
export function checkRules(
  definition: FormDefinition,
  step: StepDefinition,
  values: FormValues,
  problems: readonly FieldProblem[],
): FieldProblem[] {
  const found: FieldProblem[] = [];
  for (const rule of definition.rules ?? []) {
    const field = step.fields.find((f) => f.name === rule.field);
    if (!field || !isFieldVisible(field, scopeOf(values)) || !isFilled(values[rule.field])) continue;
    const id = inputId(rule.field);
    if (problems.some((p) => p.field === id)) continue;
    if (rule.when && !evaluate(rule.when, scopeOf(values))) continue;
    if (!rule.check(values)) found.push({ field: id, text: rule.message });
  }
  return found;
}

/** The problems of one step's stored answers (hidden fields are skipped). */
export function validateStep(
  definition: FormDefinition,
  step: StepDefinition,
  values: FormValues,
  options: ValidateOptions = {},
): FieldProblem[] {
  const today = options.today ?? todayInBerlin();
  const problems: FieldProblem[] = [];
  for (const field of step.fields) {
    if (!isFieldVisible(field, scopeOf(values))) continue;
    problems.push(...checkField(field, values[field.name], topLevelContext(field, values, today)));
  }
  return [...problems, ...checkRules(definition, step, values, problems)];
}

export function isStepComplete(
  definition: FormDefinition,
  values: FormValues,
  stepId: string,
  options: ValidateOptions = {},
): boolean {
  const step = findStep(definition, stepId);
  return (
    step !== undefined &&
    validateStep(definition, step, pruneHidden(definition, values), options).length === 0
  );
}

/**
 * Everything, for the final submit: every visible step and every cross-field rule. `values` is what may
 * be stored: the answers of hidden steps and fields (and unknown names) are dropped.
 */
export function validateAll(
  definition: FormDefinition,
  values: FormValues,
  options: ValidateOptions = {},
): { problems: (FieldProblem & { stepId: string })[]; values: FormValues } {
  const kept = pruneHidden(definition, values);
  const problems: (FieldProblem & { stepId: string })[] = [];
  for (const step of definition.steps) {
    if (!isStepVisible(step, kept)) continue;
    for (const found of validateStep(definition, step, kept, options))
      problems.push({ ...found, stepId: step.id });
  }
  return { problems, values: kept };
}
