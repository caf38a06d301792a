// How fields are named in the posted body and identified in the page.
// Names use dots: `vorname`, `adresse.postalCode`, group items `kinder.0.vorname`, and the hidden item count
// `kinder.items`. Ids start with "f-" and use '-' (`f-kinder-0-vorname`) so they never clash with the
// layout's ids and are safe in `#fragment` links.

export const ACTION_FIELD = 'aktion';

export function inputName(...parts: (string | number)[]): string {
  return parts.join('.');
}

export function inputId(...parts: (string | number)[]): string {
  return `f-${parts.join('-')}`;
}

/** The buttons of a step besides "Weiter": add/remove a group item and remove an uploaded file. */
export type FormAction =
  | { kind: 'add'; group: string }
  | { kind: 'remove'; group: string; index: number }
  | { kind: 'removeFile'; field: string; fileId: string };

export function actionValue(action: FormAction): string {
  if (action.kind === 'add') return `add:${action.group}`;
  if (action.kind === 'remove') return `remove:${action.group}:${action.index}`;
  return `remove-file:${action.field}:${action.fileId}`;
}

export function parseAction(value: string | string[] | undefined): FormAction | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const [kind, first, ...rest] = text.split(':');
  const second = rest.length > 0 ? rest.join(':') : undefined;
  if (kind === 'add' && first) return { kind: 'add', group: first };
  if (kind === 'remove' && first && second !== undefined && /^\d{1,3}$/.test(second)) {
    return { kind: 'remove', group: first, index: Number(second) };
  }
  if (kind === 'remove-file' && first && second) return { kind: 'removeFile', field: first, fileId: second };
  return undefined;
}
