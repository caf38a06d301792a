// Checks one typed answer against its field's definition: shape, required, limits, formats. Used both
// right after parsing a step and again over every stored answer before submission (validateAll), so an
// answer is trusted only as far as this check goes, whatever reached the draft.
import { checkIban } from './forms.iban.ts';
import { fillText, formsText } from './forms.messages.ts';
import { inputId } from './forms.names.ts';
import { isFieldVisible, isFilled, isRequired, scopeOf, type Scope } from './forms.conditions.ts';
import type {
  Address,
  FieldDefinition,
  FieldProblem,
  FieldValue,
  FileRef,
  FormValues,
  Text,
} from './forms.types.ts';
import {
  formatDate,
  isEmail,
  isIsoDate,
  isPostalCode,
  normalizePhone,
  resolveDateBound,
} from './forms.values.ts';
import { formatMoney } from './forms.values.ts';

export interface CheckContext {
  scope: Scope;
  /** ISO date of today (Europe/Berlin). */
  today: string;
  /** The id parts of the field: [name] or [group, index, name]. */
  path: (string | number)[];
  /** The label used in messages, e.g. "Vorname (Kind 2)" inside a group. */
  label: Text;
}

export const DEFAULT_MAX_LENGTH = { text: 200, textarea: 4000 } as const;

const addressParts = ['street', 'houseNumber', 'postalCode', 'city'] as const;

function problem(path: (string | number)[], template: Text, values: Record<string, string | number | Text>) {
  return { field: inputId(...path), text: fillText(template, values) } satisfies FieldProblem;
}

export function isAddress(value: unknown): value is Address {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    addressParts.every((part) => typeof (value as Record<string, unknown>)[part] === 'string')
  );
}

export function isFileRef(value: unknown): value is FileRef {
  const file = value as FileRef;
  return (
    typeof file === 'object' &&
    file !== null &&
    typeof file.id === 'string' &&
    typeof file.name === 'string' &&
    typeof file.size === 'number' &&
    typeof file.mediaType === 'string'
  );
}

/** Whether a stored value has the shape of its kind (a draft could hold anything). */
function hasShape(field: FieldDefinition, value: FieldValue): boolean {
  switch (field.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'checkbox':
      return typeof value === 'boolean';
    case 'checkboxes':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'address':
      return isAddress(value);
    case 'file':
      return Array.isArray(value) && value.every(isFileRef);
    case 'group':
      return (
        Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
      );
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    default:
      return typeof value === 'string';
  }
}

function requiredText(field: FieldDefinition): Text {
  if (field.kind === 'radio' || field.kind === 'select' || field.kind === 'checkboxes')
    return formsText.requiredChoice;
  if (field.kind === 'checkbox') return formsText.requiredCheckbox;
  if (field.kind === 'file') return formsText.requiredFile;
  return formsText.required;
}

