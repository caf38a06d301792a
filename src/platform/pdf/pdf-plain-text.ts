// The words of a document spec without layout: what a search index or a text version needs.
import type { PdfBlock, PdfDocumentSpec } from './pdf.types.ts';

/** A document's words as plain text (recipient and blocks), e.g. for full-text search beside the PDF. */
export function plainTextOf(spec: PdfDocumentSpec): string {
  const text = (block: PdfBlock): string[] => {
    switch (block.type) {
      case 'heading':
        return [block.text];
      case 'paragraph':
        return [typeof block.text === 'string' ? block.text : block.text.map((run) => run.text).join('')];
      case 'keyValue':
        return block.rows.map((row) => `${row.label}: ${row.value}`);
      case 'list':
        return block.items;
      case 'table': {
        // One line per row, cells separated by tabs (newlines inside a cell become spaces).
        const line = (cells: readonly string[]) =>
          cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join('\t');
        return [
          line(block.columns.map((column) => column.header)),
          ...block.rows.map(line),
          ...(block.total ? [line(block.total)] : []),
        ];
      }
      case 'signature':
        return [block.closing ?? '', block.name, block.role ?? ''];
      default:
        return [];
    }
  };
  return [...(spec.letterhead?.recipient ?? []), ...spec.blocks.flatMap(text)].filter(Boolean).join('\n');
}
