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

const name = String.raw`[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?(?![\w.:(-])`;
/**
 * A path from the document root made of name tests only: `/` or `//`, element names separated by `/`,
 * perhaps an attribute last — `//cac:TaxCategory`, `/rsm:CrossIndustryInvoice/…/ram:BilledQuantity/@unitCode`,
 * `//@schemeURI` (a name followed by `(` is a function call, by `::` an axis: the path ends before it).
 */
const rootedPath = new RegExp(String.raw`(\/\/?)((?:${name}\/)*(?:${name}|@${name}))`, 'g');
const testAttribute = /(<xsl:(?:when|if)\s+test=")([^"]*)(")/g;
// String literals of an XPath inside an XML attribute: '…' or &quot;…&quot;.
const literal = /('[^']*'|&quot;[\s\S]*?&quot;)/;

/**
 * Whether a path starting at the end of `before` is rooted at the document rather than continuing a
 * relative one (`a/b`, `.//b`, `$x//b`, `f()//b`, `a[1]/b`, `* //b`): only after an opening bracket, a comma,
 * a comparison, or the operators `and`/`or` — what the CEN stylesheets use. Anything else stays as it is
 * (correct, only not faster); so does `! //x`, where the context item could be an atomic value.
 */
function startsRootedPath(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === '') return true;
  if (/[([,=]$/.test(trimmed) || /&(?:lt|gt);$/.test(trimmed)) return true;
  return trimmed !== before && /(?:^|[^/@:\w.-]\s*|\s)(?:and|or)$/.test(trimmed);
}

/**
 * Rewrites the rooted name-step paths of one XPath expression to global variables (`hoisted`: path →
 * variable name, filled as new paths come): a path followed by a predicate keeps its last step, the rest
 * becomes `$variable/last[…]`; the first step of a `//` path followed by a predicate becomes
 * `$variable/name[…]` with the variable = `//name/..`. String literals are left alone.
 */
export function hoistRootedPaths(expression: string, hoisted: Map<string, string>): string {
  const variable = (path: string) => {
    let found = hoisted.get(path);
    if (!found) hoisted.set(path, (found = `rathaus-path-${hoisted.size + 1}`));
    return `$${found}`;
  };
  return expression
    .split(literal)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(rootedPath, (match, root: string, steps: string, offset: number) => {
            if (!startsRootedPath(part.slice(0, offset))) return match;
            if (part[offset + match.length] !== '[') return variable(match);
            const last = steps.lastIndexOf('/');
            if (last >= 0) return `${variable(`${root}${steps.slice(0, last)}`)}/${steps.slice(last + 1)}`;
            return root === '//' ? `${variable(`//${steps}/..`)}/${steps}` : match;
          }),
    )
    .join('');
}

/**
 * The CEN's EN 16931 rules test the whole document by paths from the root ~250 times in the rules on the
 * root element, some per line (CII: per quantity, per tax element), and SaxonJS walks the nodes again each
 * time: ~9 ms per walk of a 1,000-line invoice, quadratic per line, ~75 % of the validation time. This
 * patch computes each such path once per document, in a global variable.
 *
 * Equivalent: a path of name tests from the root (`/a/b`, `//a/b/@c`) has one value for every context
 * node of the same document, and the variable is evaluated with the source document as context — the root
 * of every node the rules look at (they visit only the source). `/` is left-associative, so `/a/b/c[p]` =
 * `(/a/b)/c[p]` = `$v/c[p]`, positional predicates included. `//n[p]` abbreviates
 * `root(.)/descendant-or-self::node()/child::n[p]`, the union over all nodes of their `n` children
 * (filtered among siblings); a node without such children adds nothing, so the union over the parents of
 * `n` elements (`//n/..`) is the same, and `/` sorts and deduplicates in both. Only rooted paths are
 * rewritten (startsRootedPath); a relative one mistaken for rooted would not compile (`a$rathaus-…`), it
 * could not silently change a result. invoices.validation.patches.test.ts checks the equivalence on random
 * documents; the CEN unit tests run with the patch.
 */
export const hoistDocumentWalks: XsltSourcePatch = {
  id: 'en16931-hoist-rooted-paths-v1',
  apply: (source, file) => {
    // Only the CEN's ISO-skeleton stylesheets; the XRechnung ones (SchXslt) walk the document rarely.
    if (!/EN16931-[^/\\]*\.xsl$/.test(file) || !source.includes('</xsl:stylesheet>')) return source;
    const hoisted = new Map<string, string>();
    const patched = source.replace(
      testAttribute,
      (_all, start: string, test: string, end: string) => `${start}${hoistRootedPaths(test, hoisted)}${end}`,
    );
    if (hoisted.size === 0) return source;
    const declarations = [...hoisted]
      .map(([path, variable]) => `<xsl:variable name="${variable}" select="${path}"/>\n`)
      .join('');
    const close = patched.lastIndexOf('</xsl:stylesheet>');
    return `${patched.slice(0, close)}${declarations}${patched.slice(close)}`;
  },
};

export const stylesheetPatches: readonly XsltSourcePatch[] = [exactIbanCheck, hoistDocumentWalks];
