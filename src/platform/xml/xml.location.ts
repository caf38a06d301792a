// Locations that validators report as XPath (SVRL @location) — "/*:Invoice[namespace-uri()='…'][1]/…"
// from ISO skeleton stylesheets, "/Q{…}Invoice[1]/…" from SchXslt — made readable for a clerk
// ("Invoice / InvoiceLine[2] / Price") and traced back to a line of the document.
import { XmlElement, type XmlDocument, type XmlTreeNode } from 'libxml2-wasm';

export interface LocationStep {
  kind: 'element' | 'attribute' | 'other';
  namespace: string;
  name: string;
  /** Position among siblings of the same name, 1-based. */
  position: number;
}

function splitSteps(location: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of location) {
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    if (char === '/' && depth === 0) {
      if (current) steps.push(current);
      current = '';
    } else current += char;
  }
  if (current) steps.push(current);
  return steps;
}

const clarkElement = /^Q\{([^}]*)\}([^[]+)(?:\[(\d+)\])?$/;
const skeletonElement = /^\*:([^[]+)\[namespace-uri\(\)='([^']*)'\](?:\[(\d+)\])?$/;
const plainElement = /^([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\[(\d+)\])?$/;
const clarkAttribute = /^@Q\{([^}]*)\}(.+)$/;
const skeletonAttribute = /^@\*\[local-name\(\)='([^']+)' and namespace-uri\(\)='([^']*)'\]$/;
const plainAttribute = /^@(?:[\w.-]+:)?([\w.-]+)$/;

export function parseLocation(location: string): LocationStep[] {
  return splitSteps(location.trim()).map((step): LocationStep => {
    let match = clarkElement.exec(step);
    if (match)
      return { kind: 'element', namespace: match[1]!, name: match[2]!, position: Number(match[3] ?? 1) };
    match = skeletonElement.exec(step);
    if (match)
      return { kind: 'element', namespace: match[2]!, name: match[1]!, position: Number(match[3] ?? 1) };
    match = clarkAttribute.exec(step);
    if (match) return { kind: 'attribute', namespace: match[1]!, name: match[2]!, position: 1 };
    match = skeletonAttribute.exec(step);
    if (match) return { kind: 'attribute', namespace: match[2]!, name: match[1]!, position: 1 };
    match = plainAttribute.exec(step);
    if (match) return { kind: 'attribute', namespace: '', name: match[1]!, position: 1 };
    match = plainElement.exec(step);
    // A prefixed name without its namespace: matched by local name below.
    if (match)
      return {
        kind: 'element',
        namespace: match[1] ? '*' : '',
        name: match[2]!,
        position: Number(match[3] ?? 1),
      };
    return { kind: 'other', namespace: '', name: step, position: 1 };
  });
}

/** "Invoice / InvoiceLine[2] / Item / @schemeID" — positions shown only where they tell something. */
export function readableLocation(location: string): string {
  const steps = parseLocation(location);
  if (steps.length === 0) return location;
  return steps
    .map((step) =>
      step.kind === 'attribute'
        ? `@${step.name}`
        : step.kind === 'element' && step.position > 1
          ? `${step.name}[${step.position}]`
          : step.name,
    )
    .join(' / ');
}

function childElements(node: XmlDocument | XmlElement): XmlElement[] {
  if (!(node instanceof XmlElement)) return [node.root];
  const elements: XmlElement[] = [];
  for (let child: XmlTreeNode | null = node.firstChild; child; child = child.next)
    if (child instanceof XmlElement) elements.push(child);
  return elements;
}

/** The line of the element a location points to (for an attribute: its element), if it can be found. */
export function lineOfLocation(document: XmlDocument, location: string): number | undefined {
  let current: XmlDocument | XmlElement = document;
  let line: number | undefined;
  for (const step of parseLocation(location)) {
    if (step.kind !== 'element') break;
    const matching: XmlElement[] = childElements(current).filter(
      (element) =>
        element.name === step.name && (step.namespace === '*' || element.namespaceUri === step.namespace),
    );
    const next: XmlElement | undefined = matching[step.position - 1];
    if (!next) break;
    current = next;
    line = next.line;
  }
  return line;
}
