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

// A rooted `//` directly before a name test of an element or attribute, e.g. `//cac:ClassifiedTaxCategory`,
// `//@schemeURI` (not `//*`, `//(`, not a function call `//f(`, not an axis `//child::`).
const rootedNameStep = /\/\/(@?[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(?![\w.:(-])/g;
const testAttribute = /(<xsl:(?:when|if)\s+test=")([^"]*)(")/g;

/**
 * Whether the `//` at the end of `before` starts a path (rooted at the document) rather than continuing a
 * relative one (`a//b`, `.//b`, `$x//b`, `f()//b`, `a[1]//b`): only after an opening bracket, a comma, a
 * comparison, or the operators `and`/`or` — what the CEN stylesheets use. Anything else stays as it is
 * (correct, only not faster). `! //x` is left alone too: there the context item could be an atomic value.
 */
function startsRootedPath(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === '') return true;
  if (/[([,=]$/.test(trimmed) || /&(?:lt|gt);$/.test(trimmed)) return true;
  return trimmed !== before && /(?:^|[^/@:\w.-]\s*|\s)(?:and|or)$/.test(trimmed);
}

/**
 * The CEN's EN 16931 rules test the whole document with `//name` ~200 times in the rule on the root element
 * (and some per line, for CII), `//@attribute` 23 times, and SaxonJS walks all nodes each time: ~9 ms per walk for a 1,000-line
 * invoice, ~75 % of its validation. This patch walks once per name: in the tests of `xsl:when`/`xsl:if`,
 * `//p:n…` becomes `$rathaus-parents-K/p:n…` with the global variable `rathaus-parents-K` = `//p:n/..`
 * (likewise `//@a`).
 *
 * Equivalent for every continuation, positional predicates included: `//p:n[…]` abbreviates
 * `root(.)/descendant-or-self::node()/child::p:n[…]`, the union over all nodes of their `p:n` children
 * (filtered among siblings); a node without such children adds nothing, so the union over the parents of
 * `p:n` elements — the variable — is the same, and `/` sorts and deduplicates in both. The same holds for
 * `//@a` (attribute axis) with the owners of `@a` attributes. The variable is
 * evaluated with the source document as context, the root of every node the rules look at (they only
 * visit the source); both raise XPDY0050 alike if the context's root were not a document. Only rooted
 * occurrences are rewritten (startsRootedPath); a relative one mistaken for rooted would not compile
 * (`a$rathaus-…`), it could not silently change a result. invoices.validation.patches.test.ts checks the
 * equivalence on random documents; the CEN unit tests run with the patch.
 */
export const hoistDocumentWalks: XsltSourcePatch = {
  id: 'en16931-hoist-rooted-name-steps-v1',
  apply: (source, file) => {
    // Only the CEN's ISO-skeleton stylesheets; the XRechnung ones (SchXslt) walk the document rarely.
    if (!/EN16931-[^/\\]*\.xsl$/.test(file) || !source.includes('</xsl:stylesheet>')) return source;
    const variables = new Map<string, string>();
    const patched = source.replace(testAttribute, (_all, start: string, test: string, end: string) => {
      const rewritten = test.replace(rootedNameStep, (match, name: string, offset: number) => {
        if (!startsRootedPath(test.slice(0, offset))) return match;
        let variable = variables.get(name);
        if (!variable) {
          variable = `rathaus-parents-${variables.size + 1}`;
          variables.set(name, variable);
        }
        return `$${variable}/${name}`;
      });
      return `${start}${rewritten}${end}`;
    });
    if (variables.size === 0) return source;
    const declarations = [...variables]
      .map(([name, variable]) => `<xsl:variable name="${variable}" select="//${name}/.."/>\n`)
      .join('');
    const close = patched.lastIndexOf('</xsl:stylesheet>');
    return `${patched.slice(0, close)}${declarations}${patched.slice(close)}`;
  },
};

export const stylesheetPatches: readonly XsltSourcePatch[] = [exactIbanCheck, hoistDocumentWalks];
