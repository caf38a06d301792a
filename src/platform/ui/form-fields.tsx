// Form fields in KERN markup, shared by every form: label, hint, error message (linked with
// aria-describedby, WCAG 3.3.1), input. A password is never sent back to the browser.
import type { Child, SafeHtml } from './jsx-runtime.ts';

export function FieldError(props: { id: string; error?: string | undefined }): SafeHtml | null {
  if (!props.error) return null;
  return (
    <p class="kern-error" id={`${props.id}-error`}>
      <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true"></span>
      <span class="kern-body">{props.error}</span>
    </p>
  );
}

/** The ids an input is described by: its hint and its error message, when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** The frame every field shares: label, hint, error message, then the control itself. */
export function FieldFrame(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children?: Child;
}) {
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
      {props.children}
    </div>
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
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={props.id}
        name={props.name ?? props.id}
        type={type}
        value={type === 'password' ? undefined : (props.value ?? undefined)}
        autocomplete={props.autocomplete ?? 'off'}
        inputmode={props.inputmode}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        spellcheck={type === 'email' ? 'false' : undefined}
        autocapitalize={type === 'email' ? 'none' : undefined}
      />
    </FieldFrame>
  );
}

export function SelectField(props: {
  id: string;
  name?: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${props.error ? ' kern-form-input__select--error' : ''}`}
          id={props.id}
          name={props.name ?? props.id}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
        >
          {props.options.map((option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
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
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={props.id}
        name={props.name ?? props.id}
        rows={props.rows ?? 3}
        maxlength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
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
