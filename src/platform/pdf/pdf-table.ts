// Lays out a table block: column widths from millimetres and shares, cells wrapped in their columns (left
// or right aligned), a bold header row repeated on every page the table reaches, thin rules between rows
// and an optional bold total row. Rows are kept whole on a page; only a row taller than a whole page is
// split between its lines.
import { baselineBelow, mm, page, textAreaWidth, type } from './pdf-geometry.ts';
import { wrapRuns, type WrappedLine } from './pdf-text.ts';
import type { DrawOp, PdfBlock, PdfTableColumn } from './pdf.types.ts';

type TableBlock = Extract<PdfBlock, { type: 'table' }>;

/** What the table needs of the page flow (implemented by the Flow of pdf-layout.ts). */
export interface TableFlow {
  /** Height left for the body on the current page, after the space before the next block. */
  room(): number;
  /** Height a fresh page offers the body. */
  freshPageRoom(): number;
  /** True while nothing of the body is on the current page yet. */
  isAtTop(): boolean;
  newPage(): void;
  /** Draws something `height` tall at the cursor (after the space before it) and moves the cursor below it. */
  put(height: number, draw: (top: number) => DrawOp[]): void;
}

/** Inner space of a cell: left and right, above and below the text. */
const padding = { x: 1.5 * mm, y: 2.5 };
const rule = { thin: 0.3, header: 0.6 };

interface Column {
  x: number;
  width: number;
  align: 'left' | 'right';
}

interface Row {
  cells: WrappedLine[][];
  bold: boolean;
  /** Line count of the tallest cell. */
  lineCount: number;
}

/** x and width of each column: fixed millimetres first, the rest of the text area split by shares. */
export function columnGeometry(columns: readonly PdfTableColumn[], left = page.left, width = textAreaWidth) {
  const fixed = columns.reduce((sum, column) => sum + ('mm' in column.width ? column.width.mm * mm : 0), 0);
  const shares = columns.reduce((sum, column) => sum + ('share' in column.width ? column.width.share : 0), 0);
  const scale = fixed > width ? width / fixed : 1;
  const rest = Math.max(0, width - fixed * scale);
  let x = left;
  return columns.map((column): Column => {
    const columnWidth =
      'mm' in column.width
        ? column.width.mm * mm * scale
        : shares > 0
          ? (rest * column.width.share) / shares
          : 0;
    const placed = { x, width: columnWidth, align: column.align ?? 'left' };
    x += columnWidth;
    return placed;
  });
}

function wrapRow(cells: readonly string[], columns: Column[], bold: boolean): Row {
  const wrapped = columns.map((column, index) =>
    wrapRuns(
      [{ text: cells[index] ?? '', bold }],
      type.table.size,
      Math.max(1, column.width - 2 * padding.x),
    ),
  );
  return { cells: wrapped, bold, lineCount: Math.max(1, ...wrapped.map((lines) => lines.length)) };
}

const rowHeight = (lineCount: number) => lineCount * type.table.leading + 2 * padding.y;

/** The text of lines `from`…`to` (exclusive) of each cell of a row, the row's top at `top`. */
function rowOps(row: Row, columns: Column[], top: number, from: number, to: number): DrawOp[] {
  const ops: DrawOp[] = [];
  row.cells.forEach((lines, index) => {
    const column = columns[index]!;
    lines.slice(from, to).forEach((line, offset) => {
      if (line.segments.length === 0) return;
      const x =
        column.align === 'right' ? column.x + column.width - padding.x - line.width : column.x + padding.x;
      const lineTop = top - padding.y - offset * type.table.leading;
      ops.push({
        kind: 'text',
        x,
        y: baselineBelow(lineTop, type.table.leading),
        size: type.table.size,
        segments: line.segments,
      });
    });
  });
  return ops;
}

function ruleOp(columns: Column[], y: number, width: number): DrawOp {
  const last = columns.at(-1)!;
  return { kind: 'line', x1: columns[0]!.x, y1: y, x2: last.x + last.width, y2: y, width };
}

export function layoutTable(flow: TableFlow, block: TableBlock): void {
  if (block.columns.length === 0) return;
  for (const cells of [...block.rows, ...(block.total ? [block.total] : [])]) {
    if (cells.length > block.columns.length) {
      throw new Error(`table row has ${cells.length} cells for ${block.columns.length} columns`);
    }
  }
  const columns = columnGeometry(block.columns);
  const header = wrapRow(
    block.columns.map((column) => column.header),
    columns,
    true,
  );
  const headerHeight = rowHeight(header.lineCount);
  const body = block.rows.map((cells) => wrapRow(cells, columns, false));
  if (block.total) body.push(wrapRow(block.total, columns, true));
  const totalIndex = block.total ? body.length - 1 : -1;

  const drawHeader = () =>
    flow.put(headerHeight, (top) => [
      ruleOp(columns, top, rule.thin),
      ...rowOps(header, columns, top, 0, header.lineCount),
      ruleOp(columns, top - headerHeight, rule.header),
    ]);

  // The header goes with the first row (or as much of it as a page holds).
  const firstHeight = body.length > 0 ? rowHeight(body[0]!.lineCount) : 0;
  const keep = headerHeight + Math.min(firstHeight, flow.freshPageRoom() - headerHeight);
  if (!flow.isAtTop() && flow.room() < keep) flow.newPage();
  drawHeader();

  body.forEach((row, index) => {
    const isTotal = index === totalIndex;
    const below = isTotal ? rule.header : rule.thin;
    const height = rowHeight(row.lineCount);
    if (height > flow.room()) {
      flow.newPage();
      drawHeader();
    }
    if (height <= flow.room()) {
      flow.put(height, (top) => [
        ...(isTotal ? [ruleOp(columns, top, rule.header)] : []),
        ...rowOps(row, columns, top, 0, row.lineCount),
        ruleOp(columns, top - height, below),
      ]);
      return;
    }
    // Taller than a page under its header: as many lines as fit, then on after the header of the next page.
    let from = 0;
    while (from < row.lineCount) {
      const fit = Math.max(1, Math.floor((flow.room() - 2 * padding.y) / type.table.leading));
      const to = Math.min(row.lineCount, from + fit);
      const partHeight = rowHeight(to - from);
      const start = from;
      flow.put(partHeight, (top) => [
        ...rowOps(row, columns, top, start, to),
        ...(to === row.lineCount ? [ruleOp(columns, top - partHeight, below)] : []),
      ]);
      from = to;
      if (from < row.lineCount) {
        flow.newPage();
        drawHeader();
      }
    }
  });
}
