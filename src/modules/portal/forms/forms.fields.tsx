// One field of a step, by kind, showing what was typed (raw) after a problem, else the stored answer.
import { translate, type Locale, type Text } from '../../../platform/i18n/i18n.ts';
import { isFieldVisible, isRequired, type Scope } from './forms.conditions.ts';
import { DEFAULT_MAX_LENGTH } from './forms.check.ts';
import { formatIban } from './forms.iban.ts';
import { fillText, formsText } from './forms.messages.ts';
import { actionValue, inputId, inputName } from './forms.names.ts';
import type {
  Address,
  FieldDefinition,
  FieldValue,
  FileRef,
  FormValues,
  GroupField,
  RawValues,
} from './forms.types.ts';
import { formatNumber, moneyInput } from './forms.values.ts';
import {
  Choices,
  FileInput,
  Fieldset,
  Select,
  SingleCheckbox,
  SubmitButton,
  TextInput,
} from './forms.inputs.tsx';

export interface FieldViewContext {
  locale: Locale;
  raw: RawValues;
  /** Messages by input id. */
  errors: Map<string, string>;
  scope: Scope;
}

const addressAutocomplete = {
  street: 'address-line1',
  houseNumber: undefined,
  postalCode: 'postal-code',
  city: 'address-level2',
} as const;

function shownText(field: FieldDefinition, value: FieldValue | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (field.kind === 'money' && typeof value === 'number') return moneyInput(value);
  if (field.kind === 'number' && typeof value === 'number')
    return formatNumber(value, locale).replace(/\u00a0/g, '');
  if (field.kind === 'iban' && typeof value === 'string') return formatIban(value);
  return typeof value === 'string' ? value : '';
}

function rawOne(raw: RawValues, name: string): string | undefined {
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

export function FieldView(props: {
  field: FieldDefinition;
  /** Id parts: [name] or [group, index, name]. */
  path: (string | number)[];
  value: FieldValue | undefined;
  view: FieldViewContext;
}) {
  const { field, path, value, view } = props;
  const t = (text: Text) => translate(view.locale, text);
  const id = inputId(...path);
  const name = inputName(...path);
  const optional = !field.required;
  const label = `${t(field.label)}${optional ? ` ${t(formsText.optional)}` : ''}`;
  const hint = field.hint ? t(field.hint) : undefined;
  const error = view.errors.get(id);
  const text = rawOne(view.raw, name) ?? shownText(field, value, view.locale);
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return (
        <TextInput
          {...{ id, name, label, hint, error, value: text }}
          multiline={field.kind === 'textarea'}
          maxlength={field.maxLength ?? DEFAULT_MAX_LENGTH[field.kind]}
          autocomplete={field.autocomplete}
        />
      );
    case 'number':
    case 'money':
      return <TextInput {...{ id, name, label, hint, error, value: text }} inputmode="decimal" narrow />;
    case 'date':
      return (
        <TextInput
          {...{ id, name, label, hint, error, value: text }}
          type="date"
          autocomplete={field.autocomplete}
        />
      );
    case 'email':
      return (
        <TextInput
          {...{ id, name, label, hint, error, value: text }}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
      );
    case 'phone':
      return <TextInput {...{ id, name, label, hint, error, value: text }} type="tel" autocomplete="tel" />;
    case 'iban':
      // There is no autocomplete token for an IBAN; "off" keeps browsers from offering unrelated entries.
      return (
        <TextInput
          {...{ id, name, label, hint, error, value: text }}
          autocomplete="off"
          spellcheck={false}
          maxlength={42}
        />
      );
    case 'select':
      return (
        <Select
          {...{ id, name, label, hint, error, value: text }}
          placeholder={t(formsText.pleaseChoose)}
          options={field.options.map((o) => ({ value: o.value, label: t(o.label) }))}
        />
      );
    case 'radio':
    case 'checkboxes': {
      const posted = view.raw[name];
      const chosen =
        posted !== undefined
          ? [posted].flat()
          : Array.isArray(value)
            ? (value as string[])
            : typeof value === 'string'
              ? [value]
              : [];
      return (
        <Choices
          {...{ id, name, hint, error, chosen }}
          type={field.kind === 'radio' ? 'radio' : 'checkbox'}
          legend={t(field.label)}
          options={field.options.map((o) => ({
            value: o.value,
            label: t(o.label),
            hint: o.hint ? t(o.hint) : undefined,
          }))}
        />
      );
    }
    case 'checkbox':
      return (
        <SingleCheckbox
          {...{ id, name, label: t(field.label), hint, error }}
          checked={value === true || view.raw[name] !== undefined}
        />
      );
    case 'address': {
      const address = value as Address | undefined;
      return (
        <Fieldset id={id} legend={label} hint={hint}>
          {(['street', 'houseNumber', 'postalCode', 'city'] as const).map((part) => (
            <TextInput
              id={inputId(...path, part)}
              name={inputName(...path, part)}
              label={t(formsText[part])}
              value={rawOne(view.raw, inputName(...path, part)) ?? address?.[part] ?? ''}
              error={view.errors.get(inputId(...path, part))}
              autocomplete={addressAutocomplete[part]}
              inputmode={part === 'postalCode' ? 'numeric' : undefined}
              maxlength={part === 'postalCode' ? 5 : 100}
              narrow={part === 'postalCode' || part === 'houseNumber'}
            />
          ))}
        </Fieldset>
      );
    }
    case 'file':
      return (
        <FileInput
          {...{ id, name, label, hint, error }}
          accept={field.accept}
          multiple={(field.maxFiles ?? 1) > 1}
          files={(value as FileRef[] | undefined) ?? []}
          locale={view.locale}
        />
      );
    case 'group':
      return (
        <GroupView
          field={field}
          id={id}
          label={t(field.label)}
          hint={hint}
          error={error}
          items={(value as FormValues[] | undefined) ?? []}
          view={view}
        />
      );
  }
}

