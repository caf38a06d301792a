// A small XML writer for the payment files: elements, attributes, text — nothing else is needed.
// Text and attribute values are escaped here, once, so no caller can forget it.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlContent[];
}
export type XmlContent = XmlElement | string;

/** An element; `undefined`/`false` children are skipped so optional parts read inline. */
export function el(name: string, ...children: (XmlContent | undefined | false)[]): XmlElement {
  return {
    name,
    attributes: {},
    children: children.filter((c): c is XmlContent => c !== undefined && c !== false),
  };
}

export function withAttributes(element: XmlElement, attributes: Record<string, string>): XmlElement {
  return { ...element, attributes: { ...element.attributes, ...attributes } };
}

/** Escapes text content: & and < always, > too (so "]]>" can never appear). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/"/g, '&quot;');
}

/** The document with an XML declaration, UTF-8, indented by two spaces. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, '')}\n`;
}

function render(element: XmlElement, indent: string): string {
  const attributes = Object.entries(element.attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (element.children.length === 0) return `${open}/>`;
  if (element.children.every((c) => typeof c === 'string'))
    return `${open}>${element.children.map((c) => escapeXml(c as string)).join('')}</${element.name}>`;
  const inner = element.children
    .map((c) => (typeof c === 'string' ? `${indent}  ${escapeXml(c)}` : render(c, `${indent}  `)))
    .join('\n');
  return `${open}>\n${inner}\n${indent}</${element.name}>`;
}
