// The part of SaxonJS 2.7 (no types of its own) that Rathaus uses.
declare module 'saxon-js' {
  /** A node of SaxonJS's own tree (DOM-like); opaque to us. */
  export type SaxonNode = object;
  interface XPathOptions {
    params?: Record<string, unknown>;
    namespaceContext?: Record<string, string>;
    resultForm?: 'default' | 'array' | 'iterator' | 'xdm';
  }
  interface TransformOptions {
    stylesheetInternal: object;
    sourceNode: SaxonNode;
    destination: 'document' | 'raw' | 'serialized';
    stylesheetParams?: Record<string, unknown>;
  }
  const SaxonJS: {
    XPath: { evaluate(expression: string, context: SaxonNode | null, options?: XPathOptions): unknown };
    transform(options: TransformOptions, mode: 'sync'): { principalResult: SaxonNode };
    getProcessorInfo(): { productVersion: string };
  };
  export default SaxonJS;
}
