// Corrections applied to official stylesheets before they are compiled for SaxonJS.
import type { XsltSourcePatch } from '../../platform/xml/index.ts';

/**
 * BR-DE-19 (XRechnung CIUS, IBAN check of BT-84) computes `xs:integer(string-join(…digits…)) mod 97`.
 * SaxonJS 2.7 does xs:integer arithmetic with JavaScript doubles above 2^53, so the check fails for valid
 * IBANs of 16 digits and more (e.g. DE89370400440532013000). xs:decimal is exact in SaxonJS, the cast
 * accepts the same digit strings, and "mod 97 = 1" means the same; BR-DE-20 is already written that way.
 */
export const exactIbanCheck: XsltSourcePatch = {
  id: 'br-de-19-xs-decimal-v1',
  apply: (source) =>
    source.replaceAll(
      'xs:integer(string-join(for $cp in string-to-codepoints(',
      'xs:decimal(string-join(for $cp in string-to-codepoints(',
    ),
};

export const stylesheetPatches: readonly XsltSourcePatch[] = [exactIbanCheck];
