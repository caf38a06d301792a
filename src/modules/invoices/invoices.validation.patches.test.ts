// The stylesheet patches: which paths are hoisted into variables, and that the rewritten XPath gives the
// same result as the original on random documents, from any context node, positional predicates included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateXPath, parseForXslt } from '../../platform/xml/index.ts';
import { hoistDocumentWalks, hoistRootedPaths } from './invoices.validation.patches.ts';

function rewrite(expression: string): { text: string; variables: Record<string, string> } {
  const hoisted = new Map<string, string>();
  const text = hoistRootedPaths(expression, hoisted);
  return { text, variables: Object.fromEntries([...hoisted].map(([path, name]) => [name, path])) };
}

test('rooted name-step paths are hoisted, relative ones and string literals are left alone', () => {
  assert.deepEqual(rewrite("exists(//cac:TaxCategory[cbc:ID = 'S']/cbc:ID)"), {
    text: "exists($rathaus-path-1/cac:TaxCategory[cbc:ID = 'S']/cbc:ID)",
    variables: { 'rathaus-path-1': '//cac:TaxCategory/..' },
  });
  assert.deepEqual(rewrite('not(//@schemeURI) and count(//a/b) = count(//a/b) or /r/a/b[1]'), {
    text: 'not($rathaus-path-1) and count($rathaus-path-2) = count($rathaus-path-2) or $rathaus-path-3/b[1]',
    variables: { 'rathaus-path-1': '//@schemeURI', 'rathaus-path-2': '//a/b', 'rathaus-path-3': '/r/a' },
  });
  assert.deepEqual(rewrite('(/r/q/@unit)'), {
    text: '($rathaus-path-1)',
    variables: { 'rathaus-path-1': '/r/q/@unit' },
  });
  for (const unchanged of [
    'a//b',
    'a //b',
    './/b',
    '$x//b',
    'f(a)//b',
    'a[1]/b',
    'x ! //b',
    '* //b',
    'a/or //b',
    "contains(' = //a ( /b ', x)",
    'count(//*)',
    'sum(//(a|b)/c)',
    '//child::a',
    '//string()',
    'local-name(/*)',
    '/r[1]',
    'exists(/r[a])',
  ])
    assert.equal(rewrite(unchanged).text, unchanged, unchanged);
  // Only the CEN's stylesheets, only the tests of xsl:when / xsl:if; the declarations go at the end.
  const stylesheet =
    '<xsl:stylesheet><xsl:when test="//a"/><svrl:failed-assert test="//a"/><xsl:if test="//a/b = 1"/></xsl:stylesheet>';
  assert.equal(
    hoistDocumentWalks.apply(stylesheet, '/x/EN16931-UBL-validation.xsl'),
    '<xsl:stylesheet><xsl:when test="$rathaus-path-1"/><svrl:failed-assert test="//a"/><xsl:if test="$rathaus-path-2 = 1"/>' +
      '<xsl:variable name="rathaus-path-1" select="//a"/>\n<xsl:variable name="rathaus-path-2" select="//a/b"/>\n' +
      '</xsl:stylesheet>',
  );
  assert.equal(hoistDocumentWalks.apply(stylesheet, '/x/XRechnung-UBL-validation.xsl'), stylesheet);
});

// Random documents of a few names, nested, with attributes; random rooted paths with predicates.
const names = ['a', 'b', 'c'];
interface Tree {
  name: string;
  attribute: boolean;
  children: Tree[];
}
const treeOfDepth = (depth: number): fc.Arbitrary<Tree> =>
  fc.record({
    name: fc.constantFrom(...names),
    attribute: fc.boolean(),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOfDepth(depth - 1), { maxLength: 3 }),
  });
const tree = treeOfDepth(4);
const xml = (node: Tree): string =>
  `<${node.name}${node.attribute ? ' x="1"' : ''}>${node.children.map(xml).join('')}</${node.name}>`;

const predicate = fc.constantFrom(
  '',
  '[1]',
  '[2]',
  '[last()]',
  '[@x]',
  '[b]',
  '[not(c)]',
  '[position() > 1]',
);
const step = fc.tuple(fc.constantFrom(...names), predicate).map(([name, p]) => `${name}${p}`);
const path = fc
  .tuple(fc.constantFrom('/', '//'), fc.array(step, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([root, steps, attribute]) => `${root}${steps.join('/')}${attribute ? '/@x' : ''}`);
const expression = fc
  .tuple(
    path,
    fc.constantFrom(
      (p: string) => `count(${p})`,
      (p: string) => `string-join((${p}) ! generate-id(), ',')`,
      (p: string) => `exists(${p}) and count(${p}) = count(${p})`,
      (p: string) => `(${p})[1] ! generate-id()`,
    ),
  )
  .map(([p, wrap]) => wrap(p));

test('a hoisted path has the value of the original, from every context node', () => {
  fc.assert(
    fc.property(tree, expression, fc.nat(), (root, original, pick) => {
      const document = parseForXslt(`<r>${xml(root)}</r>`);
      const nodes = evaluateXPath('array { //node() }', document) as unknown[];
      const context = nodes[pick % nodes.length]!;
      const { text, variables } = rewrite(original);
      const params = Object.fromEntries(
        Object.entries(variables).map(([name, hoisted]) => [name, evaluateXPath(hoisted, document)]),
      );
      assert.deepEqual(evaluateXPath(text, context, {}, params), evaluateXPath(original, context));
    }),
    { numRuns: 300 },
  );
});
