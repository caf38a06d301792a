// Lays the blocks of a document out on A4 pages: lines flow down the text area and continue on a new page
// where the foot begins; headings stay with the text after them, table rows and signatures stay whole.
// Tables are laid out by pdf-table.ts through the same flow.
import { baselineBelow, mm, page, textAreaWidth, type } from './pdf-geometry.ts';
import { footerHeight, footerOps, letterheadOps } from './pdf-letterhead.ts';
import { layoutTable, type TableFlow } from './pdf-table.ts';
import { textWidth, wrapRuns, type TextRun, type WrappedLine } from './pdf-text.ts';
import type { DrawOp, LaidOutPage, PdfBlock, PdfDocumentSpec } from './pdf.types.ts';

interface Line {
  wrapped: WrappedLine;
  x: number;
  size: number;
  leading: number;
}

class Flow implements TableFlow {
  readonly pages: LaidOutPage[] = [];
  private cursor: number;
  /** Nothing of the body on the current page yet: space before a block and page breaks are dropped. */
  private atTop = true;
  private gap = 0;

  constructor(
    firstPageOps: DrawOp[],
    firstTop: number,
    private readonly bottom: number,
  ) {
    this.pages.push({ ops: [...firstPageOps] });
    this.cursor = firstTop;
  }

  newPage(): void {
    this.pages.push({ ops: [] });
    this.cursor = page.height - page.top;
    this.atTop = true;
    this.gap = 0;
  }

  breakPage(): void {
    if (!this.atTop) this.newPage();
  }

  room(): number {
    return this.cursor - (this.atTop ? 0 : this.gap) - this.bottom;
  }

  freshPageRoom(): number {
    return page.height - page.top - this.bottom;
  }

  isAtTop(): boolean {
    return this.atTop;
  }

  put(height: number, draw: (top: number) => DrawOp[]): void {
    this.takeGap();
    this.pages.at(-1)!.ops.push(...draw(this.cursor));
    this.cursor -= height;
    this.atTop = false;
  }

  /** Space before the next block; where two blocks meet, the larger of after and before counts. */
  space(points: number): void {
    this.gap = Math.max(this.gap, points);
  }

  /** Skips to a new page unless `height` (and the gap before it) fits here; never on an empty page. */
  private ensure(height: number): void {
    const gap = this.atTop ? 0 : this.gap;
    if (!this.atTop && this.cursor - gap - height < this.bottom) this.newPage();
  }

  private takeGap(): void {
    if (!this.atTop) this.cursor -= this.gap;
    this.gap = 0;
  }

  /** Places lines, each where it fits; `keep` is the height that must fit before the first. */
  lines(lines: Line[], keep = 0): void {
    if (lines.length === 0) return;
    this.ensure(Math.max(keep, lines[0]!.leading));
    this.takeGap();
    for (const line of lines) {
      if (!this.atTop && this.cursor - line.leading < this.bottom) this.newPage();
      this.draw(line, this.cursor);
      this.cursor -= line.leading;
      this.atTop = false;
    }
  }

  /** Places columns of lines side by side, kept on one page when they fit on one. */
  row(columns: Line[][], rowGap: number): void {
    const height = (column: Line[]) => column.reduce((sum, line) => sum + line.leading, 0);
    const tallest = Math.max(...columns.map(height));
    this.ensure(tallest);
    this.takeGap();
    if (tallest > this.cursor - this.bottom) {
      // Taller than what is left of a fresh page: flows line by line, column after column.
      for (const column of columns) this.lines(column);
    } else {
      for (const column of columns) {
        let top = this.cursor;
        for (const line of column) {
          this.draw(line, top);
          top -= line.leading;
        }
      }
      this.cursor -= tallest;
      this.atTop = false;
    }
    this.space(rowGap);
  }

  private draw(line: Line, top: number): void {
    if (line.wrapped.segments.length === 0) return;
    this.pages.at(-1)!.ops.push({
      kind: 'text',
      x: line.x,
      y: baselineBelow(top, line.leading),
      size: line.size,
      segments: line.wrapped.segments,
    });
  }
}

