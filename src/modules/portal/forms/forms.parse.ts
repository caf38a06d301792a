// Reading one step from a posted form (application/x-www-form-urlencoded or multipart): only the fields of
// that step, typed; unknown names are ignored, hidden fields dropped, every answer checked on the server.
// Body names: see forms.names.ts (`adresse.street`, `kinder.0.vorname`, `kinder.items`, `aktion`).
import { checkField, isFileRef, topLevelContext, formatSize } from './forms.check.ts';
import { isFieldVisible, pruneHidden, scopeOf } from './forms.conditions.ts';
import { fillText, formsText } from './forms.messages.ts';
import { ACTION_FIELD, inputId, parseAction, type FormAction } from './forms.names.ts';
import type {
  FieldDefinition,
  FieldProblem,
  FieldValue,
  FileField,
  FileRef,
  FormDefinition,
  FormValues,
  GroupField,
  GroupItemField,
  RawValues,
  Text,
} from './forms.types.ts';
import { findStep, checkRules, type ValidateOptions } from './forms.validate.ts';
import { normalizeIban } from './forms.iban.ts';
import { parseDate, parseMoney, parseNumber, todayInBerlin } from './forms.values.ts';

export type PostedBody = Record<string, string | string[] | undefined>;
type Read = (key: string) => string | string[] | undefined;

export interface ParsedStep {
  /** All answers of the form: this step's parsed ones, the others as in `previous`; hidden ones dropped. */
  values: FormValues;
  /** What was typed on this step, by input name, to show again. */
  raw: RawValues;
  problems: FieldProblem[];
  /** Set when a button other than "Weiter" was pressed (add/remove an item, remove a file): show the step
   *  again (with `raw`, without `problems`) instead of moving on. */
  action?: FormAction;
}

const MAX_GROUP_ITEMS = 50;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function many(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

interface Parsed {
  value?: FieldValue;
  raw: RawValues;
  problems: FieldProblem[];
}

/** Turns the posted text of one (non-file, non-group) field into its typed value. */
function parseSimple(
  field: GroupItemField,
  read: Read,
  key: string,
  path: (string | number)[],
  label: Text,
): Parsed {
  const raw: RawValues = {};
  const text = one(read(key));
  const trimmed = text.trim();
  const failed = (template: Text): Parsed => ({
    raw,
    problems: [{ field: inputId(...path), text: fillText(template, { label }) }],
  });
  if (read(key) !== undefined) raw[key] = field.kind === 'checkboxes' ? many(read(key)) : text;
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      let value =
        field.kind === 'textarea' ? text.replace(/\r\n?/g, '\n').trim() : trimmed.replace(/\s+/g, ' ');
      if (field.uppercase) value = value.toUpperCase();
      return { raw, problems: [], ...(value ? { value } : {}) };
    }
    case 'number': {
      if (!trimmed) return { raw, problems: [] };
      const value = parseNumber(trimmed);
      return value === undefined ? failed(formsText.notANumber) : { value, raw, problems: [] };
    }
    case 'money': {
      if (!trimmed) return { raw, problems: [] };
      const value = parseMoney(trimmed);
      return value === undefined ? failed(formsText.notMoney) : { value, raw, problems: [] };
    }
    case 'date': {
      if (!trimmed) return { raw, problems: [] };
      const value = parseDate(trimmed);
      return value === undefined ? failed(formsText.notADate) : { value, raw, problems: [] };
    }
    case 'checkbox':
      return { raw, problems: [], ...(trimmed ? { value: true } : {}) };
    case 'checkboxes': {
      const chosen = [...new Set(many(read(key)).filter((v) => v !== ''))];
      return { raw, problems: [], ...(chosen.length > 0 ? { value: chosen } : {}) };
    }
    case 'address': {
      const parts = {
        street: one(read(`${key}.street`))
          .trim()
          .replace(/\s+/g, ' '),
        houseNumber: one(read(`${key}.houseNumber`))
          .trim()
          .replace(/\s+/g, ' '),
        postalCode: one(read(`${key}.postalCode`)).replace(/\s+/g, ''),
        city: one(read(`${key}.city`))
          .trim()
          .replace(/\s+/g, ' '),
      };
      for (const part of ['street', 'houseNumber', 'postalCode', 'city'] as const) {
        const posted = read(`${key}.${part}`);
        if (posted !== undefined) raw[`${key}.${part}`] = one(posted);
      }
      const filled = Object.values(parts).some((part) => part !== '');
      return { raw, problems: [], ...(filled ? { value: parts } : {}) };
    }
    case 'iban': {
      const value = normalizeIban(trimmed);
      return { raw, problems: [], ...(value ? { value } : {}) };
    }
    default: // select, radio, email, phone
      return { raw, problems: [], ...(trimmed ? { value: trimmed } : {}) };
  }
}

/** Already uploaded files stay unless removed; new uploads are added when they fit the field. */
function parseFiles(
  field: FileField,
  staged: FileRef[],
  previous: FieldValue | undefined,
  action?: FormAction,
) {
  const problems: FieldProblem[] = [];
  const id = inputId(field.name);
  const kept = Array.isArray(previous) && previous.every(isFileRef) ? (previous as FileRef[]) : [];
  const files = kept.filter(
    (file) => !(action?.kind === 'removeFile' && action.field === field.name && action.fileId === file.id),
  );
  for (const file of staged) {
    if (!isFileRef(file) || (file.name === '' && file.size === 0)) continue;
    if (!field.accept.includes(file.mediaType)) {
      problems.push({
        field: id,
        text: fillText(formsText.fileType, { name: file.name, accept: field.accept.join(', ') }),
      });
    } else if (field.maxSize !== undefined && file.size > field.maxSize) {
      problems.push({
        field: id,
        text: fillText(formsText.fileSize, { name: file.name, max: formatSize(field.maxSize) }),
      });
    } else if (files.length >= (field.maxFiles ?? 1)) {
      problems.push({
        field: id,
        text: fillText(formsText.tooManyFiles, { label: field.label, max: field.maxFiles ?? 1 }),
      });
    } else {
      files.push(file);
    }
  }
  return { files, problems };
}

