// The rules for a service as an administrator enters it. Each problem names its field, so the page shows
// it in the error summary and beside the field (WCAG 3.3.1). Nothing is stored while any problem remains.
import type { Text } from '../../../platform/i18n/i18n.ts';
import type { Department } from './catalogue.departments.ts';
import { fieldText } from './catalogue.messages.ts';
import { euroInputValue, parseEuroAmount } from './catalogue.money.ts';
import type { ServiceRow, ServiceValues } from './catalogue.repository.ts';
import { onlineLevels, type Fee, type OnlineLevel } from './catalogue.tables.ts';

export interface FieldProblem {
  field: string;
  text: Text;
  values?: Record<string, string | number>;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; errors: FieldProblem[] };

/** How many fee rows the form offers. */
export const FEE_ROWS = 6;
const MAX_LIST_ITEMS = 30;
const keyPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** /leistungen/digital is the page of online services, so no service may take that address. */
export const RESERVED_SLUGS = ['digital'];

export interface FeeInput {
  label: string;
  amount: string;
  note: string;
}

/** The form as typed: every value a string, the online switch a checkbox. */
export interface ServiceInput {
  slug: string;
  leikaKey: string;
  name: string;
  nameEn: string;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string;
  departmentId: string;
  fees: FeeInput[];
  requiredDocuments: string;
  legalBasis: string;
  onlineLevel: string;
  formKey: string;
  online: boolean;
  keywords: string;
}

function text(field: string, raw: string, max: number, errors: FieldProblem[], missing?: Text): string {
  const value = raw.trim().replaceAll('\r\n', '\n');
  if (value === '' && missing) errors.push({ field, text: missing });
  else if (value.length > max) errors.push({ field, text: fieldText.tooLong, values: { max } });
  return value;
}

const optional = (value: string) => (value === '' ? null : value);

function list(field: string, raw: string, separator: RegExp, maxLength: number, errors: FieldProblem[]) {
  const items = raw
    .split(separator)
    .map((item) => item.trim().replaceAll(/\s+/g, ' '))
    .filter((item) => item !== '');
  if (items.length > MAX_LIST_ITEMS)
    errors.push({ field, text: fieldText.tooManyItems, values: { max: MAX_LIST_ITEMS } });
  else if (items.some((item) => item.length > maxLength))
    errors.push({ field, text: fieldText.tooLong, values: { max: maxLength } });
  return items;
}

function checkFees(rows: FeeInput[], errors: FieldProblem[]): Fee[] {
  const fees: Fee[] = [];
  rows.forEach((row, index) => {
    const n = index + 1;
    const label = row.label.trim();
    const amount = row.amount.trim();
    const note = row.note.trim();
    if (label === '' && amount === '' && note === '') return;
    if (label === '')
      errors.push({ field: `feeLabel${index}`, text: fieldText.feeLabelMissing, values: { n } });
    else if (label.length > 200)
      errors.push({ field: `feeLabel${index}`, text: fieldText.tooLong, values: { max: 200 } });
    if (note.length > 200)
      errors.push({ field: `feeNote${index}`, text: fieldText.tooLong, values: { max: 200 } });
    const cents = parseEuroAmount(amount);
    if (amount === '')
      errors.push({ field: `feeAmount${index}`, text: fieldText.feeAmountMissing, values: { n } });
    else if (cents === undefined)
      errors.push({ field: `feeAmount${index}`, text: fieldText.feeAmountInvalid, values: { n } });
    fees.push({ label, amountCents: cents ?? 0, ...(note === '' ? {} : { note }) });
  });
  return fees;
}

