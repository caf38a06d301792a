// A tiny JSX runtime that renders to HTML strings on the server.
// Text and attribute values are escaped by default; only values wrapped in `raw()` pass unescaped,
// so script injection through user data is impossible unless a template opts out explicitly.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Child = SafeHtml | string | number | boolean | null | undefined | Child[];

type Props = Record<string, unknown> & { children?: Child };
type Component<P> = (props: P) => SafeHtml;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const needsEscaping = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape; skip the replace (and its allocations) then.
  if (!needsEscaping.test(text)) return text;
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/** Marks trusted markup (e.g. a rendered template) so that it is not escaped again. */
export function raw(html: string): SafeHtml {
  return new SafeHtml(html);
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function renderChild(child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return '';
  if (child instanceof SafeHtml) return child.value;
  if (Array.isArray(child)) return child.map(renderChild).join('');
  return escapeHtml(String(child));
}

const checkedAttributeNames = new Set<string>();

function attributeName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'htmlFor') return 'for';
  if (checkedAttributeNames.has(name)) return name;
  if (!/^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/.test(name)) throw new Error(`Invalid attribute name: ${name}`);
  // Attribute names come from templates, so the set stays small.
  if (checkedAttributeNames.size < 1000) checkedAttributeNames.add(name);
  return name;
}

function renderAttributes(props: Props): string {
  let out = '';
  for (const name in props) {
    const value = props[name];
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    const attr = attributeName(name);
    if (value === true) out += ` ${attr}`;
    else out += ` ${attr}="${escapeHtml(value instanceof SafeHtml ? value.value : String(value))}"`;
  }
  return out;
}

export function jsx(type: string | Component<Props>, props: Props): SafeHtml {
  if (typeof type === 'function') return type(props);
  const attributes = renderAttributes(props);
  if (voidElements.has(type)) return new SafeHtml(`<${type}${attributes}>`);
  return new SafeHtml(`<${type}${attributes}>${renderChild(props.children)}</${type}>`);
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment(props: { children?: Child }): SafeHtml {
  return new SafeHtml(renderChild(props.children));
}

/** Renders any child (including arrays) to markup. */
export function render(child: Child): string {
  return renderChild(child);
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = SafeHtml;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicElements {
    [name: string]: Record<string, unknown> & { children?: Child };
  }
}