function wrap(
  runs: TextRun[],
  font: { size: number; leading: number },
  x = page.left,
  width = textAreaWidth,
): Line[] {
  return wrapRuns(runs, font.size, width).map((wrapped) => ({ wrapped, x, ...font }));
}

const blockSpacing = {
  paragraph: 8,
  heading1: [14, 6] as const,
  heading2: [10, 4] as const,
  listItem: 3,
  row: 3,
  signature: 14,
};

function layoutBlock(flow: Flow, block: PdfBlock): void {
  switch (block.type) {
    case 'heading': {
      const font = block.level === 1 ? type.heading1 : type.heading2;
      const [before, after] = block.level === 1 ? blockSpacing.heading1 : blockSpacing.heading2;
      const lines = wrap([{ text: block.text, bold: true }], font);
      flow.space(before);
      // The heading and the first two lines after it go to the same page.
      flow.lines(lines, lines.length * font.leading + after + 2 * type.body.leading);
      flow.space(after);
      return;
    }
    case 'paragraph': {
      const runs = typeof block.text === 'string' ? [{ text: block.text }] : block.text;
      flow.lines(wrap(runs, type.body));
      flow.space(blockSpacing.paragraph);
      return;
    }
    case 'keyValue': {
      const labelWidth = Math.min(
        Math.max(0, ...block.rows.map((row) => textWidth(row.label, 'bold', type.body.size))) + 6 * mm,
        textAreaWidth * 0.4,
      );
      for (const row of block.rows) {
        const label = wrap([{ text: row.label, bold: true }], type.body, page.left, labelWidth - 4 * mm);
        const value = wrap(
          [{ text: row.value }],
          type.body,
          page.left + labelWidth,
          textAreaWidth - labelWidth,
        );
        flow.row([label, value], blockSpacing.row);
      }
      flow.space(blockSpacing.paragraph);
      return;
    }
    case 'list': {
      const indent = 6 * mm;
      for (const item of block.items) {
        const bullet = wrap([{ text: '•' }], type.body, page.left + 1.5 * mm, indent);
        const text = wrap([{ text: item }], type.body, page.left + indent, textAreaWidth - indent);
        flow.row([bullet, text], blockSpacing.listItem);
      }
      flow.space(blockSpacing.paragraph);
      return;
    }
    case 'table':
      layoutTable(flow, block);
      flow.space(blockSpacing.paragraph);
      return;
    case 'spacer':
      flow.space((block.heightMm ?? 5) * mm);
      return;
    case 'pageBreak':
      flow.breakPage();
      return;
    case 'signature': {
      const lines = [
        ...(block.closing ? wrap([{ text: block.closing }], type.body) : []),
        // A blank line: room for a hand signature on a printed copy.
        ...wrap([{ text: '' }], type.body),
        ...wrap([{ text: block.name }], type.body),
        ...(block.role ? wrap([{ text: block.role }], type.body) : []),
      ];
      flow.space(blockSpacing.signature);
      flow.row([lines], blockSpacing.paragraph);
      return;
    }
  }
}

/** The pages of the document with everything on them, foot and page numbers included. */
export function layoutDocument(spec: PdfDocumentSpec): LaidOutPage[] {
  const pageNumbers = spec.pageNumbers ?? true;
  const bottom = footerHeight(spec.footer, pageNumbers);
  const flow = spec.letterhead
    ? new Flow(letterheadOps(spec.letterhead), page.height - page.letterBodyTop, bottom)
    : new Flow([], page.height - page.top, bottom);
  for (const block of spec.blocks) layoutBlock(flow, block);
  const pages = flow.pages;
  pages.forEach((laidOut, index) => {
    laidOut.ops.push(...footerOps(spec.footer, pageNumbers, spec.language, index + 1, pages.length));
  });
  return pages;
}
