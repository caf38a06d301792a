// Answers as plain text: for the summary page and for the application's PDF (rendered by the caller).
import { translate, type Locale } from '../../../platform/i18n/i18n.ts';
import { isFieldVisible, isFilled, pruneHidden, scopeOf } from './forms.conditions.ts';
import { visibleSteps } from './forms.flow.ts';
import { formatIban } from './forms.iban.ts';
import { fillText, formsText } from './forms.messages.ts';
import { inputId } from './forms.names.ts';
import type {
  Address,
  FieldDefinition,
  FieldValue,
  FileRef,
  FormDefinition,
  FormValues,
} from './forms.types.ts';
import { formatDate, formatMoney, formatNumber } from './forms.values.ts';

export interface DescribedRow {
  label: string;
  value: string;
  /** The top-level field the row belongs to. */
  field: string;
  /** The id of the input to jump to from an "Ändern" link. */
  anchor: string;
}

export interface DescribedStep {
  stepId: string;
  stepTitle: string;
  rows: DescribedRow[];
}

export function formatAddress(address: Address): string {
  return `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`;
}

/** One answer as text; '' when there is none. */
export function formatValue(field: FieldDefinition, value: FieldValue | undefined, locale: Locale): string {
  if (!isFilled(value) || value === undefined)
    return field.kind === 'checkbox' ? translate(locale, formsText.no) : '';
  const optionLabel = (v: string) => {
    const options = 'options' in field ? field.options : [];
    const option = options.find((o) => o.value === v);
    return option ? translate(locale, option.label) : v;
  };
  switch (field.kind) {
    case 'money':
      return formatMoney(value as number, locale);
    case 'number':
      return formatNumber(value as number, locale);
    case 'date':
      return formatDate(value as string, locale);
    case 'checkbox':
      return translate(locale, formsText.yes);
    case 'select':
    case 'radio':
      return optionLabel(value as string);
    case 'checkboxes':
      return (value as string[]).map(optionLabel).join(', ');
    case 'address':
      return formatAddress(value as Address);
    case 'iban':
      return formatIban(value as string);
    case 'file':
      return (value as FileRef[]).map((file) => file.name).join(', ');
    case 'group':
      return String((value as FormValues[]).length);
    default:
      return String(value);
  }
}

function rowsOf(field: FieldDefinition, values: FormValues, locale: Locale): DescribedRow[] {
  const notGiven = translate(locale, formsText.notGiven);
  if (field.kind !== 'group') {
    return [
      {
        label: translate(locale, field.label),
        value: formatValue(field, values[field.name], locale) || notGiven,
        field: field.name,
        anchor: field.kind === 'address' ? inputId(field.name, 'street') : inputId(field.name),
      },
    ];
  }
  const items = (values[field.name] as FormValues[] | undefined) ?? [];
  if (items.length === 0) {
    return [
      {
        label: translate(locale, field.label),
        value: translate(locale, formsText.noItems),
        field: field.name,
        anchor: inputId(field.name),
      },
    ];
  }
  return items.flatMap((item, index) =>
    field.fields
      .filter((inner) => isFieldVisible(inner, scopeOf(values, item)))
      .map((inner) => ({
        label: translate(
          locale,
          fillText(
            { de: '{label} ({item})', en: '{label} ({item})' },
            {
              label: inner.label,
              item: fillText(field.itemLabel, { number: index + 1 }),
            },
          ),
        ),
        value: formatValue(inner, item[inner.name], locale) || notGiven,
        field: field.name,
        anchor:
          inner.kind === 'address'
            ? inputId(field.name, index, inner.name, 'street')
            : inputId(field.name, index, inner.name),
      })),
  );
}

/** The visible steps with their visible answers, with the step ids (for "Ändern" links). */
export function describeSteps(
  definition: FormDefinition,
  values: FormValues,
  locale: Locale,
): DescribedStep[] {
  const kept = pruneHidden(definition, values);
  return visibleSteps(definition, kept).map((step) => ({
    stepId: step.id,
    stepTitle: translate(locale, step.title),
    rows: step.fields
      .filter((field) => isFieldVisible(field, scopeOf(kept)))
      .flatMap((field) => rowsOf(field, kept, locale)),
  }));
}

/** Computed values by name (money in cents); names whose value cannot be computed yet are absent. */
export function computeValues(
  definition: FormDefinition,
  values: FormValues,
): Record<string, number | string> {
  const kept = pruneHidden(definition, values);
  const result: Record<string, number | string> = {};
  for (const computed of definition.computed ?? []) {
    const value = computed.compute(kept);
    if (value !== undefined) result[computed.name] = value;
  }
  return result;
}

/** Computed values as labelled text, e.g. "Gebühr: 30,70 €". */
export function describeComputed(
  definition: FormDefinition,
  values: FormValues,
  locale: Locale,
): { label: string; value: string }[] {
  const computed = computeValues(definition, values);
  return (definition.computed ?? []).flatMap((item) => {
    const value = computed[item.name];
    if (value === undefined) return [];
    const text =
      item.format === 'money' && typeof value === 'number'
        ? formatMoney(value, locale)
        : item.format === 'number' && typeof value === 'number'
          ? formatNumber(value, locale)
          : String(value);
    return [{ label: translate(locale, item.label), value: text }];
  });
}

/** Plain text of the whole application, for its PDF: one section per visible step, then computed values. */
export function describeValues(
  definition: FormDefinition,
  values: FormValues,
  locale: Locale,
): { stepTitle: string; rows: { label: string; value: string }[] }[] {
  const sections = describeSteps(definition, values, locale).map((step) => ({
    stepTitle: step.stepTitle,
    rows: step.rows.map(({ label, value }) => ({ label, value })),
  }));
  const computed = describeComputed(definition, values, locale);
  if (computed.length > 0)
    sections.push({ stepTitle: translate(locale, formsText.computedTitle), rows: computed });
  return sections;
}
