// The findings of a schematron run, read from its SVRL result (ISO/IEC 19757-3, annex D).
import type { SaxonNode } from 'saxon-js';
import { evaluateXPath } from './xml.xslt.ts';

export interface SvrlFinding {
  kind: 'failed-assert' | 'successful-report';
  id: string;
  /** @flag and @role as the rule states them ("fatal", "warning", "information" …); empty when absent. */
  flag: string;
  role: string;
  location: string;
  text: string;
}

const query = `array { //(svrl:failed-assert | svrl:successful-report) ! map {
  'kind': local-name(), 'id': string(@id), 'flag': string(@flag), 'role': string(@role),
  'location': string(@location), 'text': normalize-space(string-join(svrl:text, ' ')) } }`;

export function readSvrl(result: SaxonNode): SvrlFinding[] {
  return evaluateXPath(query, result, { svrl: 'http://purl.oclc.org/dsdl/svrl' }) as SvrlFinding[];
}
