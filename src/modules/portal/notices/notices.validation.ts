// The rules for a notice template as an administrator enters it. Each problem names its field, so the page
// shows it in the error summary and beside the field (WCAG 3.3.1). Nothing is stored while any remains.
import type { Text } from '../../../platform/i18n/i18n.ts';
import { fieldText, pageText } from './notices.messages.ts';
import { checkPlaceholders, PLACEHOLDERS, ANSWER_PREFIX } from './notices.placeholders.ts';
import type { NoticeTemplate, NoticeTemplateValues } from './notices.repository.ts';
import { noticeKinds, type NoticeKind } from './notices.tables.ts';

export interface FieldProblem {
  field: keyof TemplateInput & string;
  text: Text;
  values?: Record<string, string | number>;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; errors: FieldProblem[] };

/** The form as typed: every value a string, the active switch a checkbox. */
export interface TemplateInput {
  name: string;
  kind: string;
  subject: string;
  body: string;
  legalRemedy: string;
  active: boolean;
}

/** Each field's label, which the messages name ("„Betreff“ enthält …"). */
export const fieldLabels: Record<keyof TemplateInput & string, Text> = {
  name: pageText.nameLabel,
  kind: pageText.kindLabel,
  subject: pageText.subjectLabel,
  body: pageText.bodyLabel,
  legalRemedy: pageText.remedyLabel,
  active: pageText.activeLabel,
};

export const LIMITS = { name: 100, subject: 300, body: 20000, legalRemedy: 5000 } as const;

/** The placeholders a template of this service may use, as written in a template. */
export function knownPlaceholders(answerFields: readonly string[] | undefined): string[] {
  const answers = answerFields
    ? answerFields.map((field) => `${ANSWER_PREFIX}${field}`)
    : [`${ANSWER_PREFIX}<Feldname>`];
  return [...PLACEHOLDERS.map((placeholder) => placeholder.name), ...answers].map((name) => `{{${name}}}`);
}

/** Checks the whole form; `values` is what gets stored when there are no errors. */
export function checkTemplate(
  input: TemplateInput,
  { answerFields }: { answerFields?: readonly string[] | undefined } = {},
): { values: NoticeTemplateValues; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const kind = (noticeKinds as readonly string[]).includes(input.kind)
    ? (input.kind as NoticeKind)
    : undefined;
  if (!kind) errors.push({ field: 'kind', text: fieldText.kindInvalid });

  const text = (field: keyof typeof LIMITS, missing: Text | undefined, withPlaceholders: boolean) => {
    const value = input[field].replaceAll('\r\n', '\n').trim();
    if (value === '') {
      if (missing) errors.push({ field, text: missing });
      return value;
    }
    if (value.length > LIMITS[field]) {
      errors.push({ field, text: fieldText.tooLong, values: { max: LIMITS[field] } });
      return value;
    }
    if (withPlaceholders) {
      const check = checkPlaceholders(value, { answerFields });
      if (check.unknown.length > 0)
        errors.push({
          field,
          text: fieldText.unknownPlaceholders,
          values: {
            names: check.unknown.map((name) => `{{${name}}}`).join(', '),
            known: knownPlaceholders(answerFields).join(', '),
          },
        });
      else if (check.unclosed)
        errors.push({ field, text: fieldText.unclosedPlaceholder, values: { example: '{{datum}}' } });
    }
    return value;
  };

  const name = text('name', fieldText.nameMissing, false).replaceAll(/\s+/g, ' ');
  const subject = text('subject', fieldText.subjectMissing, true);
  const body = text('body', fieldText.bodyMissing, true);
  // A notice is an administrative act and carries its Rechtsbehelfsbelehrung (§ 58 VwGO: without it the
  // time limit for an action is one year instead of one month); only an "other" letter may go without.
  const legalRemedy = text('legalRemedy', kind === 'other' ? undefined : fieldText.remedyMissing, true);
  return {
    errors,
    values: { kind: kind ?? 'other', name, subject, body, legalRemedy, active: input.active },
  };
}

/** The form's values for an existing template. */
export function inputOf(template: NoticeTemplate): TemplateInput {
  return {
    name: template.name,
    kind: template.kind,
    subject: template.subject,
    body: template.body,
    legalRemedy: template.legalRemedy,
    active: template.active,
  };
}

export const emptyInput: TemplateInput = {
  name: '',
  kind: 'approval',
  subject: '',
  body: '',
  legalRemedy: '',
  active: true,
};