function GroupView(props: {
  field: GroupField;
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  items: FormValues[];
  view: FieldViewContext;
}) {
  const { field, view } = props;
  const t = (text: Text) => translate(view.locale, text);
  const postedCount = Number.parseInt(String(view.raw[`${field.name}.items`] ?? ''), 10);
  const count = Number.isNaN(postedCount) ? Math.max(props.items.length, field.minItems ?? 0) : postedCount;
  const canAdd = count < (field.maxItems ?? 50);
  return (
    <Fieldset id={props.id} fieldsetId={props.id} legend={props.label} hint={props.hint} error={props.error}>
      <input type="hidden" name={`${field.name}.items`} value={String(count)} />
      {Array.from({ length: count }, (_, index) => {
        const item = props.items[index] ?? {};
        const itemLabel = t(fillText(field.itemLabel, { number: index + 1 }));
        const scope: Scope = (name) => (name in item ? item[name] : view.scope(name));
        return (
          <fieldset class="kern-fieldset" id={inputId(field.name, index)}>
            <legend class="kern-label">{itemLabel}</legend>
            <div class="kern-fieldset__body">
              {field.fields
                .filter((inner) => isFieldVisible(inner, scope))
                .map((inner) => (
                  <FieldView
                    field={{ ...inner, required: isRequired(inner, scope) }}
                    path={[field.name, index, inner.name]}
                    value={item[inner.name]}
                    view={{ ...view, scope }}
                  />
                ))}
              {count > (field.minItems ?? 0) ? (
                <SubmitButton
                  label={t(formsText.removeItem)}
                  srContext={itemLabel}
                  value={actionValue({ kind: 'remove', group: field.name, index })}
                  variant="secondary"
                />
              ) : null}
            </div>
          </fieldset>
        );
      })}
      {canAdd ? (
        <SubmitButton
          label={t(fillText(formsText.addItem, { label: field.label }))}
          value={actionValue({ kind: 'add', group: field.name })}
          variant="secondary"
          id={`${props.id}-add`}
        />
      ) : null}
    </Fieldset>
  );
}
