// Form fields in KERN markup, shared by every form: label, hint, error message (linked with
// aria-describedby, WCAG 3.3.1), input. A password is never sent back to the browser.
import type { SafeHtml } from './jsx-runtime.ts';

export function FieldError(props: { id: string; error?: string | undefined }): SafeHtml | null {
  if (!props.error) return null;
  return (
    <p class="kern-error" id={`${props.id}-error`}>
      <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true"></span>
      <span class="kern-body">{props.error}</span>
    </p>
  );
}

export function InputField(props: {
  id: string;
  name?: string;
  label: string;
  value?: string | null | undefined;
  type?: string;
  hint?: string | undefined;
  error?: string | undefined;
  autocomplete?: string;
  inputmode?: string;
}) {
  const type = props.type ?? 'text';
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div class="kern-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError id={props.id} error={props.error} />
      <input
        class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={props.id}
        name={props.name ?? props.id}
        type={type}
        value={type === 'password' ? undefined : (props.value ?? undefined)}
        autocomplete={props.autocomplete ?? 'off'}
        inputmode={props.inputmode}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
        spellcheck={type === 'email' ? 'false' : undefined}
        autocapitalize={type === 'email' ? 'none' : undefined}
      />
    </div>
  );
}

export function SelectField(props: {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
      </label>
      <FieldError id={props.id} error={props.error} />
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${props.error ? ' kern-form-input__select--error' : ''}`}
          id={props.id}
          name={props.id}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
        >
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

/** A multi-line text field. */
export function TextareaField(props: {
  id: string;
  name?: string;
  label: string;
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div class="kern-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError id={props.id} error={props.error} />
      <textarea
        class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={props.id}
        name={props.name ?? props.id}
        rows={props.rows ?? 3}
        maxlength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

/** A small status badge (KERN). */
export function Badge(props: { kind: 'info' | 'success' | 'warning' | 'danger'; label: string }) {
  return (
    <span class={`kern-badge kern-badge--${props.kind}`}>
      <span class="kern-label">{props.label}</span>
    </span>
  );
}
