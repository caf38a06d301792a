// Reads a KoSIT validator configuration: scenarios.xml and the resources it names, in the layout of the
// official release (validator-configuration-xrechnung), so an update is "unpack the new release".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XmlDocument, type XmlElement } from 'libxml2-wasm';
import type { Severity } from './invoices.validation.report.ts';

const ns = { s: 'http://www.xoev.de/de/validator/framework/1/scenarios' };

export interface ScenarioResource {
  name: string;
  /** Absolute path. */
  file: string;
}

export interface Scenario {
  name: string;
  /** Prefixes the match expression uses. */
  namespaces: Record<string, string>;
  /** XPath 3.1; the first scenario whose match is true applies. */
  match: string;
  schema: ScenarioResource;
  schematrons: ScenarioResource[];
  customLevels: ReadonlyMap<string, Severity>;
}

export interface ValidationConfiguration {
  directory: string;
  name: string;
  scenarios: Scenario[];
}

const severities = new Set<string>(['error', 'warning', 'information']);

function text(element: XmlElement, xpath: string): string {
  return (element.get(xpath, ns)?.content ?? '').trim();
}

function resource(element: XmlElement, directory: string): ScenarioResource {
  const location = text(element, 's:location');
  if (!location) throw new Error('resource without location in scenarios.xml');
  return { name: text(element, 's:name').replace(/\s+/g, ' '), file: path.resolve(directory, location) };
}

export function readConfiguration(directory: string): ValidationConfiguration {
  const file = path.join(directory, 'scenarios.xml');
  const document = XmlDocument.fromBuffer(readFileSync(file));
  try {
    const root = document.root;
    const scenarios = (root.find('s:scenario', ns) as XmlElement[]).map((scenario): Scenario => {
      const namespaces: Record<string, string> = {};
      for (const declaration of scenario.find('s:namespace', ns) as XmlElement[]) {
        const prefix = declaration.attrs.find((attribute) => attribute.name === 'prefix')?.value;
        if (prefix) namespaces[prefix] = declaration.content.trim();
      }
      const customLevels = new Map<string, Severity>();
      for (const level of scenario.find('.//s:customLevel', ns) as XmlElement[]) {
        const value = level.attrs.find((attribute) => attribute.name === 'level')?.value ?? '';
        if (!severities.has(value)) throw new Error(`customLevel "${value}" in scenarios.xml is not a level`);
        // rep:custom-level tokenizes the content: one customLevel may name several codes.
        for (const code of level.content.trim().split(/\s+/)) customLevels.set(code, value as Severity);
      }
      const schema = scenario.get('s:validateWithXmlSchema/s:resource', ns) as XmlElement | null;
      if (!schema) throw new Error(`scenario "${text(scenario, 's:name')}" has no XML Schema`);
      return {
        name: text(scenario, 's:name'),
        namespaces,
        match: text(scenario, 's:match'),
        schema: resource(schema, directory),
        schematrons: (scenario.find('s:validateWithSchematron/s:resource', ns) as XmlElement[]).map(
          (element) => resource(element, directory),
        ),
        customLevels,
      };
    });
    return { directory, name: text(root, 's:name'), scenarios };
  } finally {
    document.dispose();
  }
}