/** Reads the items of a repeating group, applies "add another"/"remove", and parses each item. */
function parseGroup(
  field: GroupField,
  body: PostedBody,
  previous: FieldValue | undefined,
  action?: FormAction,
) {
  const max = Math.min(field.maxItems ?? MAX_GROUP_ITEMS, MAX_GROUP_ITEMS);
  const previousCount = Array.isArray(previous) ? previous.length : 0;
  const posted = Number.parseInt(one(body[`${field.name}.items`]), 10);
  const count = Math.max(0, Math.min(Number.isNaN(posted) ? previousCount : posted, max));
  // Each item as the slice of the body under "<group>.<index>.", so removing one re-numbers the rest.
  const slices: Read[] = Array.from(
    { length: count },
    (_, index) => (key) => body[`${field.name}.${index}.${key}`],
  );
  if (action?.kind === 'remove' && action.group === field.name && action.index < slices.length) {
    slices.splice(action.index, 1);
  }
  if (action?.kind === 'add' && action.group === field.name && slices.length < max)
    slices.push(() => undefined);
  const raw: RawValues = { [`${field.name}.items`]: String(slices.length) };
  const problems: FieldProblem[] = [];
  const items = slices.map((read, index) => {
    const item: FormValues = {};
    const itemLabel = fillText(field.itemLabel, { number: index + 1 });
    for (const inner of field.fields) {
      const label = fillText(
        { de: '{label} ({item})', en: '{label} ({item})' },
        { label: inner.label, item: itemLabel },
      );
      const parsed = parseSimple(inner, read, inner.name, [field.name, index, inner.name], label);
      if (parsed.value !== undefined) item[inner.name] = parsed.value;
      for (const [key, value] of Object.entries(parsed.raw)) raw[`${field.name}.${index}.${key}`] = value;
      problems.push(...parsed.problems);
    }
    return item;
  });
  return { items, raw, problems };
}

/** Drops answers that have a problem, so only checked answers are kept (the page re-shows `raw`). */
function dropInvalid(field: FieldDefinition, values: FormValues, problemIds: Set<string>): void {
  const id = inputId(field.name);
  const hit = (prefix: string) => [...problemIds].some((p) => p === prefix || p.startsWith(`${prefix}-`));
  // Files were sorted out while parsing: a rejected upload must not drop the ones already kept.
  if (field.kind === 'file') return;
  if (field.kind !== 'group') {
    if (hit(id)) delete values[field.name];
    return;
  }
  const items = values[field.name];
  if (!Array.isArray(items)) return;
  (items as FormValues[]).forEach((item, index) => {
    for (const inner of field.fields)
      if (hit(inputId(field.name, index, inner.name))) delete item[inner.name];
  });
}

export function parseStep(
  definition: FormDefinition,
  stepId: string,
  body: PostedBody,
  files: Record<string, FileRef[]>,
  previous: FormValues,
  options: ValidateOptions = {},
): ParsedStep {
  const step = findStep(definition, stepId);
  if (!step) throw new Error(`Form ${definition.key} has no step ${stepId}`);
  const action = parseAction(body[ACTION_FIELD]);
  const merged: FormValues = { ...previous };
  const raw: RawValues = {};
  const parseProblems = new Map<string, FieldProblem[]>();
  for (const field of step.fields) {
    let parsed: Parsed;
    if (field.kind === 'group') {
      const group = parseGroup(field, body, previous[field.name], action);
      parsed = { value: group.items, raw: group.raw, problems: group.problems };
      if (group.items.length === 0) delete parsed.value;
    } else if (field.kind === 'file') {
      const upload = parseFiles(field, files[field.name] ?? [], previous[field.name], action);
      parsed = {
        raw: {},
        problems: upload.problems,
        ...(upload.files.length > 0 ? { value: upload.files } : {}),
      };
    } else {
      parsed = parseSimple(field, (key) => body[key], field.name, [field.name], field.label);
    }
    delete merged[field.name];
    if (parsed.value !== undefined) merged[field.name] = parsed.value;
    Object.assign(raw, parsed.raw);
    parseProblems.set(field.name, parsed.problems);
  }
  const today = options.today ?? todayInBerlin();
  const problems: FieldProblem[] = [];
  for (const field of step.fields) {
    if (!isFieldVisible(field, scopeOf(merged))) continue;
    const found = parseProblems.get(field.name) ?? [];
    const ids = new Set(found.map((p) => p.field));
    const checked = checkField(field, merged[field.name], topLevelContext(field, merged, today));
    problems.push(...found, ...checked.filter((p) => !ids.has(p.field)));
  }
  problems.push(...checkRules(definition, step, merged, problems));
  const problemIds = new Set(problems.map((p) => p.field));
  for (const field of step.fields) dropInvalid(field, merged, problemIds);
  return { values: pruneHidden(definition, merged), raw, problems, ...(action ? { action } : {}) };
}
