// Conditions that show or hide steps and fields, and the pruning that drops the answers of hidden ones:
// what is hidden is neither validated nor kept, so a manipulated post of a hidden field stores nothing.
import type {
  Condition,
  FieldDefinition,
  FieldValue,
  FormDefinition,
  FormValues,
  StepDefinition,
} from './forms.types.ts';

/** Looks a name up in a group item first, then in the whole form. */
export type Scope = (name: string) => FieldValue | undefined;

export function scopeOf(values: FormValues, item?: FormValues): Scope {
  return (name) => (item && name in item ? item[name] : values[name]);
}

export function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function matches(value: FieldValue | undefined, expected: string | number | boolean): boolean {
  if (Array.isArray(value)) return (value as unknown[]).includes(expected);
  return value === expected;
}

export function evaluate(condition: Condition, scope: Scope): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, scope));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, scope));
  if ('not' in condition) return !evaluate(condition.not, scope);
  if ('holds' in condition) return condition.holds(scope);
  const value = scope(condition.field);
  if ('equals' in condition) return matches(value, condition.equals);
  if ('in' in condition) return condition.in.some((expected) => matches(value, expected));
  return isFilled(value) === condition.filled;
}

export function isStepVisible(step: StepDefinition, values: FormValues): boolean {
  return step.visibleWhen ? evaluate(step.visibleWhen, scopeOf(values)) : true;
}

export function isFieldVisible(field: FieldDefinition, scope: Scope): boolean {
  return field.visibleWhen ? evaluate(field.visibleWhen, scope) : true;
}

export function isRequired(field: FieldDefinition, scope: Scope): boolean {
  const required = field.required ?? false;
  return typeof required === 'boolean' ? required : evaluate(required, scope);
}

function pruneOnce(definition: FormDefinition, values: FormValues): FormValues {
  const kept: FormValues = {};
  for (const step of definition.steps) {
    if (!isStepVisible(step, values)) continue;
    for (const field of step.fields) {
      const value = values[field.name];
      if (value === undefined || !isFieldVisible(field, scopeOf(values))) continue;
      if (field.kind === 'group' && Array.isArray(value)) {
        kept[field.name] = (value as FormValues[]).map((item) => {
          const keptItem: FormValues = {};
          for (const inner of field.fields) {
            const innerValue = item[inner.name];
            if (innerValue !== undefined && isFieldVisible(inner, scopeOf(values, item))) {
              keptItem[inner.name] = innerValue;
            }
          }
          return keptItem;
        });
      } else {
        kept[field.name] = value;
      }
    }
  }
  return kept;
}

/**
 * Keeps only the answers of visible fields of visible steps (and nothing the definition does not know).
 * Repeats because hiding one field can hide another whose condition looked at it.
 */
export function pruneHidden(definition: FormDefinition, values: FormValues): FormValues {
  let current = values;
  for (let round = 0; round < 10; round++) {
    const next = pruneOnce(definition, current);
    if (JSON.stringify(next) === JSON.stringify(current)) return next;
    current = next;
  }
  return current;
}
