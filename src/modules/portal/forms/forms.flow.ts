// The order of steps: which are shown, where "Weiter" and "Zurück" lead, and whether a step may be opened
// at all (not while an earlier visible step is incomplete; the runner redirects to that one instead).
import { isStepVisible, pruneHidden } from './forms.conditions.ts';
import { validateStep, type ValidateOptions } from './forms.validate.ts';
import type { FormDefinition, FormValues, StepDefinition } from './forms.types.ts';

export function visibleSteps(definition: FormDefinition, values: FormValues): StepDefinition[] {
  return definition.steps.filter((step) => isStepVisible(step, values));
}

/** The next visible step, or undefined after the last one (then the summary follows). */
export function nextStepId(
  definition: FormDefinition,
  values: FormValues,
  currentId: string,
): string | undefined {
  const steps = visibleSteps(definition, values);
  const index = steps.findIndex((step) => step.id === currentId);
  return index === -1 ? steps[0]?.id : steps[index + 1]?.id;
}

/** The previous visible step, or undefined on the first one. */
export function previousStepId(
  definition: FormDefinition,
  values: FormValues,
  currentId: string,
): string | undefined {
  const steps = visibleSteps(definition, values);
  const index = steps.findIndex((step) => step.id === currentId);
  return index <= 0 ? undefined : steps[index - 1]?.id;
}

/** The first visible step with a problem; undefined when all are complete (the summary may open). */
export function firstIncompleteStepId(
  definition: FormDefinition,
  values: FormValues,
  options: ValidateOptions = {},
): string | undefined {
  const kept = pruneHidden(definition, values);
  return visibleSteps(definition, kept).find(
    (step) => validateStep(definition, step, kept, options).length > 0,
  )?.id;
}

/** A step may be opened when it is visible and every visible step before it is complete. */
export function mayOpenStep(
  definition: FormDefinition,
  values: FormValues,
  stepId: string,
  options: ValidateOptions = {},
): boolean {
  const kept = pruneHidden(definition, values);
  for (const step of visibleSteps(definition, kept)) {
    if (step.id === stepId) return true;
    if (validateStep(definition, step, kept, options).length > 0) return false;
  }
  return false;
}

/** The summary (and submit) may be opened when every visible step is complete. */
export function mayOpenSummary(
  definition: FormDefinition,
  values: FormValues,
  options: ValidateOptions = {},
): boolean {
  return firstIncompleteStepId(definition, values, options) === undefined;
}

/** "Schritt 2 von 4": the position among the visible steps, 1-based. */
export function stepPosition(
  definition: FormDefinition,
  values: FormValues,
  stepId: string,
): { number: number; count: number } {
  const steps = visibleSteps(definition, values);
  return { number: steps.findIndex((step) => step.id === stepId) + 1, count: steps.length };
}