/** Checks the whole form; the values are what gets stored when there are no errors. */
export function checkService(
  input: ServiceInput,
  departments: Department[],
): { values: ServiceValues; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const slug = input.slug.trim();
  if (slug === '') errors.push({ field: 'slug', text: fieldText.slugMissing });
  else if (!keyPattern.test(slug) || slug.length > 80)
    errors.push({ field: 'slug', text: fieldText.slugInvalid });
  else if (RESERVED_SLUGS.includes(slug))
    errors.push({ field: 'slug', text: fieldText.slugReserved, values: { slug } });

  const leikaKey = input.leikaKey.replaceAll(/\s/g, '');
  if (leikaKey !== '' && !/^\d{14}$/.test(leikaKey))
    errors.push({ field: 'leikaKey', text: fieldText.leikaInvalid });

  const name = text('name', input.name, 200, errors, fieldText.nameMissing).replaceAll(/\s+/g, ' ');
  const summary = text('summary', input.summary, 500, errors, fieldText.summaryMissing);
  const description = text('description', input.description, 10000, errors);
  const nameEn = text('nameEn', input.nameEn, 200, errors).replaceAll(/\s+/g, ' ');
  const summaryEn = text('summaryEn', input.summaryEn, 500, errors);
  const descriptionEn = text('descriptionEn', input.descriptionEn, 10000, errors);

  const department = departments.find((candidate) => candidate.id === input.departmentId);
  if (!department) errors.push({ field: 'departmentId', text: fieldText.departmentMissing });

  const fees = checkFees(input.fees, errors);
  const requiredDocuments = list('requiredDocuments', input.requiredDocuments, /\r?\n/, 300, errors);
  const legalBasis = text('legalBasis', input.legalBasis, 2000, errors);
  const keywords = list('keywords', input.keywords, /[,;\n]/, 60, errors);

  const level = (onlineLevels as readonly string[]).includes(input.onlineLevel)
    ? (input.onlineLevel as OnlineLevel)
    : undefined;
  if (!level) errors.push({ field: 'onlineLevel', text: fieldText.levelInvalid });
  const formKey = input.formKey.trim();
  if (formKey !== '' && (!keyPattern.test(formKey) || formKey.length > 80))
    errors.push({ field: 'formKey', text: fieldText.formKeyInvalid });
  // A form is how a citizen applies online; a service that is "information only" has nothing to apply for.
  else if (formKey !== '' && level === 'information')
    errors.push({ field: 'formKey', text: fieldText.formKeyNeedsOnlineLevel });

  return {
    errors,
    values: {
      slug,
      leikaKey: optional(leikaKey),
      name,
      nameEn: optional(nameEn),
      summary,
      summaryEn: optional(summaryEn),
      description,
      descriptionEn: optional(descriptionEn),
      departmentId: department?.id ?? '',
      departmentName: department?.name ?? '',
      fees,
      requiredDocuments,
      legalBasis,
      onlineLevel: level ?? 'information',
      formKey: optional(formKey),
      online: input.online,
      keywords,
    },
  };
}

/** The form's values for an existing service. */
export function inputOf(service: ServiceRow): ServiceInput {
  return {
    slug: service.slug,
    leikaKey: service.leikaKey ?? '',
    name: service.name,
    nameEn: service.nameEn ?? '',
    summary: service.summary,
    summaryEn: service.summaryEn ?? '',
    description: service.description,
    descriptionEn: service.descriptionEn ?? '',
    departmentId: service.departmentId,
    fees: service.fees.map((fee) => ({
      label: fee.label,
      amount: euroInputValue(fee.amountCents),
      note: fee.note ?? '',
    })),
    requiredDocuments: service.requiredDocuments.join('\n'),
    legalBasis: service.legalBasis,
    onlineLevel: service.onlineLevel,
    formKey: service.formKey ?? '',
    online: service.online,
    keywords: service.keywords.join(', '),
  };
}

export const emptyInput: ServiceInput = {
  slug: '',
  leikaKey: '',
  name: '',
  nameEn: '',
  summary: '',
  summaryEn: '',
  description: '',
  descriptionEn: '',
  departmentId: '',
  fees: [],
  requiredDocuments: '',
  legalBasis: '',
  onlineLevel: 'information',
  formKey: '',
  online: true,
  keywords: '',
};
