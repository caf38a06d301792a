// The forms engine: typed form definitions, parsing and validation on the server, step flow, rendering
// of steps and the summary, plain-text description for the application's PDF.
export type {
  Address,
  AddressField,
  CheckboxField,
  CheckboxesField,
  ChoiceField,
  ComputedValue,
  Condition,
  CrossFieldRule,
  DateBound,
  DateField,
  EmailField,
  FieldDefinition,
  FieldProblem,
  FieldValue,
  FileField,
  FileRef,
  FormDefinition,
  FormValues,
  GroupField,
  GroupItemField,
  IbanField,
  MoneyField,
  NumberField,
  Option,
  PhoneField,
  RawValues,
  StepDefinition,
  Text,
  TextField,
} from './forms.types.ts';
export { evaluate, isFieldVisible, isStepVisible, pruneHidden } from './forms.conditions.ts';
export { parseStep, type ParsedStep, type PostedBody } from './forms.parse.ts';
export {
  findStep,
  isStepComplete,
  stepOfField,
  validateAll,
  validateStep,
  type ValidateOptions,
} from './forms.validate.ts';
export {
  firstIncompleteStepId,
  mayOpenStep,
  mayOpenSummary,
  nextStepId,
  previousStepId,
  stepPosition,
  visibleSteps,
} from './forms.flow.ts';
export {
  computeValues,
  describeComputed,
  describeSteps,
  describeValues,
  formatValue,
} from './forms.describe.ts';
export { FormErrorSummary, FormStep, NEXT_ACTION, problemLinks } from './forms.render.tsx';
export { FormSummary } from './forms.summary.tsx';
export { filesOf } from './forms.files.ts';
export {
  ACTION_FIELD,
  actionValue,
  inputId,
  inputName,
  parseAction,
  type FormAction,
} from './forms.names.ts';
export { checkIban, formatIban, normalizeIban } from './forms.iban.ts';
export { formatMoney, parseDate, parseMoney, todayInBerlin } from './forms.values.ts';
export { formsText } from './forms.messages.ts';
export {
  PARKING_PERMIT_FEE_PER_YEAR_CENTS,
  parkingPermitFee,
  residentsParkingPermitForm,
} from './forms.sample.ts';