/** The problems of one answer; an empty list when it is fine. */
export function checkField(
  field: FieldDefinition,
  value: FieldValue | undefined,
  ctx: CheckContext,
): FieldProblem[] {
  const { path, label } = ctx;
  if (value !== undefined && !hasShape(field, value))
    return [problem(path, formsText.invalidStored, { label })];
  if (!isFilled(value)) {
    if (field.kind === 'group' && (field.minItems ?? 0) > 0) {
      return [problem(path, formsText.tooFewItems, { label, min: field.minItems ?? 0 })];
    }
    const required = isRequired(field, ctx.scope);
    if (field.kind === 'address' && required)
      return [problem([...path, 'street'], formsText.required, { label })];
    return required ? [problem(path, requiredText(field), { label })] : [];
  }
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const text = value as string;
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.kind];
      if (text.length > max) return [problem(path, formsText.tooLong, { label, max })];
      if (field.pattern && !field.pattern.regex.test(text))
        return [problem(path, field.pattern.message, { label })];
      return [];
    }
    case 'number': {
      const number = value as number;
      if (field.integer && !Number.isInteger(number))
        return [problem(path, formsText.notAnInteger, { label })];
      if (field.min !== undefined && number < field.min) {
        return [problem(path, formsText.numberTooSmall, { label, min: field.min })];
      }
      if (field.max !== undefined && number > field.max) {
        return [problem(path, formsText.numberTooLarge, { label, max: field.max })];
      }
      return [];
    }
    case 'money': {
      const cents = value as number;
      const money = (c: number): Text => ({ de: formatMoney(c, 'de'), en: formatMoney(c, 'en') });
      if (field.min !== undefined && cents < field.min) {
        return [problem(path, formsText.numberTooSmall, { label, min: money(field.min) })];
      }
      if (field.max !== undefined && cents > field.max) {
        return [problem(path, formsText.numberTooLarge, { label, max: money(field.max) })];
      }
      return [];
    }
    case 'date': {
      const iso = value as string;
      const date = (d: string): Text => ({ de: formatDate(d, 'de'), en: formatDate(d, 'en') });
      const min = field.min && resolveDateBound(field.min, ctx.today);
      const max = field.max && resolveDateBound(field.max, ctx.today);
      if (min && iso < min) return [problem(path, formsText.dateTooEarly, { label, min: date(min) })];
      if (max && iso > max) return [problem(path, formsText.dateTooLate, { label, max: date(max) })];
      return [];
    }
    case 'select':
    case 'radio':
      return field.options.some((o) => o.value === value)
        ? []
        : [problem(path, formsText.unknownOption, { label })];
    case 'checkbox':
      return [];
    case 'checkboxes': {
      const chosen = value as string[];
      if (chosen.some((v) => !field.options.some((o) => o.value === v))) {
        return [problem(path, formsText.unknownOption, { label })];
      }
      if (field.minItems !== undefined && chosen.length < field.minItems) {
        return [problem(path, formsText.tooFewItems, { label, min: field.minItems })];
      }
      if (field.maxItems !== undefined && chosen.length > field.maxItems) {
        return [problem(path, formsText.tooManyItems, { label, max: field.maxItems })];
      }
      return [];
    }
    case 'address':
      return checkAddress(field.postalCodes, value as Address, ctx);
    case 'iban': {
      const result = checkIban(value as string, field.countries);
      if (result.ok) return [];
      return [
        problem(path, result.reason === 'country' ? formsText.ibanCountry : formsText.notAnIban, { label }),
      ];
    }
    case 'email':
      return isEmail(value as string) ? [] : [problem(path, formsText.notAnEmail, { label })];
    case 'phone':
      return normalizePhone(value as string) ? [] : [problem(path, formsText.notAPhone, { label })];
    case 'file': {
      const files = value as FileRef[];
      const problems: FieldProblem[] = [];
      const accept = field.accept.join(', ');
      for (const file of files) {
        if (!field.accept.includes(file.mediaType)) {
          problems.push(problem(path, formsText.fileType, { name: file.name, accept }));
        } else if (field.maxSize !== undefined && file.size > field.maxSize) {
          problems.push(
            problem(path, formsText.fileSize, { name: file.name, max: formatSize(field.maxSize) }),
          );
        }
      }
      if (files.length > (field.maxFiles ?? 1)) {
        problems.push(problem(path, formsText.tooManyFiles, { label, max: field.maxFiles ?? 1 }));
      }
      return problems;
    }
    case 'group':
      return checkGroup(field, value as FormValues[], ctx);
  }
}

function checkAddress(
  postalCodes: { allowed: readonly string[]; message: Text } | undefined,
  address: Address,
  ctx: CheckContext,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const part of addressParts) {
    const partLabel = fillText(
      { de: '{label}: {part}', en: '{label}: {part}' },
      { label: ctx.label, part: formsText[part] },
    );
    if (address[part].trim() === '')
      problems.push(problem([...ctx.path, part], formsText.required, { label: partLabel }));
    else if (address[part].length > 100) {
      problems.push(problem([...ctx.path, part], formsText.tooLong, { label: partLabel, max: 100 }));
    } else if (part === 'postalCode' && !isPostalCode(address.postalCode)) {
      problems.push(problem([...ctx.path, part], formsText.notAPostalCode, { label: partLabel }));
    } else if (part === 'postalCode' && postalCodes && !postalCodes.allowed.includes(address.postalCode)) {
      problems.push(problem([...ctx.path, part], postalCodes.message, { label: partLabel }));
    }
  }
  return problems;
}

function checkGroup(
  field: Extract<FieldDefinition, { kind: 'group' }>,
  items: FormValues[],
  ctx: CheckContext,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const label = ctx.label;
  if (field.minItems !== undefined && items.length < field.minItems) {
    problems.push(problem(ctx.path, formsText.tooFewItems, { label, min: field.minItems }));
  }
  if (field.maxItems !== undefined && items.length > field.maxItems) {
    problems.push(problem(ctx.path, formsText.tooManyItems, { label, max: field.maxItems }));
  }
  items.forEach((item, index) => {
    const scope = (name: string) => (name in item ? item[name] : ctx.scope(name));
    const itemLabel = fillText(field.itemLabel, { number: index + 1 });
    for (const inner of field.fields) {
      if (!isFieldVisible(inner, scope)) continue;
      problems.push(
        ...checkField(inner, item[inner.name], {
          scope,
          today: ctx.today,
          path: [...ctx.path, index, inner.name],
          label: fillText(
            { de: '{label} ({item})', en: '{label} ({item})' },
            { label: inner.label, item: itemLabel },
          ),
        }),
      );
    }
  });
  return problems;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The context for a top-level field. */
export function topLevelContext(field: FieldDefinition, values: FormValues, today: string): CheckContext {
  return { scope: scopeOf(values), today, path: [field.name], label: field.label };
}
