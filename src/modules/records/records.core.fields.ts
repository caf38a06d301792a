// Checking form and API input of the E-Akte: each field's problem as a German/English text, so a page
// shows it beside the field and the API returns it in `details`.
import type { Text } from '../../platform/i18n/i18n.ts';
import { translate, type Locale } from '../../platform/i18n/i18n.ts';
import { recordsErrors } from './records.errors.ts';
import { fieldText } from './records.messages.ts';
import { confidentialityLevels, type Confidentiality } from './records.policies.ts';
import type { Disposal } from './records.tables.ts';

export interface FieldProblem {
  field: string;
  text: Text;
  values?: Record<string, string | number>;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; errors: FieldProblem[] };

export const disposals: readonly Disposal[] = ['destroy', 'archive', 'review'];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** A title: trimmed, 1–300 characters, no control characters. */
export function checkTitle(field: string, raw: string, errors: FieldProblem[]): string {
  const title = raw.trim().replaceAll(/\s+/g, ' ');
  if (title === '') errors.push({ field, text: fieldText.titleMissing });
  else if (title.length > 300) errors.push({ field, text: fieldText.titleTooLong });
  return title;
}

/** Retention in years, 0–200; empty means "not set here" (inherit) when `optional`. */
export function checkRetention(
  field: string,
  raw: string,
  errors: FieldProblem[],
  optional: boolean,
): number | null {
  const value = raw.trim();
  if (value === '') {
    if (!optional) errors.push({ field, text: fieldText.retentionInvalid });
    return null;
  }
  if (!/^\d{1,3}$/.test(value) || Number(value) > 200) {
    errors.push({ field, text: fieldText.retentionInvalid });
    return null;
  }
  return Number(value);
}

export function checkDisposal(
  field: string,
  raw: string,
  errors: FieldProblem[],
  optional: boolean,
): Disposal | null {
  const value = raw.trim();
  if (value === '' && optional) return null;
  if ((disposals as readonly string[]).includes(value)) return value as Disposal;
  errors.push({ field, text: fieldText.disposalInvalid });
  return null;
}

export function checkConfidentiality(
  field: string,
  raw: string,
  errors: FieldProblem[],
  optional: boolean,
): Confidentiality | null {
  const value = raw.trim();
  if (value === '' && optional) return null;
  if ((confidentialityLevels as readonly string[]).includes(value)) return value as Confidentiality;
  errors.push({ field, text: fieldText.confidentialityInvalid });
  return null;
}

/** Field problems as the page and the API show them. */
export function problemMessages(locale: Locale, errors: FieldProblem[]) {
  return errors.map((error) => ({
    field: error.field,
    message: translate(locale, error.text, error.values),
  }));
}

/** For the JSON API: a 400 with every field's problem. */
export function validationError(locale: Locale, errors: FieldProblem[]) {
  return recordsErrors.validation_failed(problemMessages(locale, errors));
}
