// KERN UX building blocks used across modules. Markup follows the KERN plain-CSS kit (@kern-ux/native).
import { jsx, type Child } from './jsx-runtime.ts';

export function Alert(props: {
  kind: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  children?: Child;
}) {
  return (
    <div class={`kern-alert kern-alert--${props.kind}`} role={props.kind === 'danger' ? 'alert' : 'status'}>
      <div class="kern-alert__header">
        <span
          class={`kern-icon kern-icon--${props.kind === 'danger' ? 'danger' : props.kind}`}
          aria-hidden="true"
        ></span>
        <span class="kern-title">{props.title}</span>
      </div>
      {props.children ? <div class="kern-alert__body">{props.children}</div> : null}
    </div>
  );
}

export function Heading(props: {
  level?: 1 | 2 | 3;
  size?: 'x-large' | 'large' | 'medium' | 'small';
  id?: string;
  children?: Child;
}) {
  const level = props.level ?? 1;
  const size = props.size ?? (level === 1 ? 'x-large' : level === 2 ? 'large' : 'medium');
  return jsx(`h${level}`, { class: `kern-heading-${size}`, id: props.id, children: props.children });
}

export function ButtonLink(props: {
  href: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
  children?: Child;
}) {
  return (
    <a class={`kern-btn kern-btn--${props.variant ?? 'primary'}`} href={props.href}>
      <span class="kern-label">{props.children}</span>
    </a>
  );
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** Error summary at the top of a form (WCAG 3.3.1): each entry links to its field. */
export function ErrorSummary(props: { title: string; errors: { field: string; message: string }[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="kern-alert kern-alert--danger error-summary" role="alert" tabindex="-1" id="error-summary">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
        <h2 class="kern-title">{props.title}</h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {props.errors.map((error) => (
            <li>
              <a class="kern-link" href={`#${error.field}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
