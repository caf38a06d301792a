export {
  defaultXmlLimits,
  takeInXml,
  XmlRefusedError,
  type XmlIntake,
  type XmlLimits,
  type XmlRefusalCode,
} from './xml.intake.ts';
export { parseXml } from './xml.document.ts';
export { loadXsd, type XsdSchema, type XsdViolation } from './xml.xsd.ts';
export { lineOfLocation, parseLocation, readableLocation, type LocationStep } from './xml.location.ts';
export {
  compileStylesheet,
  defaultXsltCacheDirectory,
  evaluateXPath,
  loadStylesheet,
  parseForXslt,
  transform,
  type Stylesheet,
  type XsltCompileOptions,
  type XsltSourcePatch,
} from './xml.xslt.ts';
export { readSvrl, type SvrlFinding } from './xml.svrl.ts';
