// The platform's PDF writer: documents (notices, receipts, applications) from a small block model, as
// PDF 1.7 and as PDF/A-2b. Knows no domain; see pdf.types.ts for the model.
export { renderPdf } from './pdf-writer.ts';
export { plainTextOf } from './pdf-plain-text.ts';
export { ascii85, findIccProfile, outputIntentDefinition } from './pdf-output-intent.ts';
export { renderPdfA, toPdfA, type PdfAOptions } from './pdf-a.ts';
export { PdfAError } from './pdf-a-metadata.ts';
export { layoutDocument } from './pdf-layout.ts';
export { replacementCharacter, textWidth, winAnsiText, wrapRuns, type WrappedLine } from './pdf-text.ts';
export type {
  DrawOp,
  LaidOutPage,
  PdfBlock,
  PdfDocumentSpec,
  PdfLanguage,
  PdfLetterhead,
  PdfTableColumn,
  TextRun,
} from './pdf.types.ts';
export { ToolMissingError } from '../tools/run-tool.ts';
