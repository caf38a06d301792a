// The basic inputs of the forms engine in KERN markup: a labelled input or textarea, a fieldset with
// options, a single checkbox. Hint and error are linked with aria-describedby (WCAG 1.3.1, 3.3.1).
import { translate, type Locale, type Text } from '../../../platform/i18n/i18n.ts';
import { FieldError } from '../../../platform/ui/form-fields.tsx';
import { formsText } from './forms.messages.ts';
import { actionValue } from './forms.names.ts';
import type { FileRef } from './forms.types.ts';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function Hint(props: { id: string; hint?: string | undefined }) {
  return props.hint ? (
    <div class="kern-hint" id={`${props.id}-hint`}>
      {props.hint}
    </div>
  ) : null;
}

export function TextInput(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'date';
  multiline?: boolean;
  autocomplete?: string | undefined;
  inputmode?: string | undefined;
  maxlength?: number | undefined;
  spellcheck?: boolean;
  narrow?: boolean;
}) {
  const { id, error } = props;
  const invalid = error ? ' kern-form-input__input--error' : '';
  const width = props.narrow ? ' kern-form-input__input--width-4' : '';
  const common = {
    class: `kern-form-input__input${invalid}${width}`,
    id,
    name: props.name,
    maxlength: props.maxlength,
    autocomplete: props.autocomplete,
    spellcheck: props.spellcheck === false ? 'false' : undefined,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy(id, props.hint, error),
  };
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
      </label>
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
      {props.multiline ? (
        <textarea {...common} rows="5">
          {props.value}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={props.value}
          inputmode={props.inputmode}
          autocapitalize={props.type === 'email' ? 'none' : undefined}
        />
      )}
    </div>
  );
}

export function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  placeholder: string;
  options: { value: string; label: string }[];
}) {
  const { id, error } = props;
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
      </label>
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={props.name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, props.hint, error)}
        >
          <option value="">{props.placeholder}</option>
          {props.options.map((option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** A group of inputs under one legend; `id` names the fieldset and its hint and error. */
export function Fieldset(props: {
  id: string;
  /** Default `<id>-fieldset`; a group uses its own id so that the error summary can link to it. */
  fieldsetId?: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  children?: Child;
  horizontal?: boolean;
}) {
  const { id, error } = props;
  return (
    <fieldset
      class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={props.fieldsetId ?? `${id}-fieldset`}
      aria-describedby={describedBy(id, props.hint, error)}
    >
      <legend class="kern-label">{props.legend}</legend>
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
      <div class={`kern-fieldset__body${props.horizontal ? ' kern-fieldset__body--horizontal' : ''}`}>
        {props.children}
      </div>
    </fieldset>
  );
}

/** Radios or checkboxes; the first option carries the field's id, so the error summary can focus it. */
export function Choices(props: {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  chosen: string[];
  options: { value: string; label: string; hint?: string | undefined }[];
}) {
  const control = props.type === 'radio' ? 'kern-form-check__radio' : 'kern-form-check__checkbox';
  return (
    <Fieldset id={props.id} legend={props.legend} hint={props.hint} error={props.error}>
      {props.options.map((option, index) => {
        const optionId = index === 0 ? props.id : `${props.id}-opt-${index}`;
        return (
          <div class={`kern-form-check${props.error ? ' kern-form-check--error' : ''}`}>
            <input
              class={`${control}${props.error ? ` ${control}--error` : ''}`}
              type={props.type}
              id={optionId}
              name={props.name}
              value={option.value}
              checked={props.chosen.includes(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label class="kern-label" for={optionId}>
              {option.label}
            </label>
            <Hint id={optionId} hint={option.hint} />
          </div>
        );
      })}
    </Fieldset>
  );
}

export function SingleCheckbox(props: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { id, error } = props;
  return (
    <div class="kern-form-input">
      <FieldError id={id} error={error} />
      <div class={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
        <input
          class={`kern-form-check__checkbox${error ? ' kern-form-check__checkbox--error' : ''}`}
          type="checkbox"
          id={id}
          name={props.name}
          value="ja"
          checked={props.checked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, props.hint, error)}
        />
        <label class="kern-label" for={id}>
          {props.label}
        </label>
      </div>
      <Hint id={id} hint={props.hint} />
    </div>
  );
}

export function SubmitButton(props: {
  label: string;
  value: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
  /** Added to the accessible name, e.g. which item "Entfernen" removes. (Not as a kern-sr-only span:
   *  KERN styles buttons holding one as icon-only buttons.) */
  srContext?: string | undefined;
  id?: string;
  small?: boolean;
}) {
  return (
    <button
      class={`kern-btn kern-btn--${props.variant ?? 'primary'}${props.small ? ' kern-btn--x-small' : ''}`}
      type="submit"
      name="aktion"
      value={props.value}
      id={props.id}
      aria-label={props.srContext ? `${props.label} ${props.srContext}` : undefined}
    >
      <span class="kern-label">{props.label}</span>
    </button>
  );
}

/** A file input with the files uploaded so far, each with a remove button (works without JS). */
export function FileInput(props: {
  id: string;
  name: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  accept: readonly string[];
  multiple: boolean;
  files: FileRef[];
  locale: Locale;
}) {
  const { id, error } = props;
  const t = (text: Text) => translate(props.locale, text);
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
      </label>
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
      {props.files.length > 0 ? (
        <div>
          <p class="kern-body">{t(formsText.uploadedFiles)}</p>
          <ul class="kern-list">
            {props.files.map((file) => (
              <li>
                <span class="kern-body">{file.name} </span>
                <SubmitButton
                  label={t(formsText.removeFile)}
                  srContext={file.name}
                  value={actionValue({ kind: 'removeFile', field: props.name, fileId: file.id })}
                  variant="tertiary"
                  small
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        type="file"
        id={id}
        name={props.name}
        accept={props.accept.join(',')}
        multiple={props.multiple}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      />
    </div>
  );
}
