// The shape of a service's form: a typed, declarative definition in code. The engine parses, validates
// and renders any definition; a service only describes its steps, fields, conditions and rules.
import type { Text } from '../../../platform/i18n/i18n.ts';

export type { Text };

/** A staged upload: the engine never stores files, the caller does and passes these references in. */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  mediaType: string;
}

export interface Address {
  street: string;
  houseNumber: string;
  /** Five digits (German postal code). */
  postalCode: string;
  city: string;
}

/** One typed answer. A field that has no answer is absent from `FormValues`. */
export type FieldValue = string | number | boolean | string[] | Address | FileRef[] | FormValues[];

export type FormValues = { [name: string]: FieldValue };

/**
 * Small declarative conditions. `field` names a field of the form; inside a repeating group it may also
 * name a field of the same item (the item's value wins).
 */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: readonly (string | number)[] }
  | { field: string; filled: boolean }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  /** A rule no field comparison can say (e.g. "a dog's breed is on the LHundG list"): a pure function of
   *  the answers as the scope sees them. Keep it cheap; it runs on every render and check. */
  | { holds: (scope: (name: string) => FieldValue | undefined) => boolean };

export interface Option {
  value: string;
  label: Text;
  hint?: Text;
}

/** A bound for dates: 'today', a fixed ISO date, or a distance from today. */
export type DateBound = 'today' | { iso: string } | { daysFromToday: number } | { yearsFromToday: number };

interface FieldBase {
  /** Unique within the form (within its group for group fields); letters, digits and '_' only. */
  name: string;
  label: Text;
  hint?: Text;
  required?: boolean | Condition;
  visibleWhen?: Condition;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'textarea';
  maxLength?: number;
  /** An HTML autocomplete token, e.g. 'given-name', 'family-name', 'bday'. */
  autocomplete?: string;
  /** Normalises the answer to upper case before checking and storing (e.g. licence plates). */
  uppercase?: boolean;
  pattern?: { regex: RegExp; message: Text };
}

export interface NumberField extends FieldBase {
  kind: 'number';
  integer?: boolean;
  min?: number;
  max?: number;
}

/** An amount in euros, typed the German way ("1.234,56"), stored as integer cents. */
export interface MoneyField extends FieldBase {
  kind: 'money';
  /** In cents. */
  min?: number;
  /** In cents. */
  max?: number;
}

/** Stored as ISO yyyy-mm-dd; <input type=date> sends that, typed input as dd.mm.yyyy is also accepted. */
export interface DateField extends FieldBase {
  kind: 'date';
  min?: DateBound;
  max?: DateBound;
  autocomplete?: string;
}

export interface ChoiceField extends FieldBase {
  kind: 'select' | 'radio';
  options: readonly Option[];
}

/** A single yes/no box (e.g. a consent); stored as boolean, `true` only when ticked. */
export interface CheckboxField extends FieldBase {
  kind: 'checkbox';
}

/** Several boxes; stored as the ticked values in the order of the options. */
export interface CheckboxesField extends FieldBase {
  kind: 'checkboxes';
  options: readonly Option[];
  minItems?: number;
  maxItems?: number;
}

export interface AddressField extends FieldBase {
  kind: 'address';
  /** Only these postal codes are accepted (e.g. a town's own), with the message shown otherwise. */
  postalCodes?: { allowed: readonly string[]; message: Text };
}

export interface IbanField extends FieldBase {
  kind: 'iban';
  /** Country codes accepted, e.g. ['DE']; default: every country of the SEPA area. */
  countries?: readonly string[];
}

export interface EmailField extends FieldBase {
  kind: 'email';
}

export interface PhoneField extends FieldBase {
  kind: 'phone';
}

export interface FileField extends FieldBase {
  kind: 'file';
  /** Accepted media types, e.g. ['application/pdf', 'image/jpeg']. */
  accept: readonly string[];
  maxFiles?: number;
  /** In bytes. */
  maxSize?: number;
}

/** The fields a repeating group may hold: no files and no nested groups. */
export type GroupItemField =
  | TextField
  | NumberField
  | MoneyField
  | DateField
  | ChoiceField
  | CheckboxField
  | CheckboxesField
  | AddressField
  | IbanField
  | EmailField
  | PhoneField;

/** A repeating group ("weitere Kinder"); its value is a list of items, each a `FormValues`. */
export interface GroupField extends FieldBase {
  kind: 'group';
  fields: readonly GroupItemField[];
  /** The label of one item, with {number} for its position, e.g. "Kind {number}". */
  itemLabel: Text;
  minItems?: number;
  maxItems?: number;
}

export type FieldDefinition = GroupItemField | FileField | GroupField;

export interface StepDefinition {
  /** Used in URLs: lower-case letters, digits and '-'. */
  id: string;
  title: Text;
  intro?: Text;
  fields: readonly FieldDefinition[];
  visibleWhen?: Condition;
}

/** A rule over several fields, e.g. "end after start". The problem is shown at `field`. */
export interface CrossFieldRule {
  field: string;
  /** Returns true when the values are fine. Only called when `field` is visible and has an answer. */
  check: (values: FormValues) => boolean;
  message: Text;
  when?: Condition;
}

/** A value derived from the answers, e.g. a fee; shown on the summary page. */
export interface ComputedValue {
  name: string;
  label: Text;
  format: 'money' | 'number' | 'text';
  /** Money in cents. Undefined when the answers do not allow a value yet. */
  compute: (values: FormValues) => number | string | undefined;
}

export interface FormDefinition {
  key: string;
  version: number;
  title: Text;
  steps: readonly StepDefinition[];
  rules?: readonly CrossFieldRule[];
  computed?: readonly ComputedValue[];
}

export interface FieldProblem {
  /** The id of the input to link to from the error summary. */
  field: string;
  text: Text;
  values?: Record<string, string>;
}

/** What the person posted, by input name, to show it again when it was invalid. */
export type RawValues = Record<string, string | string[]>;
