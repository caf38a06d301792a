// Form pieces the workflow pages share and platform/ui does not have yet: a multi-line text field in KERN
// markup (label, hint, error linked by aria-describedby, WCAG 3.3.1) and a small status badge.
import { FieldError } from '../../platform/ui/form-fields.tsx';

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

export function Badge(props: { kind: 'info' | 'success' | 'warning' | 'danger'; label: string }) {
  return (
    <span class={`kern-badge kern-badge--${props.kind}`}>
      <span class="kern-label">{props.label}</span>
    </span>
  );
}
